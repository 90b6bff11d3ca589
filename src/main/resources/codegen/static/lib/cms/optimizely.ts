import { TYPES } from '../model';
import type { CmsAdapter, CmsItem, FieldDef, ItemPage, ListQuery } from './types';
import { fetchJson, fieldsOf, itemTag, parseSort, requireEnv, slugField, trimSlash, typeTag, view } from './http';

// Reads Optimizely Graph: one GraphQL root field per content type (the studio key in PascalCase),
// property keys = studio field keys, content keys = studio IDs without hyphens. The single key sees
// published content only; the app key and secret (basic authentication) see drafts too.
const MAX_LIMIT = 100;
const SKIP_WINDOW = 10_000;

/** The Optimizely type key of a studio type, as the studio names it when it pushes (VendorKeys.java). */
export function optimizelyType(studioType: string): string {
  const key = studioType.charAt(0).toUpperCase() + studioType.slice(1);
  return key.length < 2 ? `${key}Type` : key;
}

const STUDIO_TYPE: Record<string, string> = Object.fromEntries(
  Object.keys(TYPES).map((key) => [optimizelyType(key), key]),
);

/** A studio ID back from an Optimizely content key (32 hex digits). */
export function studioId(key: string): string {
  return /^[0-9a-fA-F]{32}$/.test(key)
    ? key.toLowerCase().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')
    : key;
}

function contentKey(id: string): string {
  return id.replace(/-/g, '').toLowerCase();
}

interface Config {
  endpoint: string;
  authorization: string;
  locale: string;
  draft: boolean;
}

function config(): Config {
  const draft = view() === 'draft';
  const [graphUrl] = requireEnv('OPTIMIZELY_GRAPH_URL');
  let authorization: string;
  if (draft) {
    const [appKey, secret] = requireEnv('OPTIMIZELY_GRAPH_APP_KEY', 'OPTIMIZELY_GRAPH_SECRET');
    authorization = `Basic ${Buffer.from(`${appKey}:${secret}`).toString('base64')}`;
  } else {
    const [singleKey] = requireEnv('OPTIMIZELY_GRAPH_SINGLE_KEY');
    authorization = `epi-single ${singleKey}`;
  }
  // Graph's locale names are enum values: `en`, `nl_BE`.
  const locale = (process.env.OPTIMIZELY_LOCALE || 'en').replace(/-/g, '_');
  return { endpoint: `${trimSlash(graphUrl)}/content/v2`, authorization, locale, draft };
}

/** An enum value inside a GraphQL literal (written bare, not quoted). */
class Enum {
  constructor(readonly name: string) {}
}

type Literal = string | number | boolean | Enum | Literal[] | { [key: string]: Literal };

