package com.sitewright.generation.blueprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scores each industry by its keywords in the prompt; the longest phrases claim their words first. */
final class IndustryDetector {

    record Keyword(String phrase, int weight, Pattern pattern) {

        static List<Keyword> parse(String... weighted) {
            List<Keyword> keywords = new ArrayList<>();
            for (String entry : weighted) {
                int colon = entry.lastIndexOf(':');
                String phrase = entry.substring(0, colon);
                keywords.add(new Keyword(
                        phrase,
                        Integer.parseInt(entry.substring(colon + 1)),
                        Pattern.compile(
                                "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?:s|es)?(?![\\p{L}\\p{N}])")));
            }
            return List.copyOf(keywords);
        }
    }

    /** "repair shop", "barber shop": a shop that sells a service, not goods. */
    private static final Pattern SERVICE_SHOP = Pattern.compile(
            "\\b(?:repair|barber|barbers|tattoo|body|print|beauty|nail|hair|auto|grooming|tailor|framing|bike|car|pet grooming)"
                    + "\\s+(?:shop|store)s?\\b");

    private record Hit(Industry industry, Keyword keyword, int start, int end) {}

    private IndustryDetector() {}

    /** The weight of the strongest keyword in the text, 0 when none matches. */
    static int strength(String text) {
        String masked =
                SERVICE_SHOP.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        int best = 0;
        for (Industry industry : Industry.values()) {
            for (Keyword keyword : industry.weightedKeywords()) {
                if (keyword.weight() > best && keyword.pattern().matcher(masked).find()) {
                    best = keyword.weight();
                }
            }
        }
        return best;
    }

    /** The industry of a many-word phrase in the text that the subject is the start of ("bed" of "bed and breakfast"). */
    static Optional<Industry> phraseStartingWith(String text, String subject) {
        for (Industry industry : Industry.values()) {
            for (Keyword keyword : industry.weightedKeywords()) {
                if (keyword.weight() >= 4
                        && keyword.phrase().startsWith(subject + " ")
                        && keyword.pattern().matcher(text).find()) {
                    return Optional.of(industry);
                }
            }
        }
        return Optional.empty();
    }

    /** @param text lowercase, accent-free prompt text with CMS names removed */
    static Industry detect(String text) {
        StringBuilder masked = new StringBuilder(
                SERVICE_SHOP.matcher(text).replaceAll(m -> " ".repeat(m.group().length())));
        List<Hit> hits = new ArrayList<>();
        List<Keyword> all = new ArrayList<>();
        Map<Keyword, Industry> owner = new HashMap<>();
        for (Industry industry : Industry.values()) {
            for (Keyword keyword : industry.weightedKeywords()) {
                all.add(keyword);
                owner.put(keyword, industry);
            }
        }
        all.sort(Comparator.comparingInt((Keyword k) -> k.phrase().length()).reversed());
        for (Keyword keyword : all) {
            Matcher matcher = keyword.pattern().matcher(masked);
            while (matcher.find()) {
                hits.add(new Hit(owner.get(keyword), keyword, matcher.start(), matcher.end()));
                for (int i = matcher.start(); i < matcher.end(); i++) {
                    masked.setCharAt(i, ' ');
                }
            }
        }
        if (hits.isEmpty()) {
            return Industry.GENERIC;
        }
        Map<Industry, Integer> scores = new EnumMap<>(Industry.class);
        hits.forEach(hit -> scores.merge(hit.industry(), hit.keyword().weight(), Integer::sum));
        int best = scores.values().stream().max(Integer::compare).orElseThrow();
        List<Hit> tied = hits.stream()
                .filter(h -> scores.get(h.industry()) == best)
                .sorted(Comparator.comparingInt(Hit::start))
                .toList();
        Hit first = tied.getFirst();
        // In "coffee blog" the first word only qualifies the second, which names the business.
        for (Hit other : tied) {
            if (other.industry() != first.industry()
                    && other.start() > first.end()
                    && text.substring(first.end(), other.start()).isBlank()) {
                return other.industry();
            }
        }
        return first.industry();
    }
}
