package com.sitewright.generation.blueprint;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lowercase kebab-case ASCII, at most {@value #MAX_LENGTH} characters. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 96;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** Kebab-case form of the text; may be empty when the text has no letters or digits. */
    public static String slugify(String text) {
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = folded.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("'", "")
                .replace("’", "");
        String slug = NON_ALNUM.matcher(lower).replaceAll("-");
        return trimHyphens(slug);
    }

    /**
     * Slug for the item at {@code index}; over-long slugs end in the index so that cutting
     * them cannot make two items share one.
     */
    static String forItem(String title, int index) {
        String slug = slugify(title);
        if (slug.isEmpty()) {
            return "item-" + (index + 1);
        }
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String suffix = "-" + (index + 1);
        String cut = trimHyphens(slug.substring(0, MAX_LENGTH - suffix.length()));
        return cut + suffix;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
