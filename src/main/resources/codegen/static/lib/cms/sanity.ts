import { TYPES } from '../model';
import type { CmsAdapter, CmsItem, ItemPage, ListQuery } from './types';
import { escapeHtml, fetchJson, fieldsOf, itemTag, parseSort, requireEnv, slugField, titleOf, trimSlash, typeTag, view } from './http';

// Reads Sanity through GROQ over HTTP: the `published` perspective for production, `drafts` (drafts
// over their published documents, with the token) for previews. Document `_id`s are studio IDs,
// `_type`s studio keys; references, slugs, images and Portable Text come back as the studio stores them.
const MAX_PAGE = 1000;

function config(): { endpoint: string; token: string | undefined; perspective: string } {
  const [projectId] = requireEnv('SANITY_PROJECT_ID');
  const dataset = process.env.SANITY_DATASET || 'production';
  const version = process.env.SANITY_API_VERSION || '2025-02-19';
  const api = trimSlash(process.env.SANITY_API_URL || `https://${projectId}.api.sanity.io`);
  const draft = view() === 'draft';
  const token = process.env.SANITY_TOKEN || undefined;
  if (draft && !token) {
    throw new Error('Set SANITY_TOKEN to read drafts from Sanity.');
  }
  return {
    endpoint: `${api}/v${version.replace(/^v/, '')}/data/query/${encodeURIComponent(dataset)}`,
    token,
    perspective: draft ? 'drafts' : 'published',
  };
}

