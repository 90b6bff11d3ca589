import { revalidatePath, revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { timingSafeEqual } from 'node:crypto';

export const dynamic = 'force-dynamic';

function authorised(request: NextRequest): boolean {
  const secret = process.env.SITEWRIGHT_REVALIDATE_SECRET;
  const given = request.headers.get('x-sitewright-secret') ?? '';
  if (!secret || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}

// The studio calls this after an edit: POST {"tags": ["item:<id>", "type:<type>"], "paths": ["/..."]}
// with the shared secret in the x-sitewright-secret header.
export async function POST(request: NextRequest) {
  if (!authorised(request)) {
    return NextResponse.json({ error: 'Unauthorised' }, { status: 401 });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: 'Expected a JSON body' }, { status: 400 });
  }
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const tags = strings(fields.tags);
  const paths = strings(fields.paths).filter((path) => path.startsWith('/'));
  for (const tag of tags) {
    revalidateTag(tag, { expire: 0 });
  }
  for (const path of paths) {
    revalidatePath(path, 'page');
  }
  return NextResponse.json({ revalidated: true, tags, paths, now: Date.now() });
}
