import { cms, first, resolve } from '@/lib/cms';
import { pathOf } from '@/lib/cms/paths';
import { list, record, safeHref, str } from '@/lib/values';

export interface NavLink {
  label: string;
  href: string;
}

// Menus come from the CMS: site settings name the header and footer menus; without them the
// first menu placed in that spot is used.
export async function navigation(placement: 'header' | 'footer'): Promise<NavLink[]> {
  try {
    const settings = await first('siteSettings');
    const menuId = str(settings?.data[placement === 'header' ? 'primaryNavigation' : 'footerNavigation']);
    let menu = menuId ? await cms.getItem(menuId) : null;
    if (!menu) {
      const menus = await cms.listItems({ type: 'navigation', size: 20 });
      menu = menus.items.find((item) => item.data.placement === placement) ?? null;
    }
    const links = await resolve(menu?.data.links);
    const resolved = await Promise.all(links.map(async (link) => {
      const label = str(link.data.label) ?? link.title;
      // A link to a page follows the page (and disappears with it); otherwise its URL is used.
      const pageId = str(link.data.page);
      if (pageId) {
        const page = await cms.getItem(pageId);
        const href = page ? pathOf(page.type, page.slug) : null;
        return href ? [{ label, href }] : [];
      }
      const href = safeHref(link.data.url);
      return href ? [{ label, href }] : [];
    }));
    return resolved.flat();
  } catch {
    return [];
  }
}

export interface SiteSettings {
  siteName: string | null;
  tagline: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  social: NavLink[];
  seoTitle: string | null;
  seoDescription: string | null;
}

export async function siteSettings(): Promise<SiteSettings> {
  const settings = await first('siteSettings');
  const data = settings?.data ?? {};
  const social = Object.entries(record(data.socialLinks) ?? {}).flatMap(([label, url]) => {
    const href = safeHref(url);
    return href && href.startsWith('http') ? [{ label: label.charAt(0).toUpperCase() + label.slice(1), href }] : [];
  });
  return {
    siteName: str(data.siteName),
    tagline: str(data.tagline),
    email: str(data.contactEmail),
    phone: str(data.phone),
    address: str(data.address),
    social,
    seoTitle: str(data.defaultSeoTitle),
    seoDescription: str(data.defaultSeoDescription),
  };
}

export function hasLinks(value: unknown): boolean {
  return list(value).length > 0;
}
