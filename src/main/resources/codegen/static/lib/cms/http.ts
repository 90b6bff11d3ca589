// Shared by the adapters that read a vendor's CMS. Every read carries the `sitewright` tag, which the
// studio expires when a server starts, plus the type and item tags its revalidations name.
import { TYPES } from '../model';
import type { FieldDef } from './types';

export function typeTag(type: string): string {
  return `type:${type}`;
}

export function itemTag(id: string): string {
  return `item:${id}`;
}

/** `draft` for previews (the vendor's draft view), `published` for production. */
export function view(): 'draft' | 'published' {
  return process.env.SITEWRIGHT_CMS_VIEW === 'draft' ? 'draft' : 'published';
}

export function requireEnv(...names: string[]): string[] {
  const missing = names.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(`Set ${missing.join(', ')} to read content from the CMS.`);
  }
  return names.map((name) => process.env[name] as string);
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

// During `next build` many pages ask for the same answers; one request per URL and body is enough.
// At run time answers come from Next's data cache instead, so revalidation stays exact.
const buildMemo = new Map<string, Promise<unknown>>();

export async function fetchJson<T>(
  vendor: string,
  url: string,
  init: { method?: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
  tags: string[],
): Promise<T> {
  const load = async (): Promise<T> => {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { Accept: 'application/json', ...init.headers },
      body: init.body,
      cache: 'force-cache',
      next: { tags: ['sitewright', ...tags] },
    });
    if (!response.ok) {
      // The answer's start says what the vendor refused; the request itself may hold credentials.
      const text = (await response.text()).slice(0, 300);
      throw new Error(`${vendor} answered ${response.status}: ${text}`);
    }
    return (await response.json()) as T;
  };
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    return load();
  }
  const key = `${init.method ?? 'GET'} ${url} ${init.body ?? ''}`;
  let pending = buildMemo.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    buildMemo.set(key, pending);
    pending.catch(() => buildMemo.delete(key));
  }
  return pending;
}

export function fieldsOf(type: string): FieldDef[] {
  return TYPES[type]?.fields ?? [];
}

/** The field an item's slug is kept in, if its type has one. */
export function slugField(type: string): string | null {
  return fieldsOf(type).find((field) => field.type === 'slug')?.key ?? null;
}

const TITLE_KEYS = ['title', 'name', 'heading', 'label', 'question'];

/** The item's title as the studio derives it: the first text field named like a title. */
export function titleOf(type: string, data: Record<string, unknown>): string {
  for (const key of TITLE_KEYS) {
    const value = data[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  const text = fieldsOf(type).find((field) => field.type === 'text' && typeof data[field.key] === 'string');
  return text ? String(data[text.key]) : type;
}

/** `field,desc` as [field, descending]; null for an unknown field. */
export function parseSort(type: string | undefined, sort: string | undefined): [string, boolean] | null {
  if (!type || !sort) return null;
  const [field, direction] = sort.split(',');
  if (!fieldsOf(type).some((f) => f.key === field)) return null;
  return [field, direction?.toLowerCase() === 'desc'];
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
