package com.sitewright.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The environment of every process the studio starts for a generated site ({@code npm install},
 * {@code next build}, {@code next start}): empty, plus an allow-list of what Node.js and npm need.
 * The studio's own secrets (the AI key, the admin password, database and storage credentials, cloud
 * keys) never reach generated code or the npm packages it runs; what a site needs (its delivery
 * token or its CMS's address and read credentials, revalidate secret, address) is added by name by the caller.
 */
public final class SiteProcessEnvironment {

    /** Passed through by exact name. */
    private static final Set<String> NAMES = Set.of(
            "PATH",
            "LANG",
            "LC_ALL",
            "LC_CTYPE",
            "TZ",
            "TMPDIR",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "NO_PROXY",
            "http_proxy",
            "https_proxy",
            "no_proxy");
    /** Passed through by prefix (upper-cased): Node's own settings and npm's configuration. */
    private static final List<String> PREFIXES = List.of("NODE_", "NPM_CONFIG_");

    private SiteProcessEnvironment() {}

    /**
     * The allow-listed part of {@code parent}, with {@code HOME} set to {@code home}: a directory of
     * the studio's own, so tools that write into their home write there. npm keeps the parent's
     * package cache and user configuration (registry, certificates), pointed to by path.
     */
    public static Map<String, String> of(Map<String, String> parent, Path home) {
        Map<String, String> environment = new TreeMap<>();
        parent.forEach((name, value) -> {
            String upper = name.toUpperCase(Locale.ROOT);
            if (NAMES.contains(name) || PREFIXES.stream().anyMatch(upper::startsWith)) {
                environment.put(name, value);
            }
        });
        String parentHome = parent.get("HOME");
        if (parentHome != null && !parentHome.isBlank()) {
            if (!hasNpmSetting(parent, "cache")) {
                environment.put("npm_config_cache", Path.of(parentHome, ".npm").toString());
            }
            if (!hasNpmSetting(parent, "userconfig")) {
                environment.put(
                        "npm_config_userconfig", Path.of(parentHome, ".npmrc").toString());
            }
        }
        environment.put("HOME", home.toAbsolutePath().toString());
        environment.put("NEXT_TELEMETRY_DISABLED", "1");
        return environment;
    }

    /** The allow-listed environment of this JVM, for the toolchain's own checks. */
    static Map<String, String> ofThisProcess(Path home) {
        return of(System.getenv(), home);
    }

    /** Replaces the environment a {@link ProcessBuilder} would inherit by the allow-listed one plus {@code extra}. */
    static ProcessBuilder apply(ProcessBuilder builder, Path home, Map<String, String> extra) {
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(ofThisProcess(home));
        environment.putAll(extra);
        return builder;
    }

    private static boolean hasNpmSetting(Map<String, String> parent, String key) {
        return parent.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("npm_config_" + key));
    }
}
