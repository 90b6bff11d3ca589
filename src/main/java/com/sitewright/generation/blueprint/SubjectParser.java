package com.sitewright.generation.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads what kind of business a prompt is about ("dog grooming salon") when no industry matched. */
final class SubjectParser {

    private static final Set<String> DETERMINERS = Set.of("my", "our", "a", "an", "the", "his", "her", "their", "your");
    private static final Set<String> SITE_WORDS = Set.of(
            "website",
            "websites",
            "site",
            "sites",
            "homepage",
            "webpage",
            "web",
            "page",
            "pages",
            "landing",
            "online",
            "presence",
            "portal");
    private static final Set<String> STOPS = Set.of(
            "using",
            "with",
            "in",
            "on",
            "that",
            "which",
            "who",
            "where",
            "called",
            "named",
            "titled",
            "and",
            "to",
            "for",
            "please",
            "featuring",
            "selling",
            "offering",
            "based",
            "located",
            "near",
            "at",
            "from",
            "of",
            "by",
            "built",
            "powered",
            "including",
            "has",
            "have",
            "is",
            "are",
            "wants",
            "want",
            "needs",
            "need",
            "looking",
            "would",
            "requires",
            "asking",
            "showing",
            "plus",
            "but",
            "so",
            "whose",
            "also",
            "sells",
            "sell",
            "serves",
            "serving",
            "offers",
            "does",
            "do",
            "makes",
            "runs",
            "just",
            "recently",
            "will",
            "can",
            "should",
            "needing");
    private static final Set<String> VERBS = Set.of(
            "build",
            "make",
            "create",
            "design",
            "generate",
            "need",
            "want",
            "me",
            "us",
            "i",
            "we",
            "please",
            "new",
            "setup",
            "set",
            "up",
            "give",
            "get",
            "write",
            "draft",
            "start",
            "launch",
            "develop",
            "code",
            "hi",
            "hello",
            "hey",
            "i'd",
            "we'd",
            "let's",
            "lets",
            "help",
            "can",
            "could",
            "would",
            "do",
            "put",
            "spin",
            "whip",
            "knock",
            "i'm",
            "we're",
            "im");

    private SubjectParser() {}

    /** @param text lowercase, CMS-free prompt text */
    static String subject(String text) {
        List<String> tokens = tokens(text);
        String fromSiteWord = beforeSiteWord(tokens);
        if (fromSiteWord != null) {
            return fromSiteWord;
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String t = tokens.get(i);
            if ((t.equals("for") || t.equals("about"))
                    && (DETERMINERS.contains(tokens.get(i + 1))
                            || tokens.get(i + 1).matches("\\p{L}+'s"))) {
                String run = run(tokens, i + 2);
                if (run != null) {
                    return run;
                }
            }
        }
        // "Climbing gym website with ..." was read above; "Climbing gym that sells coffee, ..." is read here.
        if (!tokens.isEmpty()
                && !VERBS.contains(tokens.getFirst())
                && !DETERMINERS.contains(tokens.getFirst())
                && !SITE_WORDS.contains(tokens.getFirst())) {
            String run = run(tokens, 0);
            // Only when something follows it: a prompt of two unknown words ("asdf qwerty") names no business.
            if (run != null && run.split(" ").length < tokens.size()) {
                return run;
            }
        }
        // "We run a climbing gym ...", "A yoga retreat in the Alps wants ...".
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean opening = i == 0 || OWNING.contains(tokens.get(i - 1));
            if (opening && DETERMINERS.contains(tokens.get(i)) && !VERBS.contains(tokens.get(i + 1))) {
                String run = run(tokens, i + 1);
                if (run != null && !SITE_WORDS.contains(run)) {
                    return run;
                }
            }
        }
        return Industry.GENERIC.subject();
    }

    private static final Set<String> OWNING = Set.of(
            "run",
            "own",
            "have",
            "manage",
            "i'm",
            "we're",
            "am",
            "are",
            "opened",
            "opening",
            "started",
            "starting",
            "for",
            ".");

    /** "a bike repair shop website" -> "bike repair shop". */
    private static String beforeSiteWord(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!SITE_WORDS.contains(tokens.get(i)) || SITE_WORDS.contains(tokens.get(i - 1))) {
                continue;
            }
            // "online" before a noun describes the business ("an outdoor gear online store"), it is not the site.
            if (tokens.get(i).equals("online")
                    && i + 1 < tokens.size()
                    && isWord(tokens.get(i + 1))
                    && !SITE_WORDS.contains(tokens.get(i + 1))
                    && !STOPS.contains(tokens.get(i + 1))) {
                continue;
            }
            int start = i;
            while (start > 0
                    && isWord(tokens.get(start - 1))
                    && !STOPS.contains(tokens.get(start - 1))
                    && !DETERMINERS.contains(tokens.get(start - 1))
                    && !VERBS.contains(tokens.get(start - 1))) {
                start--;
            }
            if (start < i) {
                return cap(tokens.subList(start, i));
            }
        }
        return null;
    }

    private static String run(List<String> tokens, int from) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!isWord(t) || STOPS.contains(t)) {
                break;
            }
            if (!SITE_WORDS.contains(t)) {
                words.add(t);
            }
        }
        return words.isEmpty() ? null : cap(words);
    }

    private static String cap(List<String> words) {
        List<String> kept = words.size() > 5 ? words.subList(words.size() - 5, words.size()) : words;
        String subject =
                String.join(" ", kept).replaceAll("[^\\p{L}\\p{N}' &-]", "").trim();
        return subject.length() > 50 ? Text.truncate(subject, 50) : subject;
    }

    private static boolean isWord(String token) {
        return !token.isEmpty()
                && token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
                && Character.isLetter(token.charAt(0));
    }

    private static List<String> tokens(String text) {
        // Punctuation becomes its own token so runs stop at it.
        String spaced = text.replaceAll("([,.;:!?()\"“”])", " . ");
        List<String> tokens = new ArrayList<>();
        for (String token : spaced.split("\\s+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
