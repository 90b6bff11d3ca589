import Link from '@/components/site-link';

export function Pager({ basePath, page, pages, query = {} }: {
  basePath: string;
  page: number;
  pages: number;
  query?: Record<string, string>;
}) {
  if (pages <= 1) return null;
  // Links stay within 1..pages whatever page was asked for, and keep the listing's filter.
  const current = Math.min(Math.max(1, page), pages);
  const href = (n: number) => {
    const params = new URLSearchParams(query);
    if (n > 1) params.set('page', String(n));
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  return (
    <nav aria-label="Pages" className="mt-10 flex items-center justify-center gap-4">
      {current > 1 ? <Link href={href(current - 1)} className="button-secondary">Previous</Link> : null}
      <span className="text-sm">Page {current} of {pages}</span>
      {current < pages ? <Link href={href(current + 1)} className="button-secondary">Next</Link> : null}
    </nav>
  );
}
