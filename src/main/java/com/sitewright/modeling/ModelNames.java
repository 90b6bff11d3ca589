package com.sitewright.modeling;

import java.util.Locale;
import java.util.regex.Pattern;

/** Turns what a person calls a type or field ("Menu item", "calories per serving") into a model key. */
public final class ModelNames {

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{Alnum}]+");

    private ModelNames() {}

    /** camelCase letters and digits, starting lower-case: "Menu item" → "menuItem". Empty when nothing is left. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String ascii = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder key = new StringBuilder();
        for (String word : WORD_BREAK.split(ascii)) {
            if (word.isEmpty()) {
                continue;
            }
            boolean first = key.isEmpty();
            // A word already in camelCase ("MenuItem") keeps its inner capitals.
            String head = word.substring(0, 1);
            key.append(first ? head.toLowerCase(Locale.ROOT) : head.toUpperCase(Locale.ROOT))
                    .append(word.substring(1));
        }
        String result = key.toString().replaceFirst("^[0-9]+", "");
        return result.isEmpty() ? "" : Character.toLowerCase(result.charAt(0)) + result.substring(1);
    }

    /** A label for a key: "caloriesPerServing" → "Calories per serving". */
    public static String label(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Whether a person's name for something matches a key or display name, ignoring case, spaces and punctuation. */
    public static boolean matches(String name, String key, String displayName) {
        String wanted = squash(name);
        return !wanted.isEmpty()
                && (wanted.equals(squash(key))
                        || wanted.equals(squash(displayName))
                        || wanted.equals(squash(displayName) + "s")
                        || wanted.equals(squash(key) + "s"));
    }

    private static String squash(String text) {
        return text == null ? "" : WORD_BREAK.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