function literal(value: Literal): string {
  if (value instanceof Enum) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${literal(inner)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

const METADATA = '_metadata { key locale displayName status version lastModified ... on InstanceMetadata { routeSegment } }';

function componentTypes(field: FieldDef): string[] {
  const allowed = field.referenceTypes.length > 0
    ? field.referenceTypes
    : Object.values(TYPES).filter((type) => type.kind === 'component').map((type) => type.key);
  return allowed.filter((key) => TYPES[key]);
}

/** What to select of each field, by its studio type; blocks nest one level (Graph allows depth 10). */
function selection(type: string, depth = 0): string {
  const parts: string[] = [];
  for (const field of fieldsOf(type)) {
    switch (field.type) {
      case 'url':
        parts.push(`${field.key} { default }`);
        break;
      case 'richText':
        parts.push(`${field.key} { html }`);
        break;
      case 'asset':
        parts.push(`${field.key} { key url { default } }`, `${field.key}Alt`);
        break;
      case 'reference':
      case 'references':
        parts.push(`${field.key} { key }`);
        break;
      case 'blocks': {
        if (depth > 0) break;
        const inline = componentTypes(field)
          .map((component) => `... on ${optimizelyType(component)} { __typename ${selection(component, depth + 1)} }`);
        parts.push(`${field.key} { __typename ${inline.join(' ')} }`);
        break;
      }
      default:
        parts.push(field.key);
    }
  }
  return parts.join(' ');
}

type Doc = Record<string, unknown> & {
  __typename?: string;
  _metadata?: {
    key?: string;
    locale?: string;
    displayName?: string;
    status?: string;
    version?: string | number;
    lastModified?: string;
    routeSegment?: string;
  };
};

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function referenceId(value: unknown): string | null {
  const key = record(value)?.key;
  return typeof key === 'string' && key.length > 0 ? studioId(key) : null;
}

/** Graph's answer for the fields of one item, as the studio stores them. */
function dataOf(type: string, doc: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fieldsOf(type)) {
    const value = doc[field.key];
    if (value === undefined || value === null) continue;
    switch (field.type) {
      case 'url':
        data[field.key] = record(value)?.default ?? null;
        break;
      case 'date':
        // A date is pushed as a date and time at midnight UTC; the studio keeps the date alone.
        data[field.key] = typeof value === 'string' ? value.slice(0, 10) : value;
        break;
      case 'richText':
        data[field.key] = record(value)?.html ?? null;
        break;
      case 'asset': {
        const reference = record(value);
        data[field.key] = reference
          ? { assetId: referenceId(reference), url: record(reference.url)?.default ?? null, alt: doc[`${field.key}Alt`] ?? null }
          : null;
        break;
      }
      case 'reference':
        data[field.key] = referenceId(value);
        break;
      case 'references':
        data[field.key] = (Array.isArray(value) ? value : []).map(referenceId).filter((id) => id !== null);
        break;
      case 'blocks':
        data[field.key] = (Array.isArray(value) ? value : []).flatMap((entry) => {
          const block = record(entry);
          const blockType = typeof block?.__typename === 'string' ? STUDIO_TYPE[block.__typename] : undefined;
          return block && blockType ? [{ type: blockType, ...dataOf(blockType, block) }] : [];
        });
        break;
      default:
        data[field.key] = value;
    }
  }
  return data;
}

function toItem(type: string, doc: Doc): CmsItem {
  const meta = doc._metadata ?? {};
  const data = dataOf(type, doc);
  const slugKey = slugField(type);
  const slug = slugKey && typeof data[slugKey] === 'string' ? (data[slugKey] as string) : meta.routeSegment ?? null;
  return {
    id: studioId(meta.key ?? ''),
    type,
    locale: meta.locale ?? '',
    slug,
    title: meta.displayName ?? '',
    status: meta.status === 'Published' ? 'published' : 'draft',
    version: Number(meta.version) || 0,
    updatedAt: meta.lastModified ?? '',
    data,
  };
}

interface Hits {
  total?: number;
  cursor?: string | null;
  items?: Doc[];
}

async function graph(root: string, args: Record<string, Literal>, fields: string, tags: string[], withCursor = false): Promise<Hits> {
  const { endpoint, authorization } = config();
  const argText = Object.entries(args).map(([key, value]) => `${key}: ${literal(value)}`).join(', ');
  const query = `query {\n  ${root}(${argText}) {\n    total\n${withCursor ? '    cursor\n' : ''}    items { __typename ${METADATA} ${fields} }\n  }\n}`;
  const answer = await fetchJson<{ data?: Record<string, Hits | null>; errors?: { message?: string }[] }>(
    'Optimizely Graph',
    endpoint,
    { method: 'POST', headers: { Authorization: authorization, 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) },
    tags,
  );
  if (answer.errors && answer.errors.length > 0) {
    throw new Error(`Optimizely Graph refused the query: ${answer.errors.map((e) => e.message).join('; ')}`);
  }
  return answer.data?.[root] ?? {};
}

/** The conditions every query carries: the draft view sees the newest draft and published versions only. */
function baseWhere(extra: Record<string, Literal> = {}, metadata: Record<string, Literal> = {}): Record<string, Literal> {
  const { draft } = config();
  const meta: Record<string, Literal> = { ...metadata };
  if (draft) meta.status = { in: ['Draft', 'Published'] };
  return Object.keys(meta).length > 0 ? { ...extra, _metadata: meta } : extra;
}

/** A draft wins over the published version of the same item. */
function newest(docs: Doc[]): Doc[] {
  const byKey = new Map<string, Doc>();
  for (const doc of docs) {
    const key = doc._metadata?.key ?? '';
    const seen = byKey.get(key);
    if (!seen || (seen._metadata?.status !== 'Draft' && doc._metadata?.status === 'Draft')) byKey.set(key, doc);
  }
  return [...byKey.values()];
}

/**
 * Every hit of a query: `skip` pages while the hits fit in Graph's first 10,000, a cursor past that
 * (a cursor ignores `skip`, so it starts again from the first hit).
 */
async function walk(root: string, args: Record<string, Literal>, fields: string, tags: string[]): Promise<Doc[]> {
  const first = await graph(root, { ...args, limit: MAX_LIMIT, skip: 0 }, fields, tags);
  const total = first.total ?? 0;
  const docs = [...(first.items ?? [])];
  if (total <= SKIP_WINDOW) {
    for (let skip = MAX_LIMIT; skip < total && docs.length < total; skip += MAX_LIMIT) {
      const page = await graph(root, { ...args, limit: MAX_LIMIT, skip }, fields, tags);
      if (!page.items || page.items.length === 0) break;
      docs.push(...page.items);
    }
    return docs;
  }
  return (await cursorWalk(root, args, fields, tags, Number.MAX_SAFE_INTEGER)).items ?? [];
}

async function cursorWalk(root: string, args: Record<string, Literal>, fields: string, tags: string[], until: number): Promise<Hits> {
  const docs: Doc[] = [];
  let total = 0;
  let cursor = '';
  while (docs.length < until) {
    const page = await graph(root, { ...args, limit: MAX_LIMIT, cursor }, fields, tags, true);
    total = page.total ?? total;
    if (!page.items || page.items.length === 0) break;
    docs.push(...page.items);
    if (!page.cursor) break;
    cursor = page.cursor;
  }
  return { total, items: docs };
}

/** One page of hits at an offset, in requests of at most 100. */
async function window(root: string, args: Record<string, Literal>, fields: string, tags: string[], offset: number, size: number): Promise<Hits> {
  if (offset + size > SKIP_WINDOW) {
    const hits = await cursorWalk(root, args, fields, tags, offset + size);
    return { total: hits.total, items: (hits.items ?? []).slice(offset, offset + size) };
  }
  const items: Doc[] = [];
  let total = 0;
  for (let skip = offset; skip < offset + size; skip += MAX_LIMIT) {
    const page = await graph(root, { ...args, limit: Math.min(MAX_LIMIT, offset + size - skip), skip }, fields, tags);
    total = page.total ?? 0;
    items.push(...(page.items ?? []));
    if (!page.items || page.items.length < MAX_LIMIT) break;
  }
  return { total, items };
}

function matches(item: CmsItem, query: ListQuery): boolean {
  for (const [field, expected] of Object.entries(query.filters ?? {})) {
    const value = item.data[field];
    const values = Array.isArray(value) ? value : [value];
    if (!values.some((v) => v !== null && v !== undefined && String(v) === expected)) return false;
  }
  if (query.q) {
    const needle = query.q.toLowerCase();
    const text = [item.title, ...Object.values(item.data).filter((v) => typeof v === 'string')].join(' ').toLowerCase();
    if (!text.includes(needle)) return false;
  }
  return true;
}

function sortLocally(items: CmsItem[], sort: [string, boolean] | null): CmsItem[] {
  const key = (item: CmsItem): string | number => {
    const value = sort ? item.data[sort[0]] : item.title;
    return typeof value === 'number' ? value : String(value ?? '');
  };
  const direction = sort?.[1] ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * direction;
  });
}

