import Link from 'next/link';

export function Pager({ basePath, page, pages }: { basePath: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  // Links stay within 1..pages whatever page was asked for.
  const current = Math.min(Math.max(1, page), pages);
  const href = (n: number) => (n <= 1 ? basePath : `${basePath}?page=${n}`);
  return (
    <nav aria-label="Pages" className="mt-10 flex items-center justify-center gap-4">
      {current > 1 ? <Link href={href(current - 1)} className="button-secondary">Previous</Link> : null}
      <span className="text-sm text-muted">Page {current} of {pages}</span>
      {current < pages ? <Link href={href(current + 1)} className="button-secondary">Next</Link> : null}
    </nav>
  );
}
