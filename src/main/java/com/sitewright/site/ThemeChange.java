package com.sitewright.site;

/**
 * The parts of a site's theme a person wants changed; {@code null} keeps the current value. Colours are
 * {@code #rrggbb}, {@code #rgb} or a CSS colour name; fonts are named by style (see {@link SiteFonts#NAMES}).
 */
public record ThemeChange(
        String primary,
        String accent,
        String background,
        String text,
        String headingFont,
        String bodyFont,
        String headerStyle,
        String cardStyle,
        String radius) {

    public boolean isEmpty() {
        return primary == null
                && accent == null
                && background == null
                && text == null
                && headingFont == null
                && bodyFont == null
                && headerStyle == null
                && cardStyle == null
                && radius == null;
    }
}
