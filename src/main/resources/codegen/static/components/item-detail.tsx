import Link from '@/components/site-link';
import type { CmsItem, ContentTypeDef, FieldDef } from '@/lib/cms';
import { cms } from '@/lib/cms';
import { pathOf, ROUTES } from '@/lib/cms/paths';
import {
  hoursOf, labelsOf, mapLink, placeOf, plain, priceOf, readingMinutes, summaryOf, titleOf, withRole,
  type Place,
} from '@/lib/roles';
import { formatDay, formatPrice, formatShortDate, formatTime, siteFormat, type SiteFormat } from '@/lib/site-format';
import { pictureOf } from '@/lib/pictures';
import { num, safeHref, str } from '@/lib/values';
import { FieldValue } from './field-value';
import { JsonLd } from './json-ld';
import { SiteImage } from './site-image';

// Fields shown elsewhere (heading, URL, metadata) or with nothing to show yet (files).
const HIDDEN = new Set(['slug', 'seoTitle', 'seoDescription', 'noIndex']);
const WIDE = new Set(['richText', 'blocks', 'json', 'references', 'longText']);
// Roles each layout shows in its own place, so they are not repeated among the facts.
const PLACED: Record<string, string[]> = {
  product: ['title', 'summary', 'image', 'price', 'category', 'cta', 'tags'],
  event: ['title', 'summary', 'image', 'start', 'end', 'date', 'address', 'price', 'cta', 'category', 'tags'],
  location: ['title', 'summary', 'image', 'address', 'geo', 'hours', 'cta'],
  article: ['title', 'summary', 'image', 'date', 'person', 'category', 'tags'],
  person: ['title', 'summary', 'image'],
  generic: ['title', 'summary', 'image', 'cta'],
};
const PERSONAL = new Set(['role', 'jobTitle', 'position']);

interface Parts {
  item: CmsItem;
  type: ContentTypeDef;
  format: SiteFormat;
  url: string;
}

