import { sanitizeRichText } from '@/lib/rich-text';

export function RichText({ html, className }: { html: unknown; className?: string }) {
  if (typeof html !== 'string' || html.length === 0) return null;
  return (
    <div
      className={`rich-text ${className ?? ''}`}
      dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }}
    />
  );
}
