package com.sitewright.site;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The look of a generated site: colours (hex), font stacks from {@link #FONT_STACKS} (system fonts
 * only, so a build never downloads fonts) and a few layout choices.
 */
public record SiteTheme(
        String primary,
        String accent,
        String background,
        String text,
        String headingFont,
        String bodyFont,
        String headerStyle,
        String cardStyle,
        String radius) {

    public static final List<String> FONT_STACKS = List.of(
            "ui-sans-serif, system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif",
            "ui-serif, Georgia, Cambria, \"Times New Roman\", Times, serif",
            "\"Iowan Old Style\", \"Palatino Linotype\", Palatino, \"Book Antiqua\", Georgia, serif",
            "ui-rounded, \"SF Pro Rounded\", \"Hiragino Maru Gothic ProN\", \"Arial Rounded MT Bold\", system-ui, sans-serif",
            "Avenir, Montserrat, Corbel, \"URW Gothic\", source-sans-pro, sans-serif",
            "Seravek, \"Gill Sans Nova\", Ubuntu, Calibri, \"DejaVu Sans\", source-sans-pro, sans-serif",
            "ui-monospace, \"Cascadia Code\", \"Source Code Pro\", Menlo, Consolas, \"DejaVu Sans Mono\", monospace");
    public static final List<String> HEADER_STYLES = List.of("solid", "light", "centered");
    public static final List<String> CARD_STYLES = List.of("shadow", "bordered", "flat");
    public static final List<String> RADII = List.of("none", "small", "medium", "large");

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** A little above WCAG AA's 4.5:1, so rounding in a browser's colour mixing never drops below it. */
    private static final double MUTED_CONTRAST = 4.8;

    public SiteTheme {
        for (String colour : new String[] {primary, accent, background, text}) {
            if (colour == null || !HEX.matcher(colour).matches()) {
                throw new IllegalArgumentException("Colours must be #rrggbb: " + colour);
            }
        }
        requireOneOf(headingFont, FONT_STACKS, "headingFont");
        requireOneOf(bodyFont, FONT_STACKS, "bodyFont");
        requireOneOf(headerStyle, HEADER_STYLES, "headerStyle");
        requireOneOf(cardStyle, CARD_STYLES, "cardStyle");
        requireOneOf(radius, RADII, "radius");
    }

    /** The faint backdrop of the footer and of flat cards: the primary colour at 8% over the background. */
    public String tint() {
        return SiteColours.mix(primary, background, 0.08);
    }

    /**
     * Secondary text (captions, counts, the footer's small print): the text colour faded toward the background only
     * as far as it still reads on both the background and the tint, which a fixed opacity cannot promise.
     */
    public String muted() {
        for (int percent = 70; percent < 100; percent += 5) {
            String candidate = SiteColours.mix(text, background, percent / 100.0);
            if (SiteColours.contrast(candidate, background) >= MUTED_CONTRAST
                    && SiteColours.contrast(candidate, tint()) >= MUTED_CONTRAST) {
                return candidate;
            }
        }
        return text;
    }

    private static void requireOneOf(String value, List<String> allowed, String name) {
        if (!allowed.contains(Objects.requireNonNull(value, name))) {
            throw new IllegalArgumentException(name + " must be one of " + allowed + ": " + value);
        }
    }

    /** Hand-picked palettes per industry; the seed picks one palette and the layout choices. */
    public static SiteTheme defaultFor(@Nullable String industry, long seed) {
        String key = industry == null
                ? "GENERIC"
                : industry.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        String[][] palettes = switch (key) {
            case "COFFEE_SHOP" ->
                new String[][] {
                    {"#6f4e37", "#c8815a", "#fbf7f2", "#2b211b"}, {"#3e2c23", "#d4a373", "#fefae0", "#1f1a17"}
                };
            case "RESTAURANT" ->
                new String[][] {
                    {"#8c2f39", "#e0a458", "#fffaf3", "#231f20"}, {"#264653", "#e76f51", "#fdf8f1", "#1d2a30"}
                };
            case "ECOMMERCE" ->
                new String[][] {
                    {"#1f2937", "#f97316", "#ffffff", "#111827"}, {"#312e81", "#ec4899", "#fafaff", "#1e1b4b"}
                };
            case "BLOG" ->
                new String[][] {
                    {"#111827", "#f87171", "#fffdf8", "#1f2937"}, {"#1e3a5f", "#f59e0b", "#fbfbf9", "#0f172a"}
                };
            case "LAW_FIRM" ->
                new String[][] {
                    {"#1e3a5f", "#b08d57", "#f8f7f4", "#1b2430"}, {"#2d3142", "#b08d57", "#fafafa", "#1c1c1c"}
                };
            case "REAL_ESTATE" ->
                new String[][] {
                    {"#0f766e", "#f59e0b", "#f8fafc", "#0f172a"}, {"#1d4ed8", "#10b981", "#ffffff", "#111827"}
                };
            case "SAAS" ->
                new String[][] {
                    {"#4f46e5", "#06b6d4", "#ffffff", "#0f172a"}, {"#7c3aed", "#22c55e", "#fcfcff", "#111827"}
                };
            case "HOTEL" ->
                new String[][] {
                    {"#2f3e46", "#c9a227", "#fbf9f4", "#1f2421"}, {"#5a3e36", "#a3b18a", "#faf7f2", "#2a2420"}
                };
            default ->
                new String[][] {
                    {"#2563eb", "#f59e0b", "#ffffff", "#111827"}, {"#0e7490", "#f43f5e", "#f9fafb", "#0f172a"}
                };
        };
        int[][] fontPairs = switch (key) {
            case "COFFEE_SHOP", "RESTAURANT", "HOTEL" -> new int[][] {{1, 0}, {2, 5}};
            case "LAW_FIRM", "BLOG" -> new int[][] {{2, 0}, {1, 5}};
            case "SAAS" -> new int[][] {{4, 0}, {0, 0}};
            default -> new int[][] {{4, 5}, {3, 0}};
        };
        Random random = new Random(seed ^ key.hashCode());
        String[] palette = palettes[random.nextInt(palettes.length)];
        int[] fonts = fontPairs[random.nextInt(fontPairs.length)];
        return new SiteTheme(
                palette[0],
                palette[1],
                palette[2],
                palette[3],
                FONT_STACKS.get(fonts[0]),
                FONT_STACKS.get(fonts[1]),
                HEADER_STYLES.get(random.nextInt(HEADER_STYLES.size())),
                CARD_STYLES.get(random.nextInt(CARD_STYLES.size())),
                RADII.get(1 + random.nextInt(RADII.size() - 1)));
    }
}
