// Rich text is HTML limited to p/h2/h3/ul/li/strong/em. Everything is escaped first; only those
// tags, bare (no attributes), are turned back into markup, so nothing else can reach the page.
const ALLOWED = /&lt;(\/?)(p|h2|h3|ul|li|strong|em)&gt;/g;

export function sanitizeRichText(html: string): string {
  const escaped = html
    .replace(/&(?!(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return escaped.replace(ALLOWED, (_match, slash: string, tag: string) => `<${slash}${tag}>`);
}
