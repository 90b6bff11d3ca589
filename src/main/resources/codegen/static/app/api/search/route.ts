import { NextResponse, type NextRequest } from 'next/server';
import { cms } from '@/lib/cms';
import { pathOf } from '@/lib/cms/paths';

export const dynamic = 'force-dynamic';

// Full-text search through the delivery API's `q`; only items with a page of their own are returned.
export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get('q') ?? '').trim().slice(0, 200);
  if (q.length < 2) {
    return NextResponse.json({ results: [] });
  }
  try {
    const found = await cms.listItems({ q, page: 0, size: 50 });
    const results = found.items.flatMap((item) => {
      const path = pathOf(item.type, item.slug);
      return path ? [{ id: item.id, type: item.type, title: item.title, path }] : [];
    });
    return NextResponse.json({ results, total: found.total });
  } catch {
    return NextResponse.json({ error: 'The content service is unavailable' }, { status: 502 });
  }
}