async function groq<T>(query: string, params: Record<string, unknown>, tags: string[]): Promise<T> {
  const { endpoint, token, perspective } = config();
  const answer = await fetchJson<{ result: T }>('Sanity', `${endpoint}?perspective=${perspective}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, params }),
  }, tags);
  return answer.result;
}

/** Sanity names an image asset `image-<hash>-<width>x<height>-<ext>`: the size needs no extra query. */
function imageSize(assetId: string | null): { width: number; height: number } | Record<string, never> {
  const match = assetId ? /^image-[A-Za-z0-9]+-(\d+)x(\d+)-[a-z0-9]+$/.exec(assetId) : null;
  return match ? { width: Number(match[1]), height: Number(match[2]) } : {};
}

/** What each document returns: all its fields, with image URLs resolved from their assets. */
function projection(type: string | undefined): string {
  const assets = type ? fieldsOf(type).filter((field) => field.type === 'asset') : [];
  const extra = assets.map((field) => `"${field.key}": ${field.key}{..., "url": asset->url}`);
  return extra.length > 0 ? `{ ..., ${extra.join(', ')} }` : '{ ... }';
}

type Span = { _type?: string; text?: string; marks?: string[] };
type Block = { _type?: string; style?: string; listItem?: string; children?: Span[] };

/** Portable Text as HTML limited to the tags the site renders (p, h2, h3, ul, li, strong, em). */
export function portableTextHtml(blocks: unknown): string {
  const out: string[] = [];
  let inList = false;
  for (const block of (Array.isArray(blocks) ? blocks : []) as Block[]) {
    if (block?._type !== 'block') continue;
    const text = (block.children ?? []).map((span) => {
      let html = escapeHtml(span.text ?? '');
      if (span.marks?.includes('strong')) html = `<strong>${html}</strong>`;
      if (span.marks?.includes('em')) html = `<em>${html}</em>`;
      return html;
    }).join('');
    if (block.listItem) {
      if (!inList) out.push('<ul>');
      inList = true;
      out.push(`<li>${text}</li>`);
      continue;
    }
    if (inList) out.push('</ul>');
    inList = false;
    const tag = block.style === 'h2' || block.style === 'h3' ? block.style : 'p';
    out.push(`<${tag}>${text}</${tag}>`);
  }
  if (inList) out.push('</ul>');
  return out.join('');
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function ref(value: unknown): string | null {
  const id = record(value)?._ref;
  return typeof id === 'string' ? id.replace(/^drafts\./, '') : null;
}

function dataOf(type: string, doc: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fieldsOf(type)) {
    const value = doc[field.key];
    if (value === undefined || value === null) continue;
    switch (field.type) {
      case 'reference':
        data[field.key] = ref(value);
        break;
      case 'references':
        data[field.key] = (Array.isArray(value) ? value : []).map(ref).filter((id) => id !== null);
        break;
      case 'slug':
        data[field.key] = record(value)?.current ?? (typeof value === 'string' ? value : null);
        break;
      case 'asset': {
        const image = record(value);
        const assetId = ref(image?.asset);
        data[field.key] = image ? { assetId, url: image.url ?? null, alt: image.alt ?? null, ...imageSize(assetId) } : null;
        break;
      }
      case 'richText':
        data[field.key] = typeof value === 'string' ? value : portableTextHtml(value);
        break;
      case 'blocks':
        data[field.key] = (Array.isArray(value) ? value : []).flatMap((entry) => {
          const block = record(entry);
          const blockType = typeof block?._type === 'string' ? block._type : undefined;
          return block && blockType && TYPES[blockType] ? [{ type: blockType, ...dataOf(blockType, block) }] : [];
        });
        break;
      default:
        data[field.key] = value;
    }
  }
  return data;
}

function toItem(doc: Record<string, unknown>): CmsItem | null {
  const type = typeof doc._type === 'string' ? doc._type : '';
  if (!TYPES[type]) return null;
  const data = dataOf(type, doc);
  const slugKey = slugField(type);
  const original = typeof doc._originalId === 'string' ? doc._originalId : String(doc._id ?? '');
  return {
    id: String(doc._id ?? '').replace(/^drafts\./, ''),
    type,
    locale: '',
    slug: slugKey && typeof data[slugKey] === 'string' ? (data[slugKey] as string) : null,
    title: titleOf(type, data),
    status: original.startsWith('drafts.') ? 'draft' : 'published',
    version: 0,
    updatedAt: typeof doc._updatedAt === 'string' ? doc._updatedAt : '',
    data,
  };
}

function documents(docs: unknown): CmsItem[] {
  return (Array.isArray(docs) ? docs : []).map((doc) => toItem(record(doc) ?? {})).filter((item): item is CmsItem => item !== null);
}

export const sanityAdapter: CmsAdapter = {
  async listItems(query: ListQuery): Promise<ItemPage> {
    const page = query.page ?? 0;
    const size = Math.min(query.size ?? 20, MAX_PAGE);
    const params: Record<string, unknown> = { from: page * size, to: page * size + size };
    const conditions: string[] = [];
    if (query.type) {
      conditions.push('_type == $type');
      params.type = query.type;
    } else {
      conditions.push('_type in $types');
      params.types = Object.keys(TYPES);
    }
    if (query.q) {
      conditions.push('[title, name, heading, label] match $q');
      params.q = `${query.q}*`;
    }
    Object.entries(query.filters ?? {}).forEach(([field, value], index) => {
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(field)) return;
      const def = query.type ? fieldsOf(query.type).find((f) => f.key === field) : undefined;
      const name = `f${index}`;
      params[name] = value;
      conditions.push(def?.type === 'reference' ? `${field}._ref == $${name}`
        : def?.type === 'references' ? `$${name} in ${field}[]._ref`
        : def?.type === 'slug' ? `${field}.current == $${name}` : `${field} == $${name}`);
    });
    const sort = parseSort(query.type, query.sort);
    const order = sort ? `${sort[0]} ${sort[1] ? 'desc' : 'asc'}` : '_createdAt asc';
    const filter = `*[${conditions.join(' && ')}]`;
    const result = await groq<{ items: unknown; total: number }>(
      `{ "items": ${filter} | order(${order}) [$from...$to] ${projection(query.type)}, "total": count(${filter}) }`,
      params, query.type ? [typeTag(query.type)] : ['items']);
    return { items: documents(result.items), total: result.total ?? 0, page, size };
  },

  async getItem(id: string): Promise<CmsItem | null> {
    const doc = await groq<Record<string, unknown> | null>('*[_id == $id][0]', { id }, [itemTag(id)]);
    if (!doc) return null;
    const type = typeof doc._type === 'string' ? doc._type : undefined;
    // Asset URLs need the type's projection; one more read for types that have images.
    if (type && fieldsOf(type).some((field) => field.type === 'asset')) {
      return documents([await groq(`*[_id == $id][0] ${projection(type)}`, { id }, [itemTag(id)])])[0] ?? null;
    }
    return documents([doc])[0] ?? null;
  },

  async getBySlug(type: string, slug: string): Promise<CmsItem | null> {
    const field = slugField(type);
    if (!field) return null;
    const doc = await groq(`*[_type == $type && ${field}.current == $slug][0] ${projection(type)}`, { type, slug },
      [typeTag(type), `slug:${type}:${slug}`]);
    return documents([doc])[0] ?? null;
  },

  async contentTypes(): Promise<unknown[]> {
    return Object.values(TYPES);
  },
};
