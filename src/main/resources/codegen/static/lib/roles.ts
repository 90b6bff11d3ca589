import type { CmsItem, ContentTypeDef, FieldDef, FieldRole } from '@/lib/cms';
import { cms, resolve } from '@/lib/cms';
import { TYPES } from '@/lib/model';
import { humanize, list, num, record, str } from '@/lib/values';

// Reading an item through its fields' roles, so layouts work for any model, not only known field keys.
export function fieldsWith(type: ContentTypeDef, role: FieldRole): FieldDef[] {
  return type.fields.filter((field) => field.role === role);
}

export function fieldWith(type: ContentTypeDef, role: FieldRole): FieldDef | null {
  return fieldsWith(type, role)[0] ?? null;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** The first field of the role that holds a value, with the value. */
export function withRole(item: CmsItem, type: ContentTypeDef, role: FieldRole): { field: FieldDef; value: unknown } | null {
  for (const field of fieldsWith(type, role)) {
    const value = item.data[field.key];
    if (present(value)) return { field, value };
  }
  return null;
}

export function plain(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

export function titleOf(item: CmsItem, type: ContentTypeDef | undefined): string {
  const title = type ? withRole(item, type, 'title') : null;
  return str(title?.value) ?? item.title;
}

export function summaryOf(item: CmsItem, type: ContentTypeDef | undefined, max = 180): string | null {
  const found = type ? withRole(item, type, 'summary') ?? withRole(item, type, 'body') : null;
  const raw = str(found?.value);
  if (!raw || found?.field.type === 'blocks') return null;
  const text = plain(raw);
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

export function priceOf(item: CmsItem, type: ContentTypeDef): number | null {
  return num(withRole(item, type, 'price')?.value);
}

/** Minutes to read the item's body text, at 220 words a minute. */
export function readingMinutes(item: CmsItem, type: ContentTypeDef): number {
  const words = fieldsWith(type, 'body')
    .map((field) => str(item.data[field.key]))
    .filter((text): text is string => text !== null)
    .map((text) => plain(text).split(' ').filter(Boolean).length)
    .reduce((sum, count) => sum + count, 0);
  return Math.max(1, Math.round(words / 220));
}

export interface Place {
  name: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  item: CmsItem | null;
}

function addressText(value: unknown): string | null {
  const text = str(value);
  if (text) return text;
  const parts = record(value);
  if (!parts) return null;
  const joined = Object.values(parts).map((part) => str(part)).filter(Boolean).join(', ');
  return joined || null;
}

/** Where an item is: its own address and position, or those of the place it refers to. */
export async function placeOf(item: CmsItem, type: ContentTypeDef): Promise<Place | null> {
  const found = withRole(item, type, 'address');
  if (!found) return null;
  if (found.field.type === 'reference') {
    const target = await cms.getItem(str(found.value) ?? '');
    const targetType = target ? TYPES[target.type] : undefined;
    if (!target || !targetType) return null;
    const own = withRole(target, targetType, 'address');
    const inner = own && own.field.type !== 'reference' ? await placeOf(target, targetType) : null;
    return { name: titleOf(target, targetType), address: inner?.address ?? null, latitude: inner?.latitude ?? null,
      longitude: inner?.longitude ?? null, item: target };
  }
  const parts = [addressText(found.value)];
  for (const key of ['city', 'postalCode', 'postcode', 'zip', 'country']) {
    if (key !== found.field.key && type.fields.some((field) => field.key === key)) parts.push(str(item.data[key]));
  }
  const address = parts.filter(Boolean).join(', ') || null;
  let latitude: number | null = null;
  let longitude: number | null = null;
  for (const field of fieldsWith(type, 'geo')) {
    const value = item.data[field.key];
    const point = record(value);
    if (point) {
      latitude = num(point.lat) ?? num(point.latitude);
      longitude = num(point.lng) ?? num(point.lon) ?? num(point.longitude);
    } else if (/^lat/i.test(field.key)) {
      latitude = num(value);
    } else if (/^(lng|lon)/i.test(field.key)) {
      longitude = num(value);
    }
  }
  return { name: null, address, latitude, longitude, item: null };
}

/** OpenStreetMap at the position when known, else a search for the address. */
export function mapLink(place: Place): string | null {
  if (place.latitude !== null && place.longitude !== null) {
    return `https://www.openstreetmap.org/?mlat=${place.latitude}&mlon=${place.longitude}#map=17/${place.latitude}/${place.longitude}`;
  }
  const query = [place.name, place.address].filter(Boolean).join(', ');
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : null;
}

export interface Hours {
  day: string;
  hours: string;
}

/** Opening hours kept as {"monday": "08:00-18:00", …} or as lines of text. */
export function hoursOf(value: unknown): Hours[] {
  const days = record(value);
  if (days) {
    return Object.entries(days).flatMap(([day, hours]) => {
      const text = str(hours) ?? (hours === null || hours === false ? 'Closed' : null);
      return text ? [{ day: humanize(day), hours: text.replace(/-/g, '–') }] : [];
    });
  }
  return (str(value) ?? '').split(/\n+/).map((line) => line.trim()).filter(Boolean).map((line) => {
    const [day, ...rest] = line.split(/:\s+/);
    return rest.length > 0 ? { day, hours: rest.join(': ') } : { day: line, hours: '' };
  });
}

/** The label of a category or tag value: an enum value, a text or the title of the item it refers to. */
export async function labelsOf(field: FieldDef, value: unknown): Promise<{ label: string; value: string; slug: string }[]> {
  if (field.type === 'reference' || field.type === 'references') {
    const items = await resolve(value);
    return items.map((target) => ({ label: target.title, value: target.id, slug: target.slug ?? target.id }));
  }
  const values = Array.isArray(value) ? list(value).map((entry) => str(entry)) : [str(value)];
  return values.filter((entry): entry is string => entry !== null)
    .map((entry) => ({ label: field.type === 'enum' ? humanize(entry) : entry, value: entry, slug: entry }));
}
