import type { Metadata } from 'next';
import Link from '@/components/site-link';
import type { ReactNode } from 'react';
import { COLLECTIONS } from '@/lib/cms/paths';
import { checkLinksAtBuild } from '@/lib/link-check';
import { navigation, siteSettings } from '@/lib/navigation';
import { HEADER_STYLE, SITE_NAME, siteUrl } from '@/lib/site';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const settings = await siteSettings();
  const name = settings.siteName ?? SITE_NAME;
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: settings.seoTitle ?? name, template: `%s | ${name}` },
    description: settings.seoDescription ?? settings.tagline ?? undefined,
    openGraph: { siteName: name, type: 'website' },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  await checkLinksAtBuild();
  const [settings, header, footer] = await Promise.all([siteSettings(), navigation('header'), navigation('footer')]);
  const name = settings.siteName ?? SITE_NAME;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <header className="site-header" data-style={HEADER_STYLE}>
          <div className="site-header-inner mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-3 px-6 py-4">
            <Link href="/" className="font-heading text-xl font-bold">{name}</Link>
            <nav aria-label="Main" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
              {header.map((link) => (
                <Link key={`${link.href}-${link.label}`} href={link.href} className="nav-link">{link.label}</Link>
              ))}
            </nav>
          </div>
        </header>
        <main className="flex-1">{children}</main>
        <footer className="site-footer mt-16">
          <div className="mx-auto grid max-w-6xl gap-10 px-6 py-12 md:grid-cols-3">
            <div>
              <p className="font-heading text-lg font-bold">{name}</p>
              {settings.tagline ? <p className="mt-2 opacity-80">{settings.tagline}</p> : null}
              {settings.address ? <p className="mt-4 text-sm opacity-80">{settings.address}</p> : null}
              {settings.email ? <p className="mt-1 text-sm"><a href={`mailto:${settings.email}`}>{settings.email}</a></p> : null}
              {settings.phone ? <p className="mt-1 text-sm">{settings.phone}</p> : null}
            </div>
            <nav aria-label="Footer" className="flex flex-col gap-2 text-sm">
              {footer.map((link) => (
                <Link key={`${link.href}-${link.label}`} href={link.href}>{link.label}</Link>
              ))}
            </nav>
            <nav aria-label="Explore" className="flex flex-col gap-2 text-sm">
              {COLLECTIONS.map((collection) => (
                <Link key={collection.path} href={collection.path}>{collection.label}</Link>
              ))}
              {settings.social.map((link) => (
                <a key={link.href} href={link.href} rel="noopener noreferrer">{link.label}</a>
              ))}
            </nav>
          </div>
          <p className="pb-8 text-center text-xs text-muted">© {name}</p>
        </footer>
      </body>
    </html>
  );
}
