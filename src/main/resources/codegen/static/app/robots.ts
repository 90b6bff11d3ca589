import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site';

// The same build serves previews and production, each under its own address: read it per request.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: '/api/' }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
