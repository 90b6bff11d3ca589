// Image addresses. Sites never run Next's optimisation server: images come as stored copies (the studio's WebP
// variants, 480/960/1600 px) or from the CMS's own image CDN, resized there.

export interface LoaderVariant {
  width: number;
  url: string;
}

/**
 * The narrowest stored copy at least `width` pixels wide. When every copy is narrower, the original if it is
 * wider than them, else the widest copy: a browser never gets more pixels than exist.
 */
export function pickVariant(src: string, originalWidth: number, variants: LoaderVariant[], width: number): string {
  const sorted = [...variants].sort((a, b) => a.width - b.width);
  const fits = sorted.find((variant) => variant.width >= width);
  if (fits) return fits.url;
  const widest = sorted.at(-1);
  return !widest || originalWidth > widest.width ? src : widest.url;
}

/**
 * Contentful's Images API and Sanity's image CDN resize on request (`w`); both can answer WebP. Other addresses
 * (an editor's own link, Optimizely's) are used as they are: null.
 */
export function cdnImageUrl(src: string, width: number, quality?: number): string | null {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  const q = String(quality ?? 75);
  if (url.protocol === 'https:' && /(^|\.)ctfassets\.net$/.test(url.hostname)) {
    url.searchParams.set('w', String(width));
    url.searchParams.set('fm', 'webp');
    url.searchParams.set('q', q);
    return url.toString();
  }
  if (url.protocol === 'https:' && url.hostname === 'cdn.sanity.io') {
    url.searchParams.set('w', String(width));
    url.searchParams.set('auto', 'format');
    url.searchParams.set('fit', 'max');
    url.searchParams.set('q', q);
    return url.toString();
  }
  return null;
}
