package com.sitewright.site;

import java.util.Map;
import java.util.TreeMap;

/** package.json, TypeScript, Next.js and PostCSS configuration, and the project's housekeeping files. */
final class ConfigWriter {

    /** Exact versions: every site shares one install of exactly these (see {@link NodeToolchain}). */
    static final Map<String, String> DEPENDENCIES = new TreeMap<>(Map.of(
            "next", "16.4.6",
            "react", "19.2.0",
            "react-dom", "19.2.0"));

    static final Map<String, String> DEV_DEPENDENCIES = new TreeMap<>(Map.of(
            "@tailwindcss/postcss", "4.1.16",
            "@types/node", "20.19.9",
            "@types/react", "19.2.2",
            "@types/react-dom", "19.2.2",
            "tailwindcss", "4.1.16",
            "typescript", "5.9.3"));

    private ConfigWriter() {}

    static void write(SiteFiles files) {
        files.add("package.json", """
                {
                  "name": "sitewright-site",
                  "version": "0.1.0",
                  "private": true,
                  "scripts": {
                    "dev": "next dev",
                    "build": "next build",
                    "start": "next start",
                    "typecheck": "tsc --noEmit"
                  },
                  "dependencies": %s,
                  "devDependencies": %s
                }
                """.formatted(json(DEPENDENCIES), json(DEV_DEPENDENCIES)));
        files.add("tsconfig.json", """
                {
                  "compilerOptions": {
                    "target": "ES2022",
                    "lib": ["dom", "dom.iterable", "esnext"],
                    "allowJs": false,
                    "skipLibCheck": true,
                    "strict": true,
                    "noEmit": true,
                    "esModuleInterop": true,
                    "module": "esnext",
                    "moduleResolution": "bundler",
                    "resolveJsonModule": true,
                    "isolatedModules": true,
                    "jsx": "react-jsx",
                    "incremental": true,
                    "plugins": [{ "name": "next" }],
                    "paths": { "@/*": ["./*"] }
                  },
                  "include": ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts", ".next/dev/types/**/*.ts"],
                  "exclude": ["node_modules"]
                }
                """);
        // node_modules is a symlink to a shared install outside the site; Turbopack only reads files
        // under its root, so the root may be widened by the toolchain through the environment.
        files.add("next.config.ts", """
                import type { NextConfig } from 'next';

                const nextConfig: NextConfig = {
                  poweredByHeader: false,
                  // Pages re-rendered at run time stay in memory: the build on disk is never
                  // changed, so a preview and production can serve the very same build.
                  experimental: { isrFlushToDisk: false },
                  // Images are stored copies (the studio's variants) or the CMS's image CDN: no optimisation
                  // server, so a custom loader and the widths the studio stores.
                  images: {
                    loader: 'custom',
                    loaderFile: './lib/image-loader.ts',
                    deviceSizes: [480, 960, 1600],
                    imageSizes: [240],
                  },
                  ...(process.env.SITEWRIGHT_TURBOPACK_ROOT
                    ? { turbopack: { root: process.env.SITEWRIGHT_TURBOPACK_ROOT } }
                    : {}),
                };

                export default nextConfig;
                """);
        files.add("postcss.config.mjs", """
                const config = {
                  plugins: {
                    '@tailwindcss/postcss': {},
                  },
                };

                export default config;
                """);
        files.add(".gitignore", """
                node_modules
                .next
                next-env.d.ts
                *.tsbuildinfo
                .env*.local
                """);
        files.add(".env.example", """
                SITEWRIGHT_DELIVERY_URL=http://localhost:8080
                SITEWRIGHT_PROJECT_ID=
                SITEWRIGHT_DELIVERY_TOKEN=
                SITEWRIGHT_REVALIDATE_SECRET=
                SITEWRIGHT_SITE_URL=http://localhost:3000
                # The studio's public address, for browsers to load published images from it (or a CDN in front of
                # it) directly; without it they come through the site's /api/media route.
                # SITEWRIGHT_ASSET_URL=https://studio.example.com

                # To read the content from your own CMS instead of the studio (server-side settings only):
                # SITEWRIGHT_CMS=optimizely            (or contentful, sanity)
                # SITEWRIGHT_CMS_VIEW=published        (draft for a preview)
                # OPTIMIZELY_GRAPH_URL=https://cg.optimizely.com
                # OPTIMIZELY_GRAPH_SINGLE_KEY=         (published view)
                # OPTIMIZELY_GRAPH_APP_KEY=            (draft view, with the secret)
                # OPTIMIZELY_GRAPH_SECRET=
                # OPTIMIZELY_LOCALE=en
                # CONTENTFUL_SPACE_ID=
                # CONTENTFUL_ENVIRONMENT=master
                # CONTENTFUL_LOCALE=en-US
                # CONTENTFUL_DELIVERY_URL=https://cdn.contentful.com
                # CONTENTFUL_DELIVERY_TOKEN=
                # CONTENTFUL_PREVIEW_URL=https://preview.contentful.com
                # CONTENTFUL_PREVIEW_TOKEN=
                # SANITY_PROJECT_ID=
                # SANITY_DATASET=production
                # SANITY_API_VERSION=2025-02-19
                # SANITY_API_URL=https://<project id>.api.sanity.io
                # SANITY_TOKEN=
                """);
    }

    private static String json(Map<String, String> versions) {
        StringBuilder out = new StringBuilder("{\n");
        var entries = versions.entrySet().iterator();
        while (entries.hasNext()) {
            var entry = entries.next();
            out.append("    ").append(Ts.str(entry.getKey())).append(": ").append(Ts.str(entry.getValue()));
            out.append(entries.hasNext() ? ",\n" : "\n");
        }
        return out.append("  }").toString();
    }
}
