package com.sitewright.site;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.PageLayout;
import java.util.List;
import java.util.Map;

/**
 * A listing ({@code /<segment>}, paged) and a detail route per collection type, and one {@code /[slug]} route for
 * standard, contact and landing pages. A collection's first {@value #PRERENDERED_PER_COLLECTION} items (its first
 * listing pages) and every top-level page are pre-rendered at build time; any other item, or one created, published
 * or renamed later, renders on its first request and is cached from then on (revalidated by the studio's
 * {@code /api/revalidate} calls); a slug with no item gets the site's 404 page.
 */
final class CollectionWriter {

    static final int PAGE_SIZE = 24;
    /**
     * Detail pages rendered by {@code next build}: a store of 25,000 products would otherwise spend its build writing
     * pages that production re-renders anyway, since it expires build-time pages when it starts.
     */
    static final int PRERENDERED_PER_COLLECTION = 2 * PAGE_SIZE;

    private CollectionWriter() {}

    static void write(SiteFiles files, SiteSpec spec) {
        Map<String, String> segments = SitePaths.segments(spec.model());
        for (ContentTypeDefinition type : spec.model()) {
            String segment = segments.get(type.key());
            if (segment != null) {
                files.add("app/" + segment + "/page.tsx", listing(type, segment));
                files.add("app/" + segment + "/[slug]/page.tsx", detail(type));
                files.route("/" + segment);
                files.route("/" + segment + "/[slug]");
                if (PageLayout.of(type) == PageLayout.EVENT) {
                    files.add("app/" + segment + "/[slug]/calendar.ics/route.ts", calendar(type));
                    files.route("/" + segment + "/[slug]/calendar.ics");
                }
            }
        }
        List<String> topLevel = spec.model().stream()
                .filter(SitePaths::isTopLevel)
                .map(ContentTypeDefinition::key)
                .toList();
        if (!topLevel.isEmpty()) {
            files.add("app/[slug]/page.tsx", topLevelPage(topLevel));
            files.route("/[slug]");
        }
    }

    private static String listing(ContentTypeDefinition type, String segment) {
        return """
                import type { Metadata } from 'next';
                import { CollectionListing } from '@/components/collection-listing';

                const TYPE = %s;
                const TITLE = %s;
                const BASE_PATH = %s;
                const PAGE_SIZE = %d;

                export const metadata: Metadata = { title: TITLE };

                type Params = Record<string, string | string[] | undefined>;

                export default async function Listing({ searchParams }: { searchParams: Promise<Params> }) {
                  const params = await searchParams;
                  return <CollectionListing typeKey={TYPE} title={TITLE} basePath={BASE_PATH} pageSize={PAGE_SIZE} params={params} />;
                }
                """.formatted(
                        Ts.str(type.key()), Ts.str(SitePaths.collectionLabel(type)), Ts.str("/" + segment), PAGE_SIZE);
    }

    /** An iCalendar file per event ({@code /<segment>/<slug>/calendar.ics}), linked from the event's page. */
    private static String calendar(ContentTypeDefinition type) {
        return """
                import { cms } from '@/lib/cms';
                import { pathOf } from '@/lib/cms/paths';
                import { calendarOf } from '@/lib/calendar';
                import { TYPES } from '@/lib/model';

                const TYPE = %s;

                export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
                  const { slug } = await params;
                  const item = await cms.getBySlug(TYPE, slug);
                  const type = TYPES[TYPE];
                  const site = (process.env.SITEWRIGHT_SITE_URL ?? '').replace(/\\/+$/, '');
                  const body = item && type ? await calendarOf(item, type, `${site}${pathOf(TYPE, item.slug) ?? ''}`) : null;
                  if (!item || !body) {
                    return new Response('No such event', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
                  }
                  return new Response(body, {
                    headers: {
                      'Content-Type': 'text/calendar; charset=utf-8',
                      'Content-Disposition': `attachment; filename="${slug.replace(/[^a-z0-9-]/gi, '')}.ics"`,
                    },
                  });
                }
                """.formatted(Ts.str(type.key()));
    }

