import { contentfulAdapter } from './contentful';
import { optimizelyAdapter } from './optimizely';
import { sanityAdapter } from './sanity';
import { studioAdapter } from './studio';
import type { CmsAdapter, CmsItem } from './types';

export type { CmsAdapter, CmsItem, ContentTypeDef, FieldDef, FieldRole, ItemPage, ListQuery, PageLayout } from './types';

const ADAPTERS: Record<string, CmsAdapter> = {
  studio: studioAdapter,
  optimizely: optimizelyAdapter,
  contentful: contentfulAdapter,
  sanity: sanityAdapter,
};

// The one place that picks the CMS, from the server's environment (SITEWRIGHT_CMS; the studio's
// delivery API when unset). Pages and components read through `cms` and never know which it is.
function adapter(): CmsAdapter {
  const name = process.env.SITEWRIGHT_CMS || 'studio';
  const chosen = ADAPTERS[name];
  if (!chosen) {
    throw new Error(`SITEWRIGHT_CMS must be one of ${Object.keys(ADAPTERS).join(', ')}, not '${name}'.`);
  }
  return chosen;
}

export const cms: CmsAdapter = {
  listItems: (query) => adapter().listItems(query),
  getItem: (id) => adapter().getItem(id),
  getBySlug: (type, slug) => adapter().getBySlug(type, slug),
  contentTypes: () => adapter().contentTypes(),
};

/** Every published item of a type, a page of 500 at a time. */
export async function listAll(type: string): Promise<CmsItem[]> {
  const size = 500;
  const first = await cms.listItems({ type, page: 0, size });
  const items = [...first.items];
  for (let page = 1; page * size < first.total; page++) {
    items.push(...(await cms.listItems({ type, page, size })).items);
  }
  return items;
}

/** The first item of a type (settings and singletons). */
export async function first(type: string): Promise<CmsItem | null> {
  try {
    return (await cms.listItems({ type, page: 0, size: 1 })).items[0] ?? null;
  } catch {
    return null;
  }
}

/** Resolves reference ids; items the reader may not see (drafts, deleted) are left out. */
export async function resolve(ids: unknown): Promise<CmsItem[]> {
  const list = Array.isArray(ids) ? ids : typeof ids === 'string' ? [ids] : [];
  const items = await Promise.all(
    list.filter((id): id is string => typeof id === 'string').map((id) => cms.getItem(id)),
  );
  return items.filter((item): item is CmsItem => item !== null);
}
