'use client';

import Image, { type ImageLoaderProps } from 'next/image';
import { cdnImageUrl, pickVariant } from '@/lib/image-loader';
import type { SiteImageData } from '@/lib/images';

// Every picture of the site. The width and height come from the stored image, so the browser reserves its box
// before it loads (no layout shift); the loader picks the stored copy or CDN size for each srcset width.
// Pictures load lazily unless `hero` marks the page's main image, which is preloaded with high priority.
// A field with no image gets a themed placeholder in the same place.
export function SiteImage({ image, alt, hero = false, sizes, caption, className, placeholderRatio = '4 / 3' }: {
  image: SiteImageData | null;
  alt?: string;
  hero?: boolean;
  sizes?: string;
  caption?: string | null;
  className?: string;
  placeholderRatio?: string;
}) {
  if (!image) {
    const label = alt ?? 'Image';
    return (
      <figure className={className}>
        <div role="img" aria-label={label} className="image-placeholder" style={{ aspectRatio: placeholderRatio }}>
          <span>{label}</span>
        </div>
        {caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
      </figure>
    );
  }
  const loader = ({ width, quality }: ImageLoaderProps): string =>
    image.variants.length > 0
      ? pickVariant(image.src, image.width, image.variants, width)
      : cdnImageUrl(image.src, Math.min(width, image.width), quality) ?? image.src;
  return (
    <figure className={className}>
      <Image
        loader={loader}
        src={image.src}
        alt={alt ?? image.alt}
        width={image.width}
        height={image.height}
        sizes={sizes ?? (hero ? '(min-width: 1024px) 1024px, 100vw' : '(min-width: 768px) 50vw, 100vw')}
        {...(hero ? { preload: true, fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
        className="h-auto w-full rounded-[var(--radius-site)] object-cover"
      />
      {caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
