import type { CmsItem, ContentTypeDef } from '@/lib/cms';
import { imageOf } from '@/lib/images';
import { str } from '@/lib/values';
import { FieldValue } from './field-value';
import { SiteImage } from './site-image';

// Fields shown elsewhere (heading, URL, metadata).
const HIDDEN = new Set(['title', 'name', 'slug', 'seoTitle', 'seoDescription', 'noIndex']);
const WIDE = new Set(['richText', 'blocks', 'json', 'references', 'longText']);

export function ItemDetail({ item, type }: { item: CmsItem; type: ContentTypeDef }) {
  const fields = type.fields.filter(
    (field) => !HIDDEN.has(field.key) && item.data[field.key] !== undefined && item.data[field.key] !== null,
  );
  // The first picture is the page's hero, above the facts; any others follow in the body.
  const heroField = fields.find((field) => field.type === 'asset' && imageOf(item.data[field.key]));
  const hero = heroField ? imageOf(item.data[heroField.key], str(item.data.name) ?? item.title) : null;
  const facts = fields.filter((field) => !WIDE.has(field.type) && field.type !== 'asset'
    && !(field.type === 'reference' && field.referenceTypes.includes('image')));
  const body = fields.filter((field) => !facts.includes(field) && field !== heroField);
  const lead = str(item.data.excerpt) ?? str(item.data.summary) ?? str(item.data.shortDescription);
  return (
    <article className="mx-auto max-w-5xl px-6 py-12">
      <p className="text-sm uppercase tracking-widest text-accent">{type.displayName}</p>
      <h1 className="font-heading mt-2 text-4xl font-bold">{str(item.data.name) ?? item.title}</h1>
      {lead ? <p className="mt-4 text-lg opacity-80">{lead}</p> : null}
      {hero ? <SiteImage image={hero} hero className="mt-8" /> : null}
      {facts.length > 0 ? (
        <dl className="card mt-8 grid gap-x-8 gap-y-3 p-6 sm:grid-cols-2">
          {facts.map((field) => (
            <div key={field.key}>
              <dt className="text-xs uppercase tracking-wide opacity-60">{field.label}</dt>
              <dd className="mt-1"><FieldValue field={field} value={item.data[field.key]} /></dd>
            </div>
          ))}
        </dl>
      ) : null}
      {body.map((field) => (
        <section key={field.key} className="mt-10">
          {field.type === 'richText' || field.type === 'blocks' || field.type === 'asset' ? null : (
            <h2 className="font-heading mb-4 text-2xl font-semibold">{field.label}</h2>
          )}
          <FieldValue field={field} value={item.data[field.key]} />
        </section>
      ))}
    </article>
  );
}
