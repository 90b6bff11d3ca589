import { TYPES } from '../model';
import type { CmsAdapter, CmsItem, ItemPage, ListQuery } from './types';
import { escapeHtml, fetchJson, fieldsOf, itemTag, parseSort, requireEnv, slugField, titleOf, trimSlash, typeTag, view } from './http';

// Reads Contentful's Content Delivery API (published entries) or, for previews, its Content Preview
// API (drafts too). Entry IDs are studio IDs, content-type IDs studio keys; links come resolved
// through `include`, rich text documents are rendered to the HTML the site's components expect.
const MAX_LIMIT = 1000;

interface Link {
  sys: { type: 'Link'; linkType: string; id: string };
}

interface Entry {
  sys: { id: string; type: string; locale?: string; revision?: number; updatedAt?: string; contentType?: { sys: { id: string } } };
  fields: Record<string, unknown>;
}

interface Answer {
  total: number;
  skip: number;
  limit: number;
  items: Entry[];
  includes?: { Asset?: Entry[]; Entry?: Entry[] };
}

function config(): { base: string; token: string; locale: string } {
  const draft = view() === 'draft';
  const [spaceId] = requireEnv('CONTENTFUL_SPACE_ID');
  const [url, token] = draft
    ? requireEnv('CONTENTFUL_PREVIEW_URL', 'CONTENTFUL_PREVIEW_TOKEN')
    : requireEnv('CONTENTFUL_DELIVERY_URL', 'CONTENTFUL_DELIVERY_TOKEN');
  const environment = process.env.CONTENTFUL_ENVIRONMENT || 'master';
  return {
    base: `${trimSlash(url)}/spaces/${encodeURIComponent(spaceId)}/environments/${encodeURIComponent(environment)}`,
    token,
    locale: process.env.CONTENTFUL_LOCALE || 'en-US',
  };
}

async function entries(params: URLSearchParams, tags: string[]): Promise<Answer> {
  const { base, token, locale } = config();
  params.set('locale', locale);
  params.set('include', '2');
  return fetchJson<Answer>('Contentful', `${base}/entries?${params.toString()}`, { headers: { Authorization: `Bearer ${token}` } }, tags);
}

function isLink(value: unknown): value is Link {
  const sys = (value as Link | null)?.sys;
  return !!sys && sys.type === 'Link' && typeof sys.id === 'string';
}

type RichNode = { nodeType?: string; value?: string; marks?: { type: string }[]; content?: RichNode[] };

const TAGS: Record<string, string> = {
  paragraph: 'p',
  'heading-2': 'h2',
  'heading-3': 'h3',
  'unordered-list': 'ul',
  'ordered-list': 'ul',
  'list-item': 'li',
};

/** A rich text document as HTML limited to the tags the site renders (p, h2, h3, ul, li, strong, em). */
export function richTextHtml(node: RichNode | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === 'text') {
    let text = escapeHtml(node.value ?? '');
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') text = `<strong>${text}</strong>`;
      if (mark.type === 'italic') text = `<em>${text}</em>`;
    }
    return text;
  }
  const inner = (node.content ?? []).map(richTextHtml).join('');
  const tag = node.nodeType ? TAGS[node.nodeType] : undefined;
  // A list item's content is wrapped in paragraphs; the site's lists hold bare text.
  if (node.nodeType === 'list-item') return `<li>${inner.replace(/<\/?p>/g, '')}</li>`;
  return tag ? `<${tag}>${inner}</${tag}>` : inner;
}

function toItem(entry: Entry, answer: Answer): CmsItem | null {
  const type = entry.sys.contentType?.sys.id;
  if (!type || !TYPES[type]) return null;
  const assets = new Map((answer.includes?.Asset ?? []).map((asset) => [asset.sys.id, asset]));
  const data: Record<string, unknown> = {};
  for (const field of fieldsOf(type)) {
    const value = entry.fields[field.key];
    if (value === undefined || value === null) continue;
    switch (field.type) {
      case 'reference':
        data[field.key] = isLink(value) ? value.sys.id : null;
        break;
      case 'references':
        data[field.key] = (Array.isArray(value) ? value : []).filter(isLink).map((link) => link.sys.id);
        break;
      case 'asset': {
        const asset = isLink(value) ? assets.get(value.sys.id) : undefined;
        const file = asset?.fields.file as { url?: string; contentType?: string; details?: { image?: { width?: number; height?: number } } } | undefined;
        // The Images API address with the size Contentful measured; the site's loader asks it for each width.
        data[field.key] = isLink(value)
          ? {
            assetId: value.sys.id,
            url: file?.url ? (file.url.startsWith('//') ? `https:${file.url}` : file.url) : null,
            alt: asset?.fields.description ?? null,
            width: file?.details?.image?.width ?? null,
            height: file?.details?.image?.height ?? null,
            contentType: file?.contentType ?? null,
          }
          : null;
        break;
      }
      case 'richText':
        data[field.key] = typeof value === 'string' ? value : richTextHtml(value as RichNode);
        break;
      default:
        data[field.key] = value;
    }
  }
  const slugKey = slugField(type);
  return {
    id: entry.sys.id,
    type,
    locale: entry.sys.locale ?? '',
    slug: slugKey && typeof data[slugKey] === 'string' ? (data[slugKey] as string) : null,
    title: titleOf(type, data),
    // The Preview API does not tell published entries from drafts; the delivery API has published ones only.
    status: view() === 'draft' ? 'draft' : 'published',
    version: entry.sys.revision ?? 0,
    updatedAt: entry.sys.updatedAt ?? '',
    data,
  };
}

function items(answer: Answer): CmsItem[] {
  return answer.items.map((entry) => toItem(entry, answer)).filter((item): item is CmsItem => item !== null);
}

export const contentfulAdapter: CmsAdapter = {
  async listItems(query: ListQuery): Promise<ItemPage> {
    const page = query.page ?? 0;
    const size = Math.min(query.size ?? 20, MAX_LIMIT);
    const params = new URLSearchParams({ skip: String(page * size), limit: String(size) });
    if (query.type) params.set('content_type', query.type);
    if (query.q) params.set('query', query.q);
    const sort = parseSort(query.type, query.sort);
    params.set('order', sort ? `${sort[1] ? '-' : ''}fields.${sort[0]}` : 'sys.createdAt');
    for (const [field, value] of Object.entries(query.filters ?? {})) {
      const def = query.type ? fieldsOf(query.type).find((f) => f.key === field) : undefined;
      const linked = def && (def.type === 'reference' || def.type === 'references');
      params.set(linked ? `fields.${field}.sys.id` : `fields.${field}`, value);
    }
    const answer = await entries(params, query.type ? [typeTag(query.type)] : ['items']);
    return { items: items(answer), total: answer.total, page, size };
  },

  async getItem(id: string): Promise<CmsItem | null> {
    const answer = await entries(new URLSearchParams({ 'sys.id': id }), [itemTag(id)]);
    return items(answer)[0] ?? null;
  },

  async getBySlug(type: string, slug: string): Promise<CmsItem | null> {
    const field = slugField(type);
    if (!field) return null;
    const answer = await entries(new URLSearchParams({ content_type: type, [`fields.${field}`]: slug, limit: '1' }),
      [typeTag(type), `slug:${type}:${slug}`]);
    return items(answer)[0] ?? null;
  },

  async contentTypes(): Promise<unknown[]> {
    return Object.values(TYPES);
  },
};
