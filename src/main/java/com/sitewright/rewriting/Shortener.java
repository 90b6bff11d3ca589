package com.sitewright.rewriting;

/**
 * Shortens text without a model: keeps whole sentences when they fit, else whole words with an
 * ellipsis. Text that already fits is left alone.
 */
final class Shortener {

    private Shortener() {}

    static String shorten(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        String head = text.substring(0, maxLength);
        int sentenceEnd = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
        if (head.endsWith(".") || head.endsWith("!") || head.endsWith("?")) {
            sentenceEnd = head.length() - 1;
        }
        if (sentenceEnd >= maxLength / 3) {
            return head.substring(0, sentenceEnd + 1).strip();
        }
        String words = text.substring(0, maxLength - 1);
        int space = words.lastIndexOf(' ');
        String cut = space > 0 ? words.substring(0, space) : words;
        return cut.replaceAll("[\\s,;:–—-]+$", "") + "…";
    }
}