    private static String detail(ContentTypeDefinition type) {
        return """
                import type { Metadata } from 'next';
                import { notFound } from 'next/navigation';
                import { ItemDetail } from '@/components/item-detail';
                import { cms } from '@/lib/cms';
                import { TYPES } from '@/lib/model';
                import { str } from '@/lib/values';

                const TYPE = %s;
                const PRERENDERED = %d;

                type Props = { params: Promise<{ slug: string }> };

                // The items of the first listing pages are rendered at build time; any other, or one created,
                // published or renamed later, renders on its first request and is cached from then on. A slug with
                // no item is the site's 404 page.
                export const dynamicParams = true;

                export async function generateStaticParams(): Promise<{ slug: string }[]> {
                  const { items } = await cms.listItems({ type: TYPE, page: 0, size: PRERENDERED });
                  return items.flatMap((item) => (item.slug ? [{ slug: item.slug }] : []));
                }

                export async function generateMetadata({ params }: Props): Promise<Metadata> {
                  const { slug } = await params;
                  const item = await cms.getBySlug(TYPE, slug);
                  if (!item) return {};
                  const description = str(item.data.seoDescription) ?? str(item.data.excerpt) ?? str(item.data.summary);
                  return {
                    title: str(item.data.seoTitle) ? { absolute: str(item.data.seoTitle) ?? item.title } : item.title,
                    ...(description ? { description } : {}),
                    ...(item.data.noIndex === true ? { robots: { index: false } } : {}),
                  };
                }

                export default async function Detail({ params }: Props) {
                  const { slug } = await params;
                  const item = await cms.getBySlug(TYPE, slug);
                  const type = TYPES[TYPE];
                  if (!item || !type) notFound();
                  return <ItemDetail item={item} type={type} />;
                }
                """.formatted(Ts.str(type.key()), PRERENDERED_PER_COLLECTION);
    }

    private static String topLevelPage(List<String> types) {
        return """
                import type { Metadata } from 'next';
                import { notFound } from 'next/navigation';
                import { ItemDetail } from '@/components/item-detail';
                import { cms, listAll, type CmsItem } from '@/lib/cms';
                import { TYPES } from '@/lib/model';
                import { str } from '@/lib/values';

                // Standard, contact and landing pages share the top of the site; the studio keeps their slugs apart
                // and away from the collections' routes.
                const PAGE_TYPES: string[] = %s;

                type Props = { params: Promise<{ slug: string }> };

                // As for collections: pages known at build time are rendered then, later ones on first request.
                export const dynamicParams = true;

                export async function generateStaticParams(): Promise<{ slug: string }[]> {
                  const all = await Promise.all(PAGE_TYPES.map((type) => listAll(type)));
                  return all.flat().flatMap((item) => (item.slug ? [{ slug: item.slug }] : []));
                }

                async function pageFor(slug: string): Promise<CmsItem | null> {
                  for (const type of PAGE_TYPES) {
                    const item = await cms.getBySlug(type, slug);
                    if (item) return item;
                  }
                  return null;
                }

                export async function generateMetadata({ params }: Props): Promise<Metadata> {
                  const { slug } = await params;
                  const item = await pageFor(slug);
                  if (!item) return {};
                  const description = str(item.data.seoDescription) ?? str(item.data.summary) ?? str(item.data.intro);
                  return {
                    title: str(item.data.seoTitle) ? { absolute: str(item.data.seoTitle) ?? item.title } : item.title,
                    ...(description ? { description } : {}),
                    ...(item.data.noIndex === true ? { robots: { index: false } } : {}),
                  };
                }

                export default async function Page({ params }: Props) {
                  const { slug } = await params;
                  const item = await pageFor(slug);
                  const type = item ? TYPES[item.type] : undefined;
                  if (!item || !type) notFound();
                  return <ItemDetail item={item} type={type} />;
                }
                """.formatted(Ts.literal(types));
    }
}
