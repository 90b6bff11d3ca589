import { NextResponse, type NextRequest } from 'next/server';
import { cms } from '@/lib/cms';

export const dynamic = 'force-dynamic';

// A thin wrapper over the CMS adapter for client-side code: ?id=, ?type=&slug=, or a listing.
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const id = params.get('id');
  const type = params.get('type') ?? undefined;
  const slug = params.get('slug');
  try {
    if (id) {
      const item = await cms.getItem(id);
      return item ? NextResponse.json(item) : NextResponse.json({ error: 'Not found' }, { status: 404 });
    }
    if (type && slug) {
      const item = await cms.getBySlug(type, slug);
      return item ? NextResponse.json(item) : NextResponse.json({ error: 'Not found' }, { status: 404 });
    }
    const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
    const size = Math.min(100, Math.max(1, Number.parseInt(params.get('size') ?? '20', 10) || 20));
    const result = await cms.listItems({ type, q: params.get('q') ?? undefined, page, size });
    return NextResponse.json(result);
  } catch {
    return NextResponse.json({ error: 'The content service is unavailable' }, { status: 502 });
  }
}
