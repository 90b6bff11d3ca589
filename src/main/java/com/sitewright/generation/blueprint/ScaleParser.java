package com.sitewright.generation.blueprint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a requested amount such as "with 5,000 products", "10k posts", "2.5k reviews",
 * "10 billion items" or "a million products" from a prompt.
 */
final class ScaleParser {

    /** What the prompt asked for; {@code value} is null when the request was unusable (see notice). */
    record Scale(Long value, String noun, String notice) {}

    private static final Pattern NUMBER = Pattern.compile(
            "([-−]?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+|\\d+(?:\\.\\d+)?)(k|m|mn|b|bn)?");
    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("twelve", 12),
            Map.entry("fifteen", 15),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("hundred", 100),
            Map.entry("a", 1),
            Map.entry("an", 1));
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
            "hundred",
            BigDecimal.valueOf(100),
            "thousand",
            BigDecimal.valueOf(1_000),
            "k",
            BigDecimal.valueOf(1_000),
            "million",
            BigDecimal.valueOf(1_000_000),
            "m",
            BigDecimal.valueOf(1_000_000),
            "mn",
            BigDecimal.valueOf(1_000_000),
            "billion",
            BigDecimal.valueOf(1_000_000_000L),
            "b",
            BigDecimal.valueOf(1_000_000_000L),
            "bn",
            BigDecimal.valueOf(1_000_000_000L),
            "trillion",
            BigDecimal.valueOf(1_000_000_000_000L));
    private static final Set<String> NOUN_STOPS = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "with",
            "for",
            "of",
            "in",
            "on",
            "at",
            "to",
            "from",
            "by",
            "using",
            "that",
            "which",
            "each",
            "per",
            "we",
            "i",
            "you",
            "it",
            "is",
            "are",
            "be",
            "as",
            "into",
            "across",
            "plus",
            "including",
            "about",
            "than",
            "more",
            "less",
            "over",
            "under",
            "total",
            "please",
            "site",
            "website");
    private static final Set<String> UNITS = Set.of(
            "year",
            "years",
            "yr",
            "yrs",
            "day",
            "days",
            "hour",
            "hours",
            "minute",
            "minutes",
            "second",
            "seconds",
            "week",
            "weeks",
            "month",
            "months",
            "percent",
            "am",
            "pm",
            "star",
            "stars",
            "people",
            "employees",
            "staff",
            "seats",
            "covers",
            "tables",
            "km",
            "miles",
            "mi",
            "sq",
            "ft",
            "feet",
            "meters",
            "metres",
            "times",
            "languages",
            "locales",
            "colors",
            "colours",
            "steps",
            "dollars",
            "euros",
            "pounds",
            "usd",
            "eur",
            "gbp",
            "bedrooms",
            "bathrooms",
            "floors",
            "percentages",
            "kg",
            "lbs",
            "grams",
            "cups",
            "degrees",
            "x",
            "th",
            "st",
            "nd",
            "rd");

    private ScaleParser() {}

    /** @param text lowercase prompt text without CMS names; returns null when no amount is asked for */
    static Scale parse(String text) {
        List<String> tokens = tokens(text);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Candidate candidate = candidateAt(tokens, i);
            if (candidate != null) {
                candidates.add(candidate);
                i = candidate.next - 1;
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Candidate best = candidates.stream()
                .filter(c -> c.value.signum() > 0)
                .max((a, b) -> a.value.compareTo(b.value))
                .orElse(null);
        if (best == null) {
            Candidate first = candidates.getFirst();
            return new Scale(
                    null,
                    null,
                    "You asked for " + format(first.value) + " " + first.noun
                            + "; that is not an amount I can generate, so I'll use the usual amount.");
        }
        if (best.value.compareTo(BigInteger.valueOf(OfflineGenerator.MAX_ITEMS_PER_TYPE)) > 0) {
            String max = format(BigInteger.valueOf(OfflineGenerator.MAX_ITEMS_PER_TYPE));
            return new Scale(
                    (long) OfflineGenerator.MAX_ITEMS_PER_TYPE,
                    best.noun,
                    "You asked for " + format(best.value) + " " + best.noun + "; a project holds at most " + max
                            + " items of one type, so I'll generate " + max + ".");
        }
        return new Scale(best.value.longValueExact(), best.noun, null);
    }

    private record Candidate(BigInteger value, String noun, int next) {}

    private static Candidate candidateAt(List<String> tokens, int i) {
        String token = tokens.get(i);
        boolean negative =
                i > 0 && (tokens.get(i - 1).equals("minus") || tokens.get(i - 1).equals("negative"));
        BigDecimal value;
        int next = i + 1;
        Matcher number = NUMBER.matcher(token);
        if (number.matches()) {
            negative |= !number.group(1).isEmpty();
            String digits = number.group(2);
            // "5.000" with three-digit groups is a thousands separator, as written in much of Europe.
            digits = digits.matches("\\d{1,3}(?:\\.\\d{3})+") ? digits.replace(".", "") : digits.replace(",", "");
            value = new BigDecimal(digits);
            if (number.group(3) != null) {
                value = value.multiply(MULTIPLIERS.get(number.group(3)));
            }
        } else if (SMALL_NUMBERS.containsKey(token)) {
            boolean article = token.equals("a") || token.equals("an");
            if (article && (next >= tokens.size() || !MULTIPLIERS.containsKey(tokens.get(next)))) {
                return null;
            }
            value = BigDecimal.valueOf(SMALL_NUMBERS.get(token));
        } else {
            return null;
        }
        if (looksLikeYear(tokens, i, number)) {
            return null;
        }
        while (next < tokens.size()
                && MULTIPLIERS.containsKey(tokens.get(next))
                && !tokens.get(next).equals("m")) {
            value = value.multiply(MULTIPLIERS.get(tokens.get(next)));
            next++;
        }
        List<String> noun = new ArrayList<>();
        int j = next;
        while (j < tokens.size()
                && noun.size() < 3
                && tokens.get(j).matches("[a-z][a-z-]*")
                && !NOUN_STOPS.contains(tokens.get(j))) {
            noun.add(tokens.get(j));
            j++;
        }
        if (noun.isEmpty() || UNITS.contains(noun.getFirst())) {
            return null;
        }
        boolean plural = noun.stream().anyMatch(w -> w.endsWith("s"));
        BigInteger whole = value.setScale(0, RoundingMode.HALF_UP).toBigInteger();
        if (!plural) {
            return null; // "one coffee shop", "a 3 page site": not an amount of content
        }
        return new Candidate(negative ? whole.negate() : whole, String.join(" ", noun), j);
    }

    /** "since 2012", "in 2026": a year, not an amount. */
    private static boolean looksLikeYear(List<String> tokens, int i, Matcher number) {
        return number.matches()
                && number.group(3) == null
                && number.group(2).matches("(19|20)\\d\\d")
                && i > 0
                && Set.of(
                                "in", "since", "from", "until", "by", "during", "of", "the", "our", "year", "summer",
                                "spring", "autumn", "fall", "winter")
                        .contains(tokens.get(i - 1));
    }

    private static String format(BigInteger value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            String token = raw.replaceAll("^[(\"'“]+", "").replaceAll("[.,;:!?)\"'”]+$", "");
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
