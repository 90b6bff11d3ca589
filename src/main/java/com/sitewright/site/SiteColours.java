package com.sitewright.site;

import com.sitewright.base.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a colour as people write it: {@code #2f6b4f}, {@code #fa0} or a common CSS colour name. */
public final class SiteColours {

    private static final Pattern LONG = Pattern.compile("#?[0-9a-fA-F]{6}");
    private static final Pattern SHORT = Pattern.compile("#?[0-9a-fA-F]{3}");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("black", "#000000"),
            Map.entry("white", "#ffffff"),
            Map.entry("red", "#dc2626"),
            Map.entry("crimson", "#b91c1c"),
            Map.entry("orange", "#f97316"),
            Map.entry("amber", "#f59e0b"),
            Map.entry("yellow", "#facc15"),
            Map.entry("gold", "#c9a227"),
            Map.entry("green", "#16a34a"),
            Map.entry("forest green", "#166534"),
            Map.entry("olive", "#6b7a2a"),
            Map.entry("teal", "#0f766e"),
            Map.entry("cyan", "#06b6d4"),
            Map.entry("blue", "#2563eb"),
            Map.entry("navy", "#1e3a5f"),
            Map.entry("indigo", "#4f46e5"),
            Map.entry("purple", "#7c3aed"),
            Map.entry("violet", "#8b5cf6"),
            Map.entry("pink", "#ec4899"),
            Map.entry("rose", "#e11d48"),
            Map.entry("brown", "#6f4e37"),
            Map.entry("coffee", "#6f4e37"),
            Map.entry("espresso", "#3e2c23"),
            Map.entry("beige", "#f5f0e6"),
            Map.entry("cream", "#fbf7f2"),
            Map.entry("ivory", "#fffff0"),
            Map.entry("grey", "#6b7280"),
            Map.entry("gray", "#6b7280"),
            Map.entry("charcoal", "#1f2937"),
            Map.entry("slate", "#334155"));

    private SiteColours() {}

    public static String parse(String colour) {
        String text = colour.strip().toLowerCase(Locale.ROOT);
        if (LONG.matcher(text).matches()) {
            return text.startsWith("#") ? text : "#" + text;
        }
        if (SHORT.matcher(text).matches()) {
            String digits = text.replace("#", "");
            StringBuilder hex = new StringBuilder("#");
            digits.chars().forEach(c -> hex.append((char) c).append((char) c));
            return hex.toString();
        }
        String named = NAMED.get(text);
        if (named == null) {
            throw new InvalidInputException("\"" + colour + "\" is not a colour the studio knows; use a hex value "
                    + "such as #2f6b4f or a common name such as teal or navy.");
        }
        return named;
    }

    /** The WCAG contrast ratio of two {@code #rrggbb} colours, from 1 (none) to 21 (black on white). */
    public static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** {@code first} laid over {@code second} at the given weight (0 to 1), as CSS opacity or colour-mix does. */
    public static String mix(String first, String second, double weight) {
        int a = Integer.parseInt(first.substring(1), 16);
        int b = Integer.parseInt(second.substring(1), 16);
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double channel = ((a >> shift) & 0xff) * weight + ((b >> shift) & 0xff) * (1 - weight);
            rgb |= (int) Math.round(channel) << shift;
        }
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /**
     * The colour nearest to {@code colour} that reads on {@code background} with at least {@code minimum}:1,
     * moving it toward black or white, whichever the background leaves more room for; itself when it already does.
     */
    public static String readableOn(String colour, String background, double minimum) {
        if (contrast(colour, background) >= minimum) {
            return colour;
        }
        String end = contrast("#000000", background) >= contrast("#ffffff", background) ? "#000000" : "#ffffff";
        for (int step = 1; step <= 20; step++) {
            String candidate = mix(end, colour, step / 20.0);
            if (contrast(candidate, background) >= minimum) {
                return candidate;
            }
        }
        return end;
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
