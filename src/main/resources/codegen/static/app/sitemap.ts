import type { MetadataRoute } from 'next';
import { listAll } from '@/lib/cms';
import { COLLECTIONS, TOP_LEVEL, pathOf } from '@/lib/cms/paths';
import { siteUrl } from '@/lib/site';

// The same build serves previews and production, each under its own address: read it per request.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const entries: MetadataRoute.Sitemap = [{ url: `${base}/`, changeFrequency: 'weekly', priority: 1 }];
  for (const type of TOP_LEVEL) {
    for (const item of await listAll(type)) {
      const path = pathOf(item.type, item.slug);
      if (path && item.data.noIndex !== true) {
        entries.push({ url: `${base}${path}`, lastModified: item.updatedAt, priority: 0.7 });
      }
    }
  }
  for (const collection of COLLECTIONS) {
    entries.push({ url: `${base}${collection.path}`, changeFrequency: 'weekly', priority: 0.6 });
    for (const item of await listAll(collection.type)) {
      const path = pathOf(item.type, item.slug);
      if (path && item.data.noIndex !== true) {
        entries.push({ url: `${base}${path}`, lastModified: item.updatedAt, priority: 0.5 });
      }
    }
  }
  return entries;
}
