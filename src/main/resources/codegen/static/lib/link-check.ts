import { cms, listAll } from '@/lib/cms';
import { COLLECTIONS, ROUTES, TOP_LEVEL } from '@/lib/cms/paths';
import { TYPES } from '@/lib/model';
import { str } from '@/lib/values';

// Paths the site answers without content behind them.
const FIXED = new Set(['/', '/sitemap.xml', '/robots.txt']);

/** Whether the site has a page at an internal path (query and fragment ignored). */
export async function routeExists(href: string): Promise<boolean> {
  const path = href.replace(/[?#].*$/, '') || '/';
  if (FIXED.has(path)) return true;
  const parts = path.split('/').slice(1);
  if (parts.some((part) => part.length === 0)) return false;
  let segments: string[];
  try {
    segments = parts.map((part) => decodeURIComponent(part));
  } catch {
    return false;
  }
  if (segments.length === 1) {
    if (COLLECTIONS.some((collection) => collection.path === path)) return true;
    for (const type of TOP_LEVEL) {
      if (await cms.getBySlug(type, segments[0])) return true;
    }
    return false;
  }
  if (segments.length === 2) {
    const type = Object.keys(ROUTES).find((key) => ROUTES[key] === `/${parts[0]}`);
    return type ? (await cms.getBySlug(type, segments[1])) !== null : false;
  }
  return false;
}

function internal(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

async function deadLinks(): Promise<string[]> {
  const dead: string[] = [];
  for (const type of Object.values(TYPES)) {
    const urlFields = type.fields.filter((field) => field.type === 'url');
    if (urlFields.length === 0) continue;
    for (const item of await listAll(type.key)) {
      for (const field of urlFields) {
        const href = str(item.data[field.key]);
        if (href && internal(href) && !(await routeExists(href))) {
          dead.push(`${href} (${type.displayName} "${item.title}", ${field.label})`);
        }
      }
    }
  }
  return dead;
}

let check: Promise<void> | null = null;

// During `next build` every internal link the content holds (menus, buttons, banners) must lead to a page of
// this site; the build fails naming the ones that do not. Menu links to pages are references and need no check.
export function checkLinksAtBuild(): Promise<void> {
  if (process.env.NEXT_PHASE !== 'phase-production-build') return Promise.resolve();
  check ??= deadLinks().then((dead) => {
    if (dead.length > 0) {
      throw new Error(
        `Dead internal links: ${dead.length} link(s) lead to no page of this site:\n  ${dead.join('\n  ')}\n` +
          'Point them at an existing page or listing, or use a full https:// address for another site.',
      );
    }
  });
  return check;
}
