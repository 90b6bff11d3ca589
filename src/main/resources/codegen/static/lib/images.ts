import type { CmsItem } from './cms/types';
import { num, record, str } from './values';

// Image field values as every adapter returns them ({url, alt, width, height, variants?}), made safe and complete
// for <SiteImage>. Without a size (an address typed by hand, a CMS that does not say) a 4:3 box is reserved, so
// the page still does not move when the image arrives.

export interface ImageVariant {
  width: number;
  height: number;
  url: string;
}

export interface SiteImageData {
  src: string;
  alt: string;
  width: number;
  height: number;
  variants: ImageVariant[];
}

const FALLBACK_WIDTH = 1200;
const FALLBACK_HEIGHT = 900;

/** Site paths and http(s) addresses only: never script or data URLs. */
function safeImageUrl(url: string): boolean {
  if (url.startsWith('/')) return !url.startsWith('//');
  return /^https?:\/\//i.test(url);
}

function positive(value: unknown): number | null {
  const n = num(value);
  return n !== null && n > 0 ? Math.round(n) : null;
}

/** An asset field value as an image; null when it has no address a page may show (empty, deleted, not an image). */
export function imageOf(value: unknown, fallbackAlt = ''): SiteImageData | null {
  const image = record(value);
  const src = str(image?.url);
  if (!image || !src || !safeImageUrl(src)) return null;
  const type = str(image.contentType);
  if (type && !type.startsWith('image/')) return null;
  const variants = (Array.isArray(image.variants) ? image.variants : []).flatMap((entry) => {
    const variant = record(entry);
    const url = str(variant?.url);
    const width = positive(variant?.width);
    const height = positive(variant?.height);
    return url && width && height && safeImageUrl(url) ? [{ url, width, height }] : [];
  }).sort((a, b) => a.width - b.width);
  let width = positive(image.width);
  let height = positive(image.height);
  if (!width || !height) {
    const widest = variants.at(-1);
    width = widest?.width ?? FALLBACK_WIDTH;
    height = widest?.height ?? FALLBACK_HEIGHT;
  }
  return { src, alt: str(image.alt) ?? fallbackAlt, width, height, variants };
}

/** The first field of the item that holds an image, with its key; null when none does. */
export function firstImage(item: CmsItem, keys?: string[]): { key: string; image: SiteImageData } | null {
  for (const key of keys ?? Object.keys(item.data)) {
    const image = imageOf(item.data[key], str(item.data.alt) ?? item.title);
    if (image) return { key, image };
  }
  return null;
}

/**
 * An image item (alt text, caption and the file as an asset field): its file with the item's own alt text, which
 * editors write for the picture, and the item's size when the file does not say.
 */
export function imageOfItem(item: CmsItem | null): SiteImageData | null {
  if (!item) return null;
  const found = firstImage(item);
  if (!found) return null;
  const alt = str(item.data.alt) ?? found.image.alt ?? item.title;
  const fileValue = record(item.data[found.key]);
  const sized = positive(fileValue?.width) && positive(fileValue?.height);
  const width = sized ? found.image.width : positive(item.data.width) ?? found.image.width;
  const height = sized ? found.image.height : positive(item.data.height) ?? found.image.height;
  return { ...found.image, alt, width, height };
}