function has(item: CmsItem, field: FieldDef): boolean {
  const value = item.data[field.key];
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** Facts (short values) and sections (long text, lists) that the layout did not place itself. */
function rest(item: CmsItem, type: ContentTypeDef, layout: string) {
  const placed = new Set(PLACED[layout] ?? PLACED.generic);
  const fields = type.fields.filter((field) => !HIDDEN.has(field.key) && field.type !== 'asset' && has(item, field)
    && !(field.role && placed.has(field.role))
    && !(layout === 'person' && PERSONAL.has(field.key))
    && !(field.role === 'geo' || (layout === 'location' && ['city', 'postalCode', 'country'].includes(field.key))));
  const badges = fields.filter((field) => field.type === 'boolean');
  const facts = fields.filter((field) => field.type !== 'boolean' && !WIDE.has(field.type) && field.role !== 'body'
    && !(field.type === 'reference' && field.role === 'image'));
  const sections = fields.filter((field) => !badges.includes(field) && !facts.includes(field));
  return { badges: badges.filter((field) => item.data[field.key] === true), facts, sections };
}

function Badges({ item, fields }: { item: CmsItem; fields: FieldDef[] }) {
  if (fields.length === 0) return null;
  return (
    <ul className="mt-4 flex flex-wrap gap-2" aria-label="Features">
      {fields.filter((field) => item.data[field.key] === true).map((field) => (
        <li key={field.key} className="rounded-full border border-current px-3 py-0.5 text-sm">{field.label}</li>
      ))}
    </ul>
  );
}

function Facts({ item, fields }: { item: CmsItem; fields: FieldDef[] }) {
  if (fields.length === 0) return null;
  return (
    <dl className="card mt-8 grid gap-x-8 gap-y-4 p-6 sm:grid-cols-2">
      {fields.map((field) => (
        <div key={field.key}>
          <dt className="text-sm font-semibold">{field.label}</dt>
          <dd className="mt-1"><FieldValue field={field} value={item.data[field.key]} /></dd>
        </div>
      ))}
    </dl>
  );
}

function Sections({ item, fields }: { item: CmsItem; fields: FieldDef[] }) {
  return (
    <>
      {fields.map((field) => (
        <section key={field.key} className="mt-10">
          {field.role === 'body' && (field.type === 'richText' || field.type === 'blocks') ? null : (
            <h2 className="font-heading mb-4 text-2xl font-semibold">{field.label}</h2>
          )}
          <FieldValue field={field} value={item.data[field.key]} />
        </section>
      ))}
    </>
  );
}

async function Kicker({ item, type }: { item: CmsItem; type: ContentTypeDef }) {
  const found = withRole(item, type, 'category');
  const labels = found ? await labelsOf(found.field, found.value) : [];
  const base = ROUTES[type.key];
  if (labels.length === 0) return <p className="text-sm font-semibold uppercase tracking-widest">{type.displayName}</p>;
  const label = labels[0];
  return base ? (
    <Link href={`${base}?category=${encodeURIComponent(label.slug)}`} className="text-sm font-semibold uppercase tracking-widest underline-offset-4 hover:underline">
      {label.label}
    </Link>
  ) : (
    <p className="text-sm font-semibold uppercase tracking-widest">{label.label}</p>
  );
}

function CallToAction({ item, type, fallback }: { item: CmsItem; type: ContentTypeDef; fallback: string }) {
  const found = withRole(item, type, 'cta');
  const href = found && found.field.type === 'url' ? safeHref(found.value) : null;
  if (!href) return null;
  const label = str(item.data.buttonLabel) ?? str(item.data.ctaLabel) ?? fallback;
  return <a href={href} className="button-primary mt-6">{label}</a>;
}

function Lead({ item, type }: { item: CmsItem; type: ContentTypeDef }) {
  const found = withRole(item, type, 'summary');
  const text = str(found?.value);
  return text ? <p className="mt-4 text-lg opacity-80">{plain(text)}</p> : null;
}

function addressLd(place: Place | null): Record<string, unknown> | null {
  if (!place) return null;
  return {
    '@type': 'Place',
    ...(place.name ? { name: place.name } : {}),
    ...(place.address ? { address: place.address } : {}),
    ...(place.latitude !== null && place.longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude } } : {}),
  };
}

async function ProductLayout({ item, type, format, url }: Parts) {
  const image = await pictureOf(item, type);
  const price = priceOf(item, type);
  const category = withRole(item, type, 'category');
  const categoryLabel = category ? (await labelsOf(category.field, category.value))[0]?.label : undefined;
  const { badges, facts, sections } = rest(item, type, 'product');
  const available = item.data.available !== false && item.data.inStock !== false && item.data.soldOut !== true;
  return (
    <article className="mx-auto max-w-5xl px-6 py-12">
      <div className={image ? 'grid gap-10 md:grid-cols-2' : ''}>
        {image ? <SiteImage image={image.image} alt={image.alt} caption={image.caption} hero /> : null}
        <div>
          <Kicker item={item} type={type} />
          <h1 className="font-heading mt-2 text-4xl font-bold">{titleOf(item, type)}</h1>
          {price !== null ? <p className="mt-4 text-2xl font-semibold text-primary">{formatPrice(price, format)}</p> : null}
          <Lead item={item} type={type} />
          <Badges item={item} fields={badges} />
          <CallToAction item={item} type={type} fallback="Order now" />
        </div>
      </div>
      <Sections item={item} fields={sections} />
      <Facts item={item} fields={facts} />
      <JsonLd data={{
        '@type': 'Product',
        name: titleOf(item, type),
        url,
        ...(image?.image ? { image: new URL(image.image.src, url).toString() } : {}),
        ...(summaryOf(item, type, 300) ? { description: summaryOf(item, type, 300) } : {}),
        ...(categoryLabel ? { category: categoryLabel } : {}),
        ...(price !== null ? {
          offers: {
            '@type': 'Offer', price: price.toFixed(2), priceCurrency: format.currency, url,
            availability: available ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
          },
        } : {}),
      }} />
    </article>
  );
}

