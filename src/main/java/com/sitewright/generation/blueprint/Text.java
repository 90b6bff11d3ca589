package com.sitewright.generation.blueprint;

import java.util.Locale;

/** Small string helpers for generated copy. */
final class Text {

    private Text() {}

    /** Cuts at a word boundary so the result has at most max characters. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        String head = cut > max / 2 ? text.substring(0, cut) : text.substring(0, max);
        return stripTrailing(head);
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && ",;:-–—&(|".indexOf(text.charAt(end - 1)) >= 0 || end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    static String html(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    static String withArticle(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        char first = Character.toLowerCase(noun.charAt(0));
        return ("aeiou".indexOf(first) >= 0 ? "an " : "a ") + noun;
    }

    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }

    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean minor = !start
                    && (word.equals("and")
                            || word.equals("of")
                            || word.equals("the")
                            || word.equals("for")
                            || word.equals("a")
                            || word.equals("an")
                            || word.equals("in"));
            out.append(minor ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
            start = false;
        }
        return out.toString();
    }

    /** "seoTitle" -> "SEO title", "menuItem" -> "Menu item". */
    static String labelOf(String key) {
        String words = humanWords(key);
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** "menuItem" -> "Menu Item", "faqSection" -> "FAQ Section". */
    static String displayNameOf(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : humanWords(key).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(
                    Character.isUpperCase(word.charAt(0))
                            ? word
                            : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return out.toString();
    }

    private static String humanWords(String key) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= key.length(); i++) {
            char c = i < key.length() ? key.charAt(i) : ' ';
            if (Character.isUpperCase(c) || c == ' ') {
                appendWord(out, word.toString());
                word.setLength(0);
            }
            if (c != ' ') {
                word.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word) {
        if (word.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(
                switch (word) {
                    case "seo", "url", "faq", "id", "api", "sku", "cta" -> word.toUpperCase(Locale.ROOT);
                    default -> word;
                });
    }
}
