import Link from 'next/link';

export function Pager({ basePath, page, pages }: { basePath: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (n: number) => (n <= 1 ? basePath : `${basePath}?page=${n}`);
  return (
    <nav aria-label="Pages" className="mt-10 flex items-center justify-center gap-4">
      {page > 1 ? <Link href={href(page - 1)} className="button-secondary">Previous</Link> : null}
      <span className="text-sm opacity-70">Page {page} of {pages}</span>
      {page < pages ? <Link href={href(page + 1)} className="button-secondary">Next</Link> : null}
    </nav>
  );
}
