import type { NextRequest } from 'next/server';
import { config } from '@/lib/cms/studio';
import { MEDIA_PATH } from '@/lib/cms/studio-media';

export const dynamic = 'force-dynamic';

const PASSED_ON = ['content-type', 'content-length', 'cache-control', 'etag', 'x-content-type-options'];

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' } });
}

// Images from the studio's delivery API, read with this server's token (which never reaches a browser), with the
// API's own caching: a year, immutable, for content addresses; private for a preview's images.
export async function GET(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.join('/');
  if ((process.env.SITEWRIGHT_CMS || 'studio') !== 'studio' || !MEDIA_PATH.test(path)) {
    return notFound();
  }
  const { base, project, token } = config();
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  const etag = request.headers.get('if-none-match');
  if (etag) headers['If-None-Match'] = etag;
  let answer: Response;
  try {
    answer = await fetch(`${base}/delivery/v1/${encodeURIComponent(project)}/${path}`, { headers, cache: 'no-store' });
  } catch {
    return new Response('The content service is unavailable', { status: 502, headers: { 'Cache-Control': 'no-store' } });
  }
  if (answer.status !== 200 && answer.status !== 304) {
    return notFound();
  }
  const out = new Headers();
  for (const name of PASSED_ON) {
    const value = answer.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(answer.status === 304 ? null : answer.body, { status: answer.status, headers: out });
}
