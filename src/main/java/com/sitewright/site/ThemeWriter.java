package com.sitewright.site;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/** {@code app/globals.css} (Tailwind 4 plus the theme as CSS variables), {@code lib/site.ts} and the tab icon. */
final class ThemeWriter {

    private ThemeWriter() {}

    static void write(SiteFiles files, SiteSpec spec) {
        SiteTheme theme = spec.theme();
        files.add("lib/site.ts", """
                // Generated from the site's name and theme; the name is data, escaped as a string literal.
                export const SITE_NAME: string = %s;
                export const HEADER_STYLE: string = %s;
                export const CARD_STYLE: string = %s;

                export function siteUrl(): string {
                  return (process.env.SITEWRIGHT_SITE_URL ?? 'http://localhost:3000').replace(/\\/+$/, '');
                }
                """.formatted(
                        Ts.str(spec.siteName()), Ts.str(theme.headerStyle()), Ts.str(theme.cardStyle())));
        String radius = switch (theme.radius()) {
            case "none" -> "0";
            case "small" -> "0.375rem";
            case "large" -> "1.25rem";
            default -> "0.75rem";
        };
        String card = switch (theme.cardStyle()) {
            case "shadow" -> "box-shadow: 0 1px 2px rgb(0 0 0 / 0.06), 0 8px 24px rgb(0 0 0 / 0.08);";
            case "bordered" -> "border: 1px solid color-mix(in srgb, var(--color-foreground) 14%, transparent);";
            default -> "background: var(--color-tint);";
        };
        String header = switch (theme.headerStyle()) {
            case "solid" -> """
                    .site-header { background: var(--color-primary); color: var(--color-background); }
                    """;
            case "centered" -> """
                    .site-header { border-bottom: 1px solid color-mix(in srgb, var(--color-foreground) 12%, transparent); }
                    .site-header-inner { justify-content: center; flex-direction: column; text-align: center; }
                    """;
            default -> """
                    .site-header { border-bottom: 1px solid color-mix(in srgb, var(--color-foreground) 12%, transparent); }
                    .site-header-inner { justify-content: space-between; }
                    """;
        };
        files.add("app/globals.css", """
                @import "tailwindcss";

                @theme {
                  --color-primary: %s;
                  --color-accent: %s;
                  --color-background: %s;
                  --color-foreground: %s;
                  --color-muted: %s;
                  --color-tint: %s;
                  --font-heading: %s;
                  --font-body: %s;
                  --radius-site: %s;
                }

                body {
                  background: var(--color-background);
                  color: var(--color-foreground);
                  font-family: var(--font-body);
                  line-height: 1.6;
                }

                h1, h2, h3 { font-family: var(--font-heading); line-height: 1.2; }

                %s
                .site-header .nav-link:hover { text-decoration: underline; text-underline-offset: 4px; }
                .site-footer { background: var(--color-tint); }

                .card {
                  border-radius: var(--radius-site);
                  background: var(--color-background);
                  %s
                }

                .button-primary, .button-secondary {
                  display: inline-block;
                  border-radius: var(--radius-site);
                  padding: 0.65rem 1.25rem;
                  font-weight: 600;
                }
                .button-primary { background: var(--color-primary); color: var(--color-background); }
                .button-secondary { border: 2px solid var(--color-primary); color: var(--color-primary); }

                .home-intro { background: linear-gradient(135deg, color-mix(in srgb, var(--color-primary) 10%%, var(--color-background)), var(--color-background)); }

                .image-placeholder {
                  display: flex;
                  align-items: flex-end;
                  width: 100%%;
                  border-radius: var(--radius-site);
                  padding: 1rem;
                  color: var(--color-foreground);
                  font-size: 0.875rem;
                  background: linear-gradient(135deg, color-mix(in srgb, var(--color-primary) 18%%, var(--color-background)),
                    color-mix(in srgb, var(--color-accent) 18%%, var(--color-background)));
                  overflow: hidden;
                }

                .rich-text > * + * { margin-top: 1rem; }
                .rich-text h2 { font-size: 1.5rem; font-weight: 600; margin-top: 2rem; }
                .rich-text h3 { font-size: 1.25rem; font-weight: 600; margin-top: 1.5rem; }
                .rich-text ul { list-style: disc; padding-left: 1.5rem; }

                section[data-tone="warning"] { background: #fef3c7; }
                section[data-tone="promo"], section[data-theme="brand"] { background: var(--color-accent); color: var(--color-foreground); }
                section[data-theme="dark"] { background: var(--color-foreground); color: var(--color-background); }
                section:is([data-tone="promo"], [data-theme="brand"], [data-theme="dark"]) :is(.text-muted, .opacity-80) {
                  color: inherit;
                  opacity: 1;
                }
                section[data-alignment="center"] { text-align: center; }
                section[data-alignment="right"] { text-align: right; }
                """.formatted(
                        theme.primary(),
                        theme.accent(),
                        theme.background(),
                        theme.text(),
                        theme.muted(),
                        theme.tint(),
                        theme.headingFont(),
                        theme.bodyFont(),
                        radius,
                        header.strip(),
                        card));
        files.add("app/icon.svg", icon(spec.siteName(), theme));
    }

    /**
     * The browser tab's icon: the name's first letter in the page colour on the brand colour, the pair the solid
     * header uses. Without one, every page load asks for a {@code /favicon.ico} that answers 404.
     */
    static String icon(String siteName, SiteTheme theme) {
        String initial = siteName.codePoints()
                .filter(Character::isLetterOrDigit)
                .limit(1)
                .mapToObj(Character::toString)
                .findFirst()
                .orElse("")
                .toUpperCase(Locale.ROOT);
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">\
                <rect width="64" height="64" rx="14" fill="%s"/>\
                <text x="32" y="44" text-anchor="middle" font-size="36" font-weight="700" font-family="%s" fill="%s">%s</text>\
                </svg>
                """.formatted(
                        theme.primary(),
                        HtmlUtils.htmlEscape(theme.headingFont(), "UTF-8"),
                        theme.background(),
                        HtmlUtils.htmlEscape(initial, "UTF-8"));
    }
}
