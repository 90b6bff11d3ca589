import Link from '@/components/site-link';
import { notFound } from 'next/navigation';
import type { CmsItem, FieldDef } from '@/lib/cms';
import { cms, listAll } from '@/lib/cms';
import { TYPES } from '@/lib/model';
import { fieldWith, labelsOf } from '@/lib/roles';
import { humanize, str } from '@/lib/values';
import { ItemCard } from './item-card';
import { Pager } from './pager';

interface Choice {
  label: string;
  slug: string;
  value: string;
}

// Filter choices: every category (a short list by nature), and the tags of the items on show.
async function categoryChoices(field: FieldDef): Promise<Choice[]> {
  if (field.type === 'reference') {
    const target = field.referenceTypes[0];
    if (!target || field.referenceTypes.length > 1) return [];
    const items = await listAll(target);
    return items.length > 40 ? [] : items.map((item) => ({ label: item.title, slug: item.slug ?? item.id, value: item.id }));
  }
  if (field.type === 'enum') {
    return (field.options ?? []).map((option) => ({ label: humanize(option), slug: option, value: option }));
  }
  return [];
}

async function tagChoices(field: FieldDef, items: CmsItem[]): Promise<Choice[]> {
  const seen = new Map<string, Choice>();
  for (const item of items) {
    for (const label of await labelsOf(field, item.data[field.key])) {
      if (!seen.has(label.slug)) seen.set(label.slug, label);
    }
  }
  return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label)).slice(0, 12);
}

async function chosen(field: FieldDef, slug: string | null): Promise<Choice | null> {
  if (!slug) return null;
  if (field.type === 'reference' || field.type === 'references') {
    for (const target of field.referenceTypes) {
      const item = await cms.getBySlug(target, slug);
      if (item) return { label: item.title, slug, value: item.id };
    }
    return null;
  }
  if (field.type === 'enum' && !(field.options ?? []).includes(slug)) return null;
  return { label: field.type === 'enum' ? humanize(slug) : slug, slug, value: slug };
}

function Filters({ label, param, basePath, choices, current }: {
  label: string; param: string; basePath: string; choices: Choice[]; current: string | null;
}) {
  if (choices.length < 2) return null;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap gap-2">
      <Link href={basePath} className={current ? 'rounded-full border border-current px-3 py-1 text-sm' : 'rounded-full bg-primary px-3 py-1 text-sm text-background'}
        aria-current={current ? undefined : 'page'}>All</Link>
      {choices.map((choice) => (
        <Link key={choice.slug} href={`${basePath}?${param}=${encodeURIComponent(choice.slug)}`}
          aria-current={current === choice.slug ? 'page' : undefined}
          className={current === choice.slug ? 'rounded-full bg-primary px-3 py-1 text-sm text-background' : 'rounded-full border border-current px-3 py-1 text-sm'}>
          {choice.label}
        </Link>
      ))}
    </nav>
  );
}

function one(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;
}

// A collection's listing: paged cards, filters by category or tag where the type has them, and products
// and menus grouped under their categories.
export async function CollectionListing({ typeKey, title, basePath, pageSize, params }: {
  typeKey: string;
  title: string;
  basePath: string;
  pageSize: number;
  params: Record<string, string | string[] | undefined>;
}) {
  const type = TYPES[typeKey];
  const page = Math.max(1, Number.parseInt(one(params.page) ?? '1', 10) || 1);
  const categoryField = type ? fieldWith(type, 'category') : null;
  const tagField = type ? fieldWith(type, 'tags') : null;
  const category = categoryField ? await chosen(categoryField, one(params.category)) : null;
  const tag = tagField && !category ? await chosen(tagField, one(params.tag)) : null;
  // A filter naming nothing that exists is not a page of this site.
  if ((one(params.category) && !category) || (one(params.tag) && !tag && !category)) notFound();
  const filters: Record<string, string> = {};
  if (category && categoryField) filters[categoryField.key] = category.value;
  if (tag && tagField) filters[tagField.key] = tag.value;
  const result = await cms.listItems({ type: typeKey, page: page - 1, size: pageSize, filters });
  const pages = Math.max(1, Math.ceil(result.total / pageSize));
  // A page past the last one does not exist, so nothing links to one from it either.
  if (page > pages) notFound();
  const categories = categoryField ? await categoryChoices(categoryField) : [];
  const tags = tagField ? await tagChoices(tagField, result.items) : [];
  const query: Record<string, string> = category ? { category: category.slug } : tag ? { tag: tag.slug } : {};
  const grouped = type?.layout === 'product' && categoryField && !category && categories.length > 1;
  const groups = new Map<string, CmsItem[]>();
  if (grouped && categoryField) {
    for (const item of result.items) {
      const value = str(item.data[categoryField.key]) ?? '';
      groups.set(value, [...(groups.get(value) ?? []), item]);
    }
  }
  const heading = category ? `${title}: ${category.label}` : tag ? `${title}: ${tag.label}` : title;
  return (
    <section className="mx-auto max-w-6xl px-6 py-12">
      <h1 className="font-heading text-4xl font-bold">{heading}</h1>
      <p className="mt-2 text-sm">{result.total} in total</p>
      <Filters label="Categories" param="category" basePath={basePath} choices={categories} current={category?.slug ?? null} />
      <Filters label="Tags" param="tag" basePath={basePath} choices={tags} current={tag?.slug ?? null} />
      {grouped ? (
        [...groups.entries()].map(([value, items], group) => {
          const label = categories.find((choice) => choice.value === value)?.label ?? 'Other';
          return (
            <section key={value} className="mt-10">
              <h2 className="font-heading text-2xl font-semibold">{label}</h2>
              <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
                {items.map((item, index) => <ItemCard key={item.id} item={item} level={3} first={group === 0 && index === 0} />)}
              </div>
            </section>
          );
        })
      ) : (
        <div className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((item, index) => <ItemCard key={item.id} item={item} level={2} first={index === 0} />)}
        </div>
      )}
      {result.items.length === 0 ? <p className="mt-8">Nothing here yet.</p> : null}
      <Pager basePath={basePath} page={page} pages={pages} query={query} />
    </section>
  );
}
