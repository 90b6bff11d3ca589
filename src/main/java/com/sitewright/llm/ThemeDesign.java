package com.sitewright.llm;

/**
 * A site's look as the model chose it: colours as {@code #rrggbb}, fonts and layout choices by the names in its
 * {@link ThemeRequest}.
 */
public record ThemeDesign(
        String primary,
        String accent,
        String background,
        String text,
        String headingFont,
        String bodyFont,
        String headerStyle,
        String cardStyle,
        String radius) {}
