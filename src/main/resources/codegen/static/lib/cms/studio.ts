import type { CmsAdapter, CmsItem, ItemPage, ListQuery } from './types';
import { mediaUrls } from './studio-media';

// Reads the Sitewright studio's delivery API. Every fetch carries cache tags so the
// revalidate route can refresh exactly what an edit touched.
const MAX_PAGE_SIZE = 500;

export function config(): { base: string; project: string; token: string } {
  const base = process.env.SITEWRIGHT_DELIVERY_URL;
  const project = process.env.SITEWRIGHT_PROJECT_ID;
  const token = process.env.SITEWRIGHT_DELIVERY_TOKEN;
  if (!base || !project || !token) {
    throw new Error(
      'Set SITEWRIGHT_DELIVERY_URL, SITEWRIGHT_PROJECT_ID and SITEWRIGHT_DELIVERY_TOKEN to read content.',
    );
  }
  return { base: base.replace(/\/+$/, ''), project, token };
}

// During `next build` many pages ask for the same answers; one request per URL is enough.
// At run time answers come from Next's data cache instead, so revalidation stays exact.
const buildMemo = new Map<string, Promise<unknown>>();

function isBuild(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

async function get<T>(path: string, tags: string[]): Promise<T | null> {
  const { base, project, token } = config();
  const url = `${base}/delivery/v1/${encodeURIComponent(project)}${path}`;
  const load = async (): Promise<T | null> => {
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      cache: 'force-cache',
      next: { tags: ['sitewright', ...tags] },
    });
    if (response.status === 404) {
      return null;
    }
    if (!response.ok) {
      throw new Error(`Delivery API ${response.status} for ${path}`);
    }
    return (await response.json()) as T;
  };
  if (!isBuild()) {
    return load();
  }
  let pending = buildMemo.get(url) as Promise<T | null> | undefined;
  if (!pending) {
    pending = load();
    buildMemo.set(url, pending);
    pending.catch(() => buildMemo.delete(url));
  }
  return pending;
}

export function typeTag(type: string): string {
  return `type:${type}`;
}

export function itemTag(id: string): string {
  return `item:${id}`;
}

export const studioAdapter: CmsAdapter = {
  async listItems(query: ListQuery): Promise<ItemPage> {
    const params = new URLSearchParams();
    if (query.type) params.set('type', query.type);
    if (query.q) params.set('q', query.q);
    params.set('page', String(query.page ?? 0));
    params.set('size', String(Math.min(query.size ?? 20, MAX_PAGE_SIZE)));
    if (query.sort) params.set('sort', query.sort);
    for (const [field, value] of Object.entries(query.filters ?? {})) {
      params.set(`filter.${field}`, value);
    }
    const tags = query.type ? [typeTag(query.type)] : ['items'];
    const page = await get<ItemPage>(`/items?${params.toString()}`, tags);
    return page ? { ...page, items: page.items.map(mediaUrls) } : { items: [], total: 0, page: query.page ?? 0, size: query.size ?? 20 };
  },

  async getItem(id: string): Promise<CmsItem | null> {
    const item = await get<CmsItem>(`/items/${encodeURIComponent(id)}`, [itemTag(id)]);
    return item ? mediaUrls(item) : null;
  },

  async getBySlug(type: string, slug: string): Promise<CmsItem | null> {
    const item = await get<CmsItem>(
      `/types/${encodeURIComponent(type)}/slugs/${encodeURIComponent(slug)}`,
      [typeTag(type), `slug:${type}:${slug}`],
    );
    return item ? mediaUrls(item) : null;
  },

  async contentTypes(): Promise<unknown[]> {
    return (await get<unknown[]>('/content-types', ['content-types'])) ?? [];
  },
};
