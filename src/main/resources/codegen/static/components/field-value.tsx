import Link from '@/components/site-link';
import type { FieldDef } from '@/lib/cms';
import { cms } from '@/lib/cms';
import { pathOf } from '@/lib/cms/paths';
import { imageOf, imageOfItem } from '@/lib/images';
import { formatPrice, siteFormat } from '@/lib/site-format';
import { formatDate, humanize, num, record, safeHref, str } from '@/lib/values';
import { BlockRenderer } from './blocks/block-renderer';
import { JsonView } from './json-view';
import { ReferenceList } from './reference-list';
import { RichText } from './rich-text';
import { SiteImage } from './site-image';

// Renders one field of an item by its type, for detail pages of any content type.
export async function FieldValue({ field, value }: { field: FieldDef; value: unknown }) {
  switch (field.type) {
    case 'richText':
      return <RichText html={value} />;
    case 'blocks':
      return <BlockRenderer blocks={value} />;
    case 'json':
      return <JsonView value={value} />;
    case 'references':
      return <ReferenceList ids={value} />;
    case 'reference': {
      const id = str(value);
      const target = id ? await cms.getItem(id) : null;
      if (!target) return null;
      if (target.type === 'image') {
        return <SiteImage image={imageOfItem(target)} alt={str(target.data.alt) ?? target.title} caption={str(target.data.caption)} />;
      }
      const href = pathOf(target.type, target.slug);
      return href ? <Link href={href} className="text-primary underline">{target.title}</Link> : <span>{target.title}</span>;
    }
    case 'boolean':
      return <span>{value === true ? 'Yes' : 'No'}</span>;
    case 'date':
    case 'dateTime':
      return <span>{formatDate(value, field.type === 'dateTime')}</span>;
    case 'enum': {
      const text = str(value);
      return text ? <span>{humanize(text)}</span> : null;
    }
    case 'number':
    case 'integer': {
      const n = num(value);
      if (n !== null && field.role === 'price') return <span>{formatPrice(n, await siteFormat())}</span>;
      return n === null ? null : <span>{field.type === 'number' && !Number.isInteger(n) ? n.toFixed(2) : n}</span>;
    }
    case 'url':
    case 'email': {
      const raw = str(value);
      const href = safeHref(field.type === 'email' && raw ? `mailto:${raw}` : raw);
      return href && raw ? <a href={href} className="text-primary underline">{raw}</a> : null;
    }
    case 'asset': {
      // An image that has gone from the library keeps its alt text: the placeholder says what was there.
      const image = imageOf(value);
      const alt = str(record(value)?.alt);
      return image || alt ? <SiteImage image={image} alt={image ? undefined : alt ?? undefined} /> : null;
    }
    default: {
      const text = str(value);
      return text ? <span className="whitespace-pre-line">{text}</span> : null;
    }
  }
}
