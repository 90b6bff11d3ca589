import Link from 'next/link';
import type { CmsItem } from '@/lib/cms';
import { pathOf } from '@/lib/cms/paths';
import { firstImage, imageOfItem } from '@/lib/images';
import { num, str } from '@/lib/values';
import { SiteImage } from './site-image';

const SUMMARY_FIELDS = [
  'excerpt', 'summary', 'shortDescription', 'intro', 'description', 'quote', 'body', 'story', 'tagline',
  'role', 'caption', 'tastingNotes', 'message',
];

function plain(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

export function summaryOf(item: CmsItem): string | null {
  for (const key of SUMMARY_FIELDS) {
    const value = str(item.data[key]);
    if (value) {
      const text = plain(value);
      return text.length > 180 ? `${text.slice(0, 177)}…` : text;
    }
  }
  return null;
}

// Cards sit three to a row on wide screens, two on tablets, one on phones.
const CARD_SIZES = '(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw';

export function ItemCard({ item }: { item: CmsItem }) {
  if (item.type === 'image') {
    return (
      <SiteImage image={imageOfItem(item)} alt={str(item.data.alt) ?? item.title} caption={str(item.data.caption)}
        placeholderRatio={`${num(item.data.width) ?? 4} / ${num(item.data.height) ?? 3}`}
        sizes={CARD_SIZES} className="card overflow-hidden" />
    );
  }
  const href = pathOf(item.type, item.slug);
  const summary = summaryOf(item);
  const price = num(item.data.price) ?? num(item.data.priceFrom) ?? num(item.data.baseRate);
  const rating = num(item.data.rating);
  const title = str(item.data.headline) ?? item.title;
  const picture = firstImage(item);
  const content = (
    <>
      {picture ? <SiteImage image={picture.image} sizes={CARD_SIZES} className="-mx-5 -mt-5 mb-4 overflow-hidden" /> : null}
      <h3 className="font-heading text-lg font-semibold">{title}</h3>
      {rating !== null ? <p aria-label={`${rating} out of 5`} className="text-accent">{'★'.repeat(Math.max(0, Math.min(5, rating)))}</p> : null}
      {summary ? <p className="mt-2 text-sm opacity-80">{summary}</p> : null}
      {price !== null ? <p className="mt-3 font-semibold text-primary">{price.toFixed(2)}</p> : null}
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
