import { getImageProps, type ImageLoaderProps } from 'next/image';
import { preload } from 'react-dom';
import { cdnImageUrl, pickVariant } from '@/lib/image-urls';
import type { SiteImageData } from '@/lib/images';

// Every picture of the site, rendered on the server: next/image works out the srcset through the loader, and the
// page ships a plain <img>, with no script to hydrate per picture. The width and height come from the stored
// image, so the browser reserves its box before it loads (no layout shift). Pictures load lazily unless `hero`
// marks the page's main image, which is preloaded with high priority. A field with no image gets a themed
// placeholder in the same place.
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
  const { props } = getImageProps({
    loader,
    src: image.src,
    alt: alt ?? image.alt,
    width: image.width,
    height: image.height,
    sizes: sizes ?? (hero ? '(min-width: 1024px) 1024px, 100vw' : '(min-width: 768px) 50vw, 100vw'),
    ...(hero ? { loading: 'eager' as const, fetchPriority: 'high' as const } : { loading: 'lazy' as const }),
    className: 'h-auto w-full rounded-[var(--radius-site)] object-cover',
  });
  if (hero) {
    preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  return (
    <figure className={className}>
      <img {...props} />
      {caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
