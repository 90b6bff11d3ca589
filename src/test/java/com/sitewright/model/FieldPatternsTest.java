package com.sitewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldPatternsTest {

    @Test
    void everyDayPatternsMatchAsBefore() {
        assertThat(FieldPatterns.match("^[a-z0-9-]{3,40}$", "weekly-news")).isEqualTo(FieldPatterns.Match.MATCHES);
        assertThat(FieldPatterns.match("^[a-z0-9-]{3,40}$", "Weekly News")).isEqualTo(FieldPatterns.Match.DIFFERS);
        assertThat(FieldPatterns.match("[A-Z]{3}", "ABC")).isEqualTo(FieldPatterns.Match.MATCHES);
        assertThat(FieldPatterns.match("[A-Z]{3}", "ABCD"))
                .as("the whole text must match")
                .isEqualTo(FieldPatterns.Match.DIFFERS);
        assertThat(FieldPatterns.match("\\p{Lu}\\p{L}+", "Émile")).isEqualTo(FieldPatterns.Match.MATCHES);
        assertThat(FieldPatterns.match("(?i)latte", "LATTE")).isEqualTo(FieldPatterns.Match.MATCHES);
    }

    @Test
    void aCatastrophicBacktrackingPatternRunsInLinearTime() {
        String hostile = "(.*a){20}";
        assertThat(FieldPatterns.problem(hostile)).isEmpty();
        long started = System.nanoTime();
        assertThat(FieldPatterns.match(hostile, "a".repeat(59) + "b")).isEqualTo(FieldPatterns.Match.DIFFERS);
        assertThat(FieldPatterns.match(hostile, "a".repeat(9_999) + "b")).isEqualTo(FieldPatterns.Match.DIFFERS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void patternsTheEngineCannotRunAreRefusedWithAReason() {
        assertThat(FieldPatterns.problem("(?=a)b")).get().asString().contains("look-arounds");
        assertThat(FieldPatterns.problem("(a)\\1")).isPresent();
        assertThat(FieldPatterns.problem("a++")).isPresent();
        assertThat(FieldPatterns.problem("[a-")).isPresent();
        assertThat(FieldPatterns.problem("a".repeat(501))).get().asString().contains("longer than 500");
        assertThat(FieldPatterns.match("(?=a)b", "b")).isEqualTo(FieldPatterns.Match.UNUSABLE_PATTERN);
    }

    @Test
    void aMatchPastItsDeadlineStopsWithoutAnAnswer() {
        assertThat(FieldPatterns.match("(.*a){20}", "a".repeat(99_999) + "b", Duration.ZERO))
                .isEqualTo(FieldPatterns.Match.TOO_SLOW);
        assertThat(FieldPatterns.match("[a-z]+", "short", Duration.ZERO))
                .as("short texts are read whole")
                .isEqualTo(FieldPatterns.Match.MATCHES);
    }

    @Test
    void nestedCountsThatWouldFillMemoryAreRefusedBeforeCompiling() {
        assertThat(FieldPatterns.problem("((((a{1000}){1000}){1000}){1000})"))
                .get()
                .asString()
                .contains("repeats too much");
        assertThat(FieldPatterns.problem("(a{100}|b){101}")).isPresent();
        assertThat(FieldPatterns.problem("[a-z]{1,1000}")).isEmpty();
        assertThat(FieldPatterns.problem("[a-z]{1,1001}"))
                .as("RE2/J counts at most 1,000")
                .isPresent();
        assertThat(FieldPatterns.problem("^\\+?[0-9 ()-]{6,20}$")).isEmpty();
    }

    @Test
    void repetitionSizeReadsEscapesClassesAndLiteralBraces() {
        assertThat(RepetitionSize.of("abc")).isEqualTo(3);
        assertThat(RepetitionSize.of("(ab){3}")).isEqualTo(6);
        assertThat(RepetitionSize.of("(a{10}){10}")).isEqualTo(100);
        assertThat(RepetitionSize.of("[{(]{5}")).isEqualTo(5);
        assertThat(RepetitionSize.of("\\({4}")).isEqualTo(4);
        assertThat(RepetitionSize.of("a{2,}")).isEqualTo(3);
        assertThat(RepetitionSize.of("x{,5}"))
                .as("not a quantifier: a literal brace")
                .isEqualTo(5);
        assertThat(RepetitionSize.of("\\Q{{{\\E{1000}")).isEqualTo(1000);
        assertThat(RepetitionSize.of("(a|bc){4}")).isEqualTo(12);
        assertThat(RepetitionSize.of("((((a{999999999}){999999999}){999999999}){999999999})"))
                .isGreaterThan(1_000_000_000L);
    }

    @Test
    void theValidatorReportsEachOutcomeOnTheField() {
        var type = new ContentTypeDefinition(
                "code",
                "Code",
                ContentKind.DATA,
                null,
                List.of(new FieldDefinition(
                        "value", "Value", FieldType.TEXT, true, false, Validations.pattern("(.*a){20}"), List.of())));
        var errors = new ContentValidator().validate(type, Map.of("value", "a".repeat(59) + "b"));
        assertThat(errors).extracting(ValidationError::reason).containsExactly("must match the pattern (.*a){20}");
    }
}
