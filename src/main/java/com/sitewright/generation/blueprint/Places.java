package com.sitewright.generation.blueprint;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads where the business is from a prompt: "in Bristol", "based in the Lake District", "near Chamonix". */
final class Places {

    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|based in|located in|near|from|out of)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:[ -](?:\\p{Lu}[\\p{L}'’-]+|de|on|upon|am|sur)){0,3})");
    /** Capitalised words after "in" that are not places. */
    private static final Set<String> NOT_PLACES = Set.of(
            "english",
            "dutch",
            "french",
            "german",
            "spanish",
            "italian",
            "portuguese",
            "japanese",
            "chinese",
            "swedish",
            "danish",
            "norwegian",
            "finnish",
            "polish",
            "greek",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "react",
            "next",
            "vue",
            "java",
            "markdown",
            "html",
            "css",
            "tailwind",
            "optimizely",
            "contentful",
            "sanity",
            "i",
            "we",
            "it",
            "my",
            "our",
            "the",
            "a",
            "an",
            "dark",
            "light",
            "blue",
            "green",
            "red",
            "black",
            "white");

    private Places() {}

    /** @param text prompt text without markup and CMS names, in its original case */
    static Optional<String> find(String text) {
        Matcher matcher = PLACE.matcher(text);
        while (matcher.find()) {
            String place = matcher.group(1).replace('’', '\'').trim();
            String first =
                    place.replaceFirst("^(?i)the\\s+", "").split("[ -]")[0].toLowerCase(Locale.ROOT);
            if (NOT_PLACES.contains(first) || place.length() > 40) {
                continue;
            }
            return Optional.of(place.replaceFirst("^The\\s+", "the "));
        }
        return Optional.empty();
    }
}
