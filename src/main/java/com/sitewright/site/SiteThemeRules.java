package com.sitewright.site;

import com.sitewright.llm.ThemeDesign;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a site theme must meet to be readable, and how the model's design becomes a theme. */
final class SiteThemeRules {

    /** WCAG AA for body text, which sits on the background, on primary buttons and headers, and on accent bands. */
    private static final double TEXT_CONTRAST = 4.5;

    private SiteThemeRules() {}

    /** What makes a theme unreadable on the generated site: too little contrast where text sits on a colour. */
    static List<String> problems(ThemeDesign design) {
        List<String> problems = new ArrayList<>();
        problems.addAll(contrastProblems(design.primary(), design.accent(), design.background(), design.text()));
        if (problems.isEmpty()) {
            try {
                toTheme(design);
            } catch (RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Each colour pair of the site that text is read on and falls below WCAG AA, with its ratio and the nearest
     * colour that would pass; every pair is checked against the colour the person or the model did not ask to move.
     */
    static List<String> contrastProblems(String primary, String accent, String background, String text) {
        List<String> problems = new ArrayList<>();
        contrast(problems, "text", text, "background", background);
        contrast(problems, "primary", primary, "background", background);
        contrast(problems, "accent", accent, "text", text);
        return problems;
    }

    private static void contrast(List<String> problems, String name, String colour, String otherName, String other) {
        String first = colour.toLowerCase(Locale.ROOT);
        String second = other.toLowerCase(Locale.ROOT);
        if (!first.matches("#[0-9a-f]{6}") || !second.matches("#[0-9a-f]{6}")) {
            return;
        }
        double ratio = SiteColours.contrast(first, second);
        if (ratio < TEXT_CONTRAST) {
            problems.add(String.format(
                    Locale.ROOT,
                    "%s %s against %s %s has a contrast of %.1f:1; it needs at least %.1f:1 (%s would do)",
                    name,
                    first,
                    otherName,
                    second,
                    ratio,
                    TEXT_CONTRAST,
                    SiteColours.readableOn(first, second, TEXT_CONTRAST + 0.1)));
        }
    }

    static SiteTheme toTheme(ThemeDesign design) {
        return new SiteTheme(
                design.primary().toLowerCase(Locale.ROOT),
                design.accent().toLowerCase(Locale.ROOT),
                design.background().toLowerCase(Locale.ROOT),
                design.text().toLowerCase(Locale.ROOT),
                SiteFonts.stack(design.headingFont()),
                SiteFonts.stack(design.bodyFont()),
                design.headerStyle(),
                design.cardStyle(),
                design.radius());
    }
}