async function typeOf(id: string): Promise<string | null> {
  const { locale } = config();
  const hits = await graph('_Content', {
    locale: [new Enum(locale)],
    where: baseWhere({}, { key: { eq: contentKey(id) } }),
    limit: 10,
  }, '', [itemTag(id)]);
  const typename = hits.items?.[0]?.__typename;
  return typename ? STUDIO_TYPE[typename] ?? null : null;
}

async function search(q: string, size: number): Promise<ItemPage> {
  const { locale } = config();
  const hits = await graph('_Content', {
    locale: [new Enum(locale)],
    where: baseWhere({ _fulltext: { match: q } }),
    limit: Math.min(size, MAX_LIMIT),
  }, '', ['items']);
  const keys = [...new Set((hits.items ?? []).map((doc) => doc._metadata?.key).filter((key): key is string => !!key))];
  const items = (await Promise.all(keys.map((key) => optimizelyAdapter.getItem(studioId(key)))))
    .filter((item): item is CmsItem => item !== null);
  return { items, total: items.length, page: 0, size };
}

export const optimizelyAdapter: CmsAdapter = {
  async listItems(query: ListQuery): Promise<ItemPage> {
    const page = query.page ?? 0;
    const size = query.size ?? 20;
    if (!query.type) {
      return query.q ? search(query.q, size) : { items: [], total: 0, page, size };
    }
    const type = query.type;
    const root = optimizelyType(type);
    const { locale, draft } = config();
    const sort = parseSort(type, query.sort);
    const orderBy: Record<string, Literal> = sort
      ? { [sort[0]]: new Enum(sort[1] ? 'DESC' : 'ASC') }
      : { _metadata: { displayName: new Enum('ASC') } };
    const args: Record<string, Literal> = { locale: [new Enum(locale)], where: baseWhere(), orderBy };
    const tags = [typeTag(type)];
    const hasFilters = Object.keys(query.filters ?? {}).length > 0 || !!query.q;
    if (!draft && !hasFilters) {
      const hits = await window(root, args, selection(type), tags, page * size, size);
      return { items: (hits.items ?? []).map((doc) => toItem(type, doc)), total: hits.total ?? 0, page, size };
    }
    // Drafts come next to their published versions, and references cannot be filtered in Graph:
    // these read the whole type once (cached) and page here.
    const all = sortLocally(newest(await walk(root, args, selection(type), tags)).map((doc) => toItem(type, doc))
      .filter((item) => matches(item, query)), sort);
    return { items: all.slice(page * size, page * size + size), total: all.length, page, size };
  },

  async getItem(id: string): Promise<CmsItem | null> {
    const type = await typeOf(id);
    if (!type) return null;
    const { locale } = config();
    const hits = await graph(optimizelyType(type), {
      locale: [new Enum(locale)],
      where: baseWhere({}, { key: { eq: contentKey(id) } }),
      limit: 10,
    }, selection(type), [itemTag(id), typeTag(type)]);
    const doc = newest(hits.items ?? [])[0];
    return doc ? toItem(type, doc) : null;
  },

  async getBySlug(type: string, slug: string): Promise<CmsItem | null> {
    const field = slugField(type);
    if (!field) {
      return (await optimizelyAdapter.listItems({ type, size: 10_000 })).items.find((item) => item.slug === slug) ?? null;
    }
    const { locale } = config();
    const hits = await graph(optimizelyType(type), {
      locale: [new Enum(locale)],
      where: baseWhere({ [field]: { eq: slug } }),
      limit: 10,
    }, selection(type), [typeTag(type), `slug:${type}:${slug}`]);
    const doc = newest(hits.items ?? [])[0];
    return doc ? toItem(type, doc) : null;
  },

  async contentTypes(): Promise<unknown[]> {
    return Object.values(TYPES);
  },
};
