// Rich text is HTML limited to p/h2/h3/ul/li/strong/em. Everything is escaped first; only those
// tags, bare (no attributes), are turned back into markup, so nothing else can reach the page.
const ALLOWED = /&lt;(\/?)(p|h2|h3|ul|li|strong|em)&gt;/g;

// Rich text sits under the page's h1 or a section's h2. Its headings move up together until the first is an h2,
// and none is more than one level below the one before it: screen-reader users move through a page by its
// headings, and a skipped level reads as missing content.
export function sanitizeRichText(html: string): string {
  const escaped = html
    .replace(/&(?!(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  const markup = escaped.replace(ALLOWED, (_match, slash: string, tag: string) => `<${slash}${tag}>`);
  const first = /<h([23])>/.exec(markup);
  const shift = first ? Number(first[1]) - 2 : 0;
  let previous = 1;
  let open = 0;
  return markup.replace(/<(\/?)h([23])>/g, (_match, slash: string, digit: string) => {
    if (slash) return `</h${open || digit}>`;
    open = Math.min(Math.max(2, Number(digit) - shift), previous + 1);
    previous = open;
    return `<h${open}>`;
  });
}
