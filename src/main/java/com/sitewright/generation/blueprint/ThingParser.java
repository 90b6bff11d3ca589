package com.sitewright.generation.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the kinds of content a prompt names: "with teacher bios and retreat schedules" gives
 * "teacher bio" and "retreat schedule". Phrases come back singular and lowercase, at most three words,
 * in the order the prompt names them.
 */
final class ThingParser {

    static final int MAX_THINGS = 8;

    /** Words after which a prompt lists what the site should hold. */
    private static final Set<String> TRIGGERS = Set.of(
            "with",
            "featuring",
            "including",
            "includes",
            "include",
            "showing",
            "showcasing",
            "showcase",
            "listing",
            "lists",
            "list",
            "has",
            "have",
            "having",
            "needs",
            "need",
            "offering",
            "offers",
            "plus",
            "containing",
            "contains",
            "covering",
            "highlighting");
    /** Words that start a new list inside a list. */
    private static final Set<String> NESTED = Set.of("with", "featuring", "including", "containing");
    /** Words that qualify the entry before them ("bikes for sale", "tours in English"): skipped up to the next one. */
    private static final Set<String> QUALIFIERS = Set.of("for", "in", "on", "at", "by", "from", "near", "to");
    /** Words that end a list. */
    private static final Set<String> STOPS = Set.of(
            "using", "called", "named", "titled", "that", "which", "where", "so", "please", "built", "powered", "via",
            "based", "located", "who", "when", "while", "but", "because", "like", "than", "is", "are", "was", "be",
            "it", "we", "i", "you", "they", "make", "build", "create", "add", "also", "should", "could", "would", "can",
            "will", "about", "into", "across", "per", "each", "every");

    private static final Set<String> LEADING = Set.of(
            "a",
            "an",
            "the",
            "our",
            "my",
            "their",
            "its",
            "his",
            "her",
            "your",
            "some",
            "all",
            "any",
            "lots",
            "lot",
            "few",
            "several",
            "many",
            "various",
            "plenty",
            "of",
            "full",
            "nice",
            "great",
            "good",
            "simple",
            "detailed",
            "beautiful",
            "upcoming",
            "latest",
            "current",
            "recent",
            "dedicated",
            "separate",
            "own",
            "individual",
            "short",
            "long",
            "new",
            "regular",
            "weekly",
            "monthly",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "twenty",
            "fifty",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "dozen",
            "dozens",
            "million",
            "also",
            "even",
            "more",
            "other",
            "different",
            "page",
            "pages",
            "section",
            "sections",
            "info",
            "information",
            "details",
            "list",
            "listing",
            "overview",
            "gallery",
            "collection",
            "directory",
            "archive");
    /** Nouns that name a feature of the site, not content it holds. */
    static final Set<String> NOT_CONTENT = Set.of(
            "form",
            "button",
            "page",
            "section",
            "feature",
            "look",
            "style",
            "theme",
            "color",
            "colour",
            "font",
            "layout",
            "mode",
            "seo",
            "support",
            "integration",
            "login",
            "account",
            "cart",
            "checkout",
            "search",
            "map",
            "bar",
            "navigation",
            "footer",
            "header",
            "logo",
            "domain",
            "hosting",
            "analytics",
            "booking",
            "signup",
            "sign",
            "newsletter signup",
            "contact",
            "payment",
            "feel",
            "vibe",
            "website",
            "site",
            "homepage",
            "link",
            "widget area",
            "content",
            "stuff",
            "thing",
            "info",
            "information",
            "detail",
            "text",
            "copy",
            "picture",
            "photo",
            "image",
            "ability",
            "option",
            "way",
            "place",
            "space",
            "focus",
            "emphasis",
            "cafe",
            "shop",
            "store",
            "restaurant",
            "kitchen",
            "parking",
            "wifi",
            "toilet",
            "price",
            "pricing",
            "cost",
            "fee",
            "rate",
            "hour",
            "opening hour",
            "opening time",
            "address",
            "location map",
            "phone",
            "email",
            "english",
            "dutch",
            "french",
            "german",
            "spanish",
            "language support",
            "accessibility",
            "dark",
            "light",
            "animation",
            "slider",
            "carousel",
            "lot",
            "love",
            "care",
            "passion",
            "history",
            "story page",
            "about",
            "about page",
            "focus on",
            "menu bar",
            "sidebar",
            "tab",
            "filter",
            "category page",
            "tag",
            "search bar",
            "mobile",
            "desktop",
            "app",
            "cms",
            "adult",
            "kid",
            "child",
            "children",
            "beginner",
            "everyone",
            "family",
            "age",
            "all age",
            "people of all age",
            "customer",
            "visitor",
            "tourist",
            "local",
            "modern design",
            "clean design",
            "responsive design",
            "minimal design",
            "simple design",
            "elegant design",
            "bold design",
            "nice design",
            "great design");

