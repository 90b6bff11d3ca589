package com.sitewright.generation.blueprint;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a raw prompt into plain words: markup, scripts and control characters are removed. */
final class PromptText {

    private static final Pattern SCRIPT_OR_STYLE =
            Pattern.compile("(?is)<(script|style|iframe|object|template|noscript)\\b[^>]*>.*?(</\\1\\s*>|\\z)");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|\\z)");
    private static final Pattern TAG = Pattern.compile("(?s)</?[a-zA-Z!/?][^<>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?[0-9a-fA-F]{1,6});");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** CMS product names, removed before reading the business from the prompt ("Optimizely SaaS" is no SaaS). */
    private static final Pattern CMS_NAMES = Pattern.compile(
            "(?i)\\b(?:optimizely(?:\\s+(?:saas|cms|content\\s+cloud|content\\s+management|one|graph|platform))*"
                    + "|contentful(?:\\s+(?:cms|platform))?|sanity(?:\\.io)?(?:\\s+(?:cms|studio))?"
                    + "|(?:saas|headless)\\s+cms|cms)\\b");

    private PromptText() {}

    static String clean(String prompt) {
        String text = SCRIPT_OR_STYLE.matcher(prompt).replaceAll(" ");
        text = COMMENT.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = decodeEntities(text);
        // Decoded entities may spell tags again; angle brackets never belong in a name.
        text = TAG.matcher(text).replaceAll(" ").replace('<', ' ').replace('>', ' ');
        text = CONTROL.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Text with the CMS names removed, still in its original case. */
    static String withoutCms(String cleanText) {
        return SPACES.matcher(CMS_NAMES.matcher(cleanText).replaceAll(" "))
                .replaceAll(" ")
                .trim();
    }

    /** Lowercase, accent-free, CMS-free text for keyword matching. */
    static String forMatching(String cleanText) {
        String folded = MARKS.matcher(Normalizer.normalize(withoutCms(cleanText), Normalizer.Form.NFD))
                .replaceAll("");
        return folded.toLowerCase(Locale.ROOT);
    }

    /** The form the seed is computed from: case and spacing do not change the site. */
    static String normalized(String cleanText) {
        return SPACES.matcher(cleanText.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .trim();
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        String decoded = NUMERIC_ENTITY.matcher(text).replaceAll(m -> {
            String code = m.group(1);
            try {
                int cp = code.startsWith("x") || code.startsWith("X")
                        ? Integer.parseInt(code.substring(1), 16)
                        : Integer.parseInt(code);
                return Character.isValidCodePoint(cp) ? Matcher.quoteReplacement(Character.toString(cp)) : " ";
            } catch (NumberFormatException e) {
                return " ";
            }
        });
        return decoded.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