async function EventLayout({ item, type, format, url }: Parts) {
  const image = await pictureOf(item, type);
  const start = withRole(item, type, 'start') ?? withRole(item, type, 'date');
  const end = withRole(item, type, 'end');
  const place = await placeOf(item, type);
  const price = priceOf(item, type);
  const { badges, facts, sections } = rest(item, type, 'event');
  const startTime = start ? formatTime(start.value, format) : null;
  const endTime = end ? formatTime(end.value, format) : null;
  const sameDay = start && end && str(start.value)?.slice(0, 10) === str(end.value)?.slice(0, 10);
  const href = pathOf(item.type, item.slug);
  const map = place ? mapLink(place) : null;
  const placeHref = place?.item ? pathOf(place.item.type, place.item.slug) : null;
  return (
    <article className="mx-auto max-w-5xl px-6 py-12">
      <Kicker item={item} type={type} />
      <h1 className="font-heading mt-2 text-4xl font-bold">{titleOf(item, type)}</h1>
      <Lead item={item} type={type} />
      <div className="card mt-8 grid gap-6 p-6 sm:grid-cols-2">
        {start ? (
          <div>
            <h2 className="text-sm font-semibold">When</h2>
            <p className="mt-1">
              <time dateTime={str(start.value) ?? undefined}>{formatDay(start.value, format)}</time>
              {startTime ? <>, {startTime}{endTime && sameDay ? `–${endTime}` : ''}</> : null}
            </p>
            {end && !sameDay ? <p>until <time dateTime={str(end.value) ?? undefined}>{formatDay(end.value, format)}</time></p> : null}
            {href ? (
              <a href={`${href}/calendar.ics`} className="mt-2 inline-block text-primary underline" download>
                Add to calendar
              </a>
            ) : null}
          </div>
        ) : null}
        {place ? (
          <div>
            <h2 className="text-sm font-semibold">Where</h2>
            {place.name ? (
              <p className="mt-1">{placeHref ? <Link href={placeHref} className="underline">{place.name}</Link> : place.name}</p>
            ) : null}
            {place.address ? <p className="mt-1 whitespace-pre-line">{place.address}</p> : null}
            {map ? <a href={map} className="mt-2 inline-block text-primary underline" rel="noopener">View on a map</a> : null}
          </div>
        ) : null}
        {price !== null ? (
          <div>
            <h2 className="text-sm font-semibold">Tickets</h2>
            <p className="mt-1 font-semibold text-primary">{price === 0 ? 'Free' : formatPrice(price, format)}</p>
          </div>
        ) : null}
      </div>
      <Badges item={item} fields={badges} />
      <CallToAction item={item} type={type} fallback="Book a place" />
      {image ? <SiteImage image={image.image} alt={image.alt} caption={image.caption} hero className="mt-10" /> : null}
      <Sections item={item} fields={sections} />
      <Facts item={item} fields={facts} />
      <JsonLd data={start ? {
        '@type': 'Event',
        name: titleOf(item, type),
        url,
        startDate: str(start.value),
        ...(end ? { endDate: str(end.value) } : {}),
        ...(summaryOf(item, type, 300) ? { description: summaryOf(item, type, 300) } : {}),
        ...(place ? { location: addressLd(place) } : {}),
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        ...(price !== null ? { offers: { '@type': 'Offer', price: price.toFixed(2), priceCurrency: format.currency, url } } : {}),
      } : null} />
    </article>
  );
}

