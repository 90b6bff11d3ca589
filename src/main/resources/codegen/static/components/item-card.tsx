import Link from '@/components/site-link';
import type { CmsItem } from '@/lib/cms';
import { pathOf } from '@/lib/cms/paths';
import { TYPES } from '@/lib/model';
import { imageOfItem } from '@/lib/images';
import { pictureOf } from '@/lib/pictures';
import { priceOf, summaryOf as summaryByRole, titleOf, withRole } from '@/lib/roles';
import { formatPrice, formatShortDate, formatTime, siteFormat } from '@/lib/site-format';
import { num, str } from '@/lib/values';
import { SiteImage } from './site-image';

export function summaryOf(item: CmsItem): string | null {
  return summaryByRole(item, TYPES[item.type]);
}

// Cards sit three to a row on wide screens, two on tablets, one on phones.
const CARD_SIZES = '(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw';

// One card per item; what it shows follows the type's layout: a price for products and menus, the date for
// events, the role for people. `level` keeps headings in order under whatever heading the list sits. The `first`
// card of a page is where a phone's screen ends: its picture loads at once, as the largest thing painted.
export async function ItemCard({ item, level = 3, first = false }: { item: CmsItem; level?: 2 | 3; first?: boolean }) {
  if (item.type === 'image') {
    return (
      <SiteImage image={imageOfItem(item)} alt={str(item.data.alt) ?? item.title} caption={str(item.data.caption)}
        placeholderRatio={`${num(item.data.width) ?? 4} / ${num(item.data.height) ?? 3}`}
        sizes={CARD_SIZES} hero={first} className="card overflow-hidden" />
    );
  }
  const type = TYPES[item.type];
  const href = pathOf(item.type, item.slug);
  const format = await siteFormat();
  const title = titleOf(item, type);
  const summary = summaryOf(item);
  const layout = type?.layout ?? 'generic';
  const price = type ? priceOf(item, type) : null;
  const rating = type ? num(withRole(item, type, 'rating')?.value) : null;
  const start = type ? withRole(item, type, 'start') ?? withRole(item, type, 'date') : null;
  const picture = await pictureOf(item, type);
  const jobTitle = layout === 'person' ? str(item.data.role) ?? str(item.data.jobTitle) ?? str(item.data.position) : null;
  const Heading = level === 2 ? 'h2' : 'h3';
  const when = start && (layout === 'event' || layout === 'article')
    ? [formatShortDate(start.value, format), layout === 'event' ? formatTime(start.value, format) : null].filter(Boolean).join(', ')
    : null;
  const content = (
    <>
      {picture?.image ? (
        <SiteImage image={picture.image} alt={picture.alt} sizes={CARD_SIZES} hero={first} className="-mx-5 -mt-5 mb-4 overflow-hidden" />
      ) : null}
      {when ? <p className="text-sm font-semibold">{when}</p> : null}
      <div className="flex items-baseline justify-between gap-4">
        <Heading className="font-heading text-lg font-semibold">{title}</Heading>
        {price !== null && layout === 'product' ? (
          <p className="shrink-0 font-semibold text-primary">{formatPrice(price, format)}</p>
        ) : null}
      </div>
      {jobTitle ? <p className="text-sm">{jobTitle}</p> : null}
      {rating !== null ? (
        <p aria-label={`Rated ${rating} out of 5`} className="text-primary">
          {'★'.repeat(Math.max(0, Math.min(5, Math.round(rating))))}
        </p>
      ) : null}
      {summary ? <p className="mt-2 text-sm opacity-80">{summary}</p> : null}
      {price !== null && layout !== 'product' ? (
        <p className="mt-3 font-semibold text-primary">{price === 0 ? 'Free' : formatPrice(price, format)}</p>
      ) : null}
    </>
  );
  return href ? (
    <Link href={href} className="card block overflow-hidden p-5 transition hover:-translate-y-0.5">
      {content}
    </Link>
  ) : (
    <div className="card overflow-hidden p-5">{content}</div>
  );
}