    private static final Pattern NUMBER = Pattern.compile("[-−]?[0-9][0-9,.]*(?:k|m|mn|b|bn)?\\+?");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|\\band\\b|&|\\bplus\\b|\\bor\\b|\\bas well as\\b|\\balong with\\b|\\btogether with\\b)\\s*");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*");

    private ThingParser() {}

    /** @param text lowercase, accent-free, CMS-free prompt text */
    static List<String> things(String text) {
        List<String> tokens = tokens(text);
        LinkedHashSet<String> things = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size() && things.size() < MAX_THINGS; i++) {
            if (!TRIGGERS.contains(tokens.get(i))) {
                continue;
            }
            StringBuilder run = new StringBuilder();
            boolean skipping = false;
            int j = i + 1;
            for (; j < tokens.size(); j++) {
                String token = tokens.get(j);
                if (token.equals(".")
                        || token.equals("(")
                        || token.equals(")")
                        || token.equals("!")
                        || token.equals("?")
                        || token.equals(":")
                        || token.equals(";")
                        || STOPS.contains(token)
                        || NESTED.contains(token)) {
                    break;
                }
                if (token.equals(",") || token.equals("and") || token.equals("&") || token.equals("plus")) {
                    skipping = false;
                } else if (QUALIFIERS.contains(token)) {
                    skipping = true;
                }
                if (!skipping) {
                    run.append(' ').append(token);
                }
            }
            for (String segment : SPLIT.split(run.toString().trim())) {
                String thing = phrase(segment);
                if (thing != null && things.size() < MAX_THINGS) {
                    things.add(thing);
                }
            }
            i = j - 1;
        }
        return List.copyOf(things);
    }

    /** "our 12 teacher bios" -> "teacher bio"; "profiles of our artists" -> "artist profile". */
    static String phrase(String segment) {
        String text = segment.trim().replace("'s ", " ").replace("s' ", "s ");
        int of = text.indexOf(" of ");
        if (of > 0) {
            String head = text.substring(0, of).trim();
            String tail = text.substring(of + 4).trim();
            List<String> headWords = words(head);
            // "a list of vintages" names the vintages; "profiles of our artists" names artist profiles.
            if (!headWords.isEmpty() && LEADING.contains(headWords.getLast())) {
                text = tail;
            } else {
                text = tail + " " + (headWords.isEmpty() ? "" : headWords.getLast());
            }
        }
        List<String> words = words(text);
        while (!words.isEmpty()
                && (LEADING.contains(words.getFirst())
                        || NUMBER.matcher(words.getFirst()).matches())) {
            words.removeFirst();
        }
        words.removeIf(word -> !WORD.matcher(word).matches());
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() > 3) {
            words = new ArrayList<>(words.subList(words.size() - 3, words.size()));
        }
        List<String> singular = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            // "artists profiles": every word of a compound is singular in English.
            singular.add(Blueprint.singular(words.get(k).replaceAll("'+$", "")));
        }
        String phrase = String.join(" ", singular);
        String head = singular.getLast();
        if (NOT_CONTENT.contains(phrase)
                || head.equals("design") && singular.size() == 1
                || NOT_CONTENT.contains(head) && singular.size() == 1
                || NOT_CONTENT.contains(head) && !ThingKind.isContainer(head)) {
            return null;
        }
        return phrase.length() < 3 ? null : phrase;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> tokens(String text) {
        String spaced = text.replaceAll("([;:!?()\"“”])", " $1 ")
                .replaceAll("\\.(\\s|$)", " . ")
                .replaceAll(",(?!\\d{3})", " , ");
        List<String> tokens = new ArrayList<>();
        for (String token : spaced.split("\\s+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
