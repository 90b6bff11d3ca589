import type { Metadata } from 'next';
import Link from '@/components/site-link';
import { BlockRenderer } from '@/components/blocks/block-renderer';
import { SiteImage } from '@/components/site-image';
import { cms, first } from '@/lib/cms';
import { COLLECTIONS, HOME_TYPE } from '@/lib/cms/paths';
import { siteSettings } from '@/lib/navigation';
import { SITE_NAME } from '@/lib/site';
import { imageOfItem } from '@/lib/images';
import { str } from '@/lib/values';

export async function generateMetadata(): Promise<Metadata> {
  const home = await first(HOME_TYPE);
  const title = str(home?.data.seoTitle);
  return {
    ...(title ? { title: { absolute: title } } : {}),
    ...(str(home?.data.seoDescription) ? { description: str(home?.data.seoDescription) ?? undefined } : {}),
  };
}

export default async function HomePage() {
  const [home, settings] = await Promise.all([first(HOME_TYPE), siteSettings()]);
  const imageId = str(home?.data.featuredImage);
  const image = imageId ? await cms.getItem(imageId) : null;
  return (
    <>
      <section className="home-intro">
        <div className="mx-auto grid max-w-6xl items-center gap-10 px-6 py-16 md:grid-cols-2">
          <div>
            <h1 className="font-heading text-4xl font-bold md:text-5xl">{settings.siteName ?? SITE_NAME}</h1>
            {settings.tagline ? <p className="mt-3 text-xl text-primary">{settings.tagline}</p> : null}
            {str(home?.data.introduction) ? <p className="mt-6 text-lg opacity-80">{str(home?.data.introduction)}</p> : null}
          </div>
          {image ? (
            <SiteImage image={imageOfItem(image)} alt={str(image.data.alt) ?? image.title} hero
              sizes="(min-width: 768px) 576px, 100vw"
              placeholderRatio={`${typeof image.data.width === 'number' ? image.data.width : 4} / ${typeof image.data.height === 'number' ? image.data.height : 3}`} />
          ) : null}
        </div>
      </section>
      <BlockRenderer blocks={home?.data.sections} />
      {COLLECTIONS.length > 0 ? (
        <section className="mx-auto max-w-6xl px-6 py-12">
          <h2 className="font-heading mb-6 text-2xl font-semibold">Explore</h2>
          <div className="flex flex-wrap gap-3">
            {COLLECTIONS.map((collection) => (
              <Link key={collection.path} href={collection.path} className="button-secondary">{collection.label}</Link>
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
