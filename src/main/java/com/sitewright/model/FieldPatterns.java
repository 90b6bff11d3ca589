package com.sitewright.model;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code pattern} rules of fields. They come from people, imports and language models, and are matched against
 * content in requests and jobs, so a backtracking engine would let one pattern such as {@code (.*a){20}} pin a thread
 * for years. Patterns run on RE2/J, whose matching time grows linearly with the text; a pattern is refused when it is
 * too long, uses what RE2/J cannot run (look-around, back-references, possessive quantifiers), or repeats so much
 * that its compiled program would not fit in memory. A match that still runs too long is cut off at a deadline.
 */
public final class FieldPatterns {

    public static final int MAX_LENGTH = 500;
    /** Characters and classes the pattern stands for once counted repetitions are written out. */
    static final long MAX_EXPANDED_SIZE = 10_000;

    static final Duration MATCH_DEADLINE = Duration.ofSeconds(1);

    /** Compiled patterns, weighed by their expanded size so that the cache's memory stays bounded. */
    private static final Cache<String, Compiled> CACHE = Caffeine.newBuilder()
            .maximumWeight(500_000)
            .weigher((String regex, Compiled compiled) -> (int) Math.max(1, compiled.size()))
            .build();

    /** A compiled pattern, or why there is none. */
    private record Compiled(
            @Nullable Pattern pattern, @Nullable String problem, long size) {}

    /** What the pattern's outcome was against a text. */
    public enum Match {
        MATCHES,
        DIFFERS,
        UNUSABLE_PATTERN,
        TOO_SLOW
    }

    private FieldPatterns() {}

    /** Why the pattern cannot be used, in a sentence; empty when it can. */
    public static Optional<String> problem(String regex) {
        return Optional.ofNullable(compiled(regex).problem());
    }

    /** Whether the whole text matches the pattern, never taking longer than the deadline. */
    public static Match match(String regex, String text) {
        return match(regex, text, MATCH_DEADLINE);
    }

    static Match match(String regex, String text, Duration deadline) {
        Compiled compiled = compiled(regex);
        if (compiled.pattern() == null) {
            return Match.UNUSABLE_PATTERN;
        }
        try {
            return compiled.pattern()
                            .matcher(new DeadlineText(text, System.nanoTime() + deadline.toNanos()))
                            .matches()
                    ? Match.MATCHES
                    : Match.DIFFERS;
        } catch (DeadlineText.DeadlinePassed e) {
            return Match.TOO_SLOW;
        }
    }

    private static Compiled compiled(String regex) {
        if (regex.length() > MAX_LENGTH) {
            // Not cached: a caller could otherwise fill the cache with long keys.
            return new Compiled(null, "is longer than " + MAX_LENGTH + " characters", 1);
        }
        return CACHE.get(regex, FieldPatterns::compile);
    }

    private static Compiled compile(String regex) {
        long size = RepetitionSize.of(regex);
        if (size > MAX_EXPANDED_SIZE) {
            return new Compiled(
                    null,
                    "repeats too much: written out, it would be over " + String.format("%,d", MAX_EXPANDED_SIZE)
                            + " characters long",
                    1);
        }
        try {
            return new Compiled(Pattern.compile(regex), null, size);
        } catch (PatternSyntaxException e) {
            return new Compiled(null, "is not a valid regular expression (" + reason(e) + ")", 1);
        }
    }

    /** RE2/J's own words, and for what it refuses on purpose, which constructs those are. */
    private static String reason(PatternSyntaxException e) {
        String description =
                e.getDescription() == null || e.getDescription().isBlank() ? "invalid syntax" : e.getDescription();
        boolean unsupported = description.contains("unsupported")
                || description.contains("escape")
                || description.contains("nested repetition");
        return unsupported
                ? description + "; look-arounds, back-references and possessive quantifiers are not supported"
                : description;
    }

    /**
     * The text as the engine reads it, one character at a time: past the deadline the next read throws. RE2/J reads
     * input through {@code charAt}, so this bounds a match without a second thread.
     */
    private record DeadlineText(String text, long deadline) implements CharSequence {

        static final class DeadlinePassed extends RuntimeException {
            DeadlinePassed() {
                super(null, null, false, false);
            }
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((index & 0xFF) == 0xFF && System.nanoTime() > deadline) {
                throw new DeadlinePassed();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