async function LocationLayout({ item, type, url }: Parts) {
  const image = await pictureOf(item, type);
  const place = await placeOf(item, type);
  const hoursField = withRole(item, type, 'hours');
  const hours = hoursField ? hoursOf(hoursField.value) : [];
  const map = place ? mapLink({ ...place, name: titleOf(item, type) }) : null;
  const phone = str(item.data.phone);
  const email = str(item.data.email) ?? str(item.data.contactEmail);
  const { badges, facts, sections } = rest(item, type, 'location');
  const shownFacts = facts.filter((field) => field.key !== 'phone' && field.key !== 'email' && field.key !== 'contactEmail');
  return (
    <article className="mx-auto max-w-5xl px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-widest">{type.displayName}</p>
      <h1 className="font-heading mt-2 text-4xl font-bold">{titleOf(item, type)}</h1>
      <Lead item={item} type={type} />
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <div className="card p-6">
          <h2 className="font-heading text-xl font-semibold">Find us</h2>
          {place?.address ? <address className="mt-2 whitespace-pre-line not-italic">{place.address}</address> : null}
          {phone ? <p className="mt-2"><a href={`tel:${phone.replace(/[^+0-9]/g, '')}`} className="underline">{phone}</a></p> : null}
          {email ? <p className="mt-1"><a href={`mailto:${email}`} className="underline">{email}</a></p> : null}
          {map ? <a href={map} className="button-secondary mt-4" rel="noopener">Open in OpenStreetMap</a> : null}
        </div>
        {hours.length > 0 ? (
          <div className="card p-6">
            <h2 className="font-heading text-xl font-semibold">Opening hours</h2>
            <table className="mt-2 w-full text-left">
              <tbody>
                {hours.map((row) => (
                  <tr key={row.day}>
                    <th scope="row" className="py-1 pr-4 font-normal">{row.day}</th>
                    <td className="py-1">{row.hours}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
      <Badges item={item} fields={badges} />
      {image ? <SiteImage image={image.image} alt={image.alt} caption={image.caption} hero className="mt-10" /> : null}
      <Sections item={item} fields={sections} />
      <Facts item={item} fields={shownFacts} />
      <JsonLd data={{
        '@type': 'LocalBusiness',
        name: titleOf(item, type),
        url,
        ...(place?.address ? { address: place.address } : {}),
        ...(place && place.latitude !== null && place.longitude !== null
          ? { geo: { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude } } : {}),
        ...(phone ? { telephone: phone } : {}),
        ...(email ? { email } : {}),
        ...(hours.length > 0 ? { openingHours: hours.map((row) => `${row.day.slice(0, 2)} ${row.hours.replace('–', '-')}`) } : {}),
      }} />
    </article>
  );
}

async function ArticleLayout({ item, type, format, url }: Parts) {
  const image = await pictureOf(item, type);
  const date = withRole(item, type, 'date');
  const personField = withRole(item, type, 'person');
  const people = personField ? await labelsOf(personField.field, personField.value) : [];
  const author = people[0];
  const authorItem = author && personField?.field.type.startsWith('reference') ? await cms.getItem(author.value) : null;
  const authorHref = authorItem ? pathOf(authorItem.type, authorItem.slug) : null;
  const minutes = readingMinutes(item, type);
  const { badges, facts, sections } = rest(item, type, 'article');
  return (
    <article className="mx-auto max-w-3xl px-6 py-12">
      <Kicker item={item} type={type} />
      <h1 className="font-heading mt-2 text-4xl font-bold">{titleOf(item, type)}</h1>
      <Lead item={item} type={type} />
      <p className="mt-4 text-sm">
        {author ? <>By {authorHref ? <Link href={authorHref} className="underline">{author.label}</Link> : author.label}</> : null}
        {author && date ? ' · ' : null}
        {date ? <time dateTime={str(date.value) ?? undefined}>{formatShortDate(date.value, format)}</time> : null}
        {author || date ? ' · ' : null}
        {minutes} min read
      </p>
      {image ? <SiteImage image={image.image} alt={image.alt} caption={image.caption} hero className="mt-8" /> : null}
      <Badges item={item} fields={badges} />
      <Sections item={item} fields={sections} />
      <Facts item={item} fields={facts} />
      <JsonLd data={{
        '@type': 'Article',
        headline: titleOf(item, type).slice(0, 110),
        url,
        ...(date ? { datePublished: str(date.value) } : {}),
        dateModified: item.updatedAt,
        ...(author ? { author: { '@type': 'Person', name: author.label } } : {}),
        ...(summaryOf(item, type, 300) ? { description: summaryOf(item, type, 300) } : {}),
        ...(image?.image ? { image: new URL(image.image.src, url).toString() } : {}),
      }} />
    </article>
  );
}

async function PersonLayout({ item, type, url }: Parts) {
  const image = await pictureOf(item, type);
  const jobTitle = str(item.data.role) ?? str(item.data.jobTitle) ?? str(item.data.position);
  const email = str(item.data.email);
  const { badges, facts, sections } = rest(item, type, 'person');
  return (
    <article className="mx-auto max-w-4xl px-6 py-12">
      <div className={image ? 'grid gap-8 sm:grid-cols-[14rem_1fr]' : ''}>
        {image ? <SiteImage image={image.image} alt={image.alt} hero sizes="14rem" placeholderRatio="1 / 1" /> : null}
        <div>
          <p className="text-sm font-semibold uppercase tracking-widest">{type.displayName}</p>
          <h1 className="font-heading mt-2 text-4xl font-bold">{titleOf(item, type)}</h1>
          {jobTitle ? <p className="mt-2 text-lg">{jobTitle}</p> : null}
          <Lead item={item} type={type} />
          <Badges item={item} fields={badges} />
        </div>
      </div>
      <Sections item={item} fields={sections} />
      <Facts item={item} fields={facts.filter((field) => field.key !== 'email')} />
      {email ? <p className="mt-6"><a href={`mailto:${email}`} className="underline">{email}</a></p> : null}
      <JsonLd data={{
        '@type': 'Person',
        name: titleOf(item, type),
        url,
        ...(jobTitle ? { jobTitle } : {}),
        ...(summaryOf(item, type, 300) ? { description: summaryOf(item, type, 300) } : {}),
      }} />
    </article>
  );
}

async function GenericLayout({ item, type }: Parts) {
  const image = await pictureOf(item, type);
  const { badges, facts, sections } = rest(item, type, 'generic');
  const rating = num(withRole(item, type, 'rating')?.value);
  return (
    <article className="mx-auto max-w-5xl px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-widest">{type.displayName}</p>
      <h1 className="font-heading mt-2 text-4xl font-bold">{titleOf(item, type)}</h1>
      {rating !== null ? (
        <p aria-label={`Rated ${rating} out of 5`} className="mt-2 text-xl text-primary">
          {'★'.repeat(Math.max(0, Math.min(5, Math.round(rating))))}
        </p>
      ) : null}
      <Lead item={item} type={type} />
      <Badges item={item} fields={badges} />
      <CallToAction item={item} type={type} fallback="Find out more" />
      {image ? <SiteImage image={image.image} alt={image.alt} caption={image.caption} hero className="mt-8" /> : null}
      <Facts item={item} fields={facts.filter((field) => field.role !== 'rating')} />
      <Sections item={item} fields={sections} />
    </article>
  );
}

const LAYOUTS = {
  product: ProductLayout,
  event: EventLayout,
  location: LocationLayout,
  article: ArticleLayout,
  person: PersonLayout,
  generic: GenericLayout,
};

// A detail page laid out by what the type holds (its fields' roles), with structured data where it fits.
export async function ItemDetail({ item, type }: { item: CmsItem; type: ContentTypeDef }) {
  const format = await siteFormat();
  const site = (process.env.SITEWRIGHT_SITE_URL ?? '').replace(/\/+$/, '');
  const url = `${site}${pathOf(item.type, item.slug) ?? '/'}`;
  const Layout = LAYOUTS[type.layout ?? 'generic'] ?? GenericLayout;
  return <Layout item={item} type={type} format={format} url={url} />;
}

