import type { CmsItem } from './types';

// The delivery API names images by its own paths: public content addresses for production
// (`/delivery/v1/<project>/files/<sha-256>.<ext>`) and token-protected ones for previews
// (`/delivery/v1/<project>/assets/<id>[/variants/<width>]`). Browsers load them through the site's own
// `/api/media/…` route, which adds the server's token; with SITEWRIGHT_ASSET_URL (the studio's public address)
// production's public files are loaded from the studio, or a CDN in front of it, directly.

const DELIVERY_PATH = /^\/delivery\/v1\/[0-9a-fA-F-]{36}\/((?:files\/[0-9a-f]{64}\.[a-z]+)|(?:assets\/[0-9a-fA-F-]{36}(?:\/variants\/\d{1,5})?))$/;

/** Paths the media route passes on to the delivery API; nothing else of it is reachable through the site. */
export const MEDIA_PATH = /^(?:files\/[0-9a-f]{64}\.(?:webp|png|jpeg|gif)|assets\/[0-9a-fA-F-]{36}(?:\/variants\/\d{1,5})?)$/;

/** Where a browser loads a delivery API image path from; null for anything that is not one. */
export function browserUrl(path: string): string | null {
  const match = DELIVERY_PATH.exec(path);
  if (!match) return null;
  const publicBase = process.env.SITEWRIGHT_ASSET_URL?.replace(/\/+$/, '');
  if (publicBase && match[1].startsWith('files/')) return `${publicBase}${path}`;
  return `/api/media/${match[1]}`;
}

function rewrite(value: unknown, depth: number): unknown {
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((entry) => rewrite(entry, depth + 1));
  const object = value as Record<string, unknown>;
  if (typeof object.assetId === 'string') {
    const url = typeof object.url === 'string' ? object.url : null;
    const variants = Array.isArray(object.variants) ? object.variants : [];
    return {
      ...object,
      // A studio address (signed-in users only) or anything unknown is no use on a site.
      url: url && url.startsWith('/delivery/') ? browserUrl(url) : url && /^https?:\/\//i.test(url) ? url : null,
      variants: variants.flatMap((entry) => {
        const variant = entry as Record<string, unknown> | null;
        const address = typeof variant?.url === 'string' ? browserUrl(variant.url) : null;
        return variant && address ? [{ ...variant, url: address }] : [];
      }),
    };
  }
  return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, rewrite(inner, depth + 1)]));
}

/** The item with every image address one a browser can load. */
export function mediaUrls(item: CmsItem): CmsItem {
  return { ...item, data: rewrite(item.data, 0) as Record<string, unknown> };
}
