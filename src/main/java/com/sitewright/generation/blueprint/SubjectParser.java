package com.sitewright.generation.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads what kind of business a prompt is about ("dog grooming salon") when no industry matched. */
final class SubjectParser {

    private static final Set<String> DETERMINERS = Set.of("my", "our", "a", "an", "the", "his", "her", "their", "your");
    private static final Set<String> SITE_WORDS = Set.of("website", "websites", "site", "sites", "homepage", "webpage",
            "web", "page", "pages", "landing", "online", "presence", "portal");
    private static final Set<String> STOPS = Set.of("using", "with", "in", "on", "that", "which", "who", "where",
            "called", "named", "titled", "and", "to", "for", "please", "featuring", "selling", "offering", "based",
            "located", "near", "at", "from", "of", "by", "built", "powered", "including", "has", "have", "is", "are");
    private static final Set<String> VERBS = Set.of("build", "make", "create", "design", "generate", "need", "want",
            "me", "us", "i", "we", "please", "new", "setup", "set", "up", "give", "get", "write", "draft");

    private SubjectParser() {
    }

    /** @param text lowercase, CMS-free prompt text */
    static String subject(String text) {
        List<String> tokens = tokens(text);
        String fromSiteWord = beforeSiteWord(tokens);
        if (fromSiteWord != null) {
            return fromSiteWord;
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String t = tokens.get(i);
            if ((t.equals("for") || t.equals("about")) && DETERMINERS.contains(tokens.get(i + 1))) {
                String run = run(tokens, i + 2);
                if (run != null) {
                    return run;
                }
            }
        }
        return Industry.GENERIC.subject();
    }

    /** "a bike repair shop website" -> "bike repair shop". */
    private static String beforeSiteWord(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!SITE_WORDS.contains(tokens.get(i)) || SITE_WORDS.contains(tokens.get(i - 1))) {
                continue;
            }
            int start = i;
            while (start > 0 && isWord(tokens.get(start - 1)) && !STOPS.contains(tokens.get(start - 1))
                    && !DETERMINERS.contains(tokens.get(start - 1)) && !VERBS.contains(tokens.get(start - 1))) {
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
        String subject = String.join(" ", kept).replaceAll("[^\\p{L}\\p{N}' &-]", "").trim();
        return subject.length() > 50 ? Text.truncate(subject, 50) : subject;
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
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
