package com.sitewright.modeling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.model.ContentKind;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import com.sitewright.modeling.DraftType;
import com.sitewright.modeling.ui.FieldEdits.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field inspector's edits without a browser: changing a field's type, setting one rule, reading typed text. */
class FieldEditsTest {

    private static final List<DraftType> TYPES = List.of(
            new DraftType("menuItem", "menuItem", "Menu item", ContentKind.DATA, null, List.of()),
            new DraftType("hero", "hero", "Hero", ContentKind.COMPONENT, null, List.of()));

    private static final Validations ALL = new Validations(1, 80, 0.0, 9.5, "^[a-z]+$", List.of("a", "b"), 1, 4);

    @Test
    void aFieldTurnedIntoAnotherTypeKeepsOnlyTheRulesThatStillApply() {
        FieldDefinition text = field(FieldType.TEXT, ALL, List.of());

        assertThat(FieldEdits.adapted(text, FieldType.SLUG, TYPES).validations())
                .isEqualTo(new Validations(1, 80, null, null, "^[a-z]+$", null, null, null));
        assertThat(FieldEdits.adapted(text, FieldType.INTEGER, TYPES).validations())
                .isEqualTo(Validations.range(0.0, 9.5));
        assertThat(FieldEdits.adapted(text, FieldType.ENUM, TYPES).validations())
                .isEqualTo(Validations.oneOf(List.of("a", "b")));
        assertThat(FieldEdits.adapted(text, FieldType.REFERENCES, TYPES).validations())
                .isEqualTo(Validations.items(1, 4));
        FieldDefinition bool = FieldEdits.adapted(text, FieldType.BOOLEAN, TYPES);
        assertThat(bool.type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(bool.validations().isEmpty()).isTrue();
    }

    @Test
    void blocksKeepOnlyComponentTargetsAndAFieldThatPointsNowhereLosesItsTargets() {
        FieldDefinition reference = field(FieldType.REFERENCES, Validations.NONE, List.of("menuItem", "hero"));

        assertThat(FieldEdits.adapted(reference, FieldType.BLOCKS, TYPES).referenceTypes())
                .containsExactly("hero");
        assertThat(FieldEdits.adapted(reference, FieldType.REFERENCE, TYPES).referenceTypes())
                .containsExactly("menuItem", "hero");
        assertThat(FieldEdits.adapted(reference, FieldType.TEXT, TYPES).referenceTypes())
                .isEmpty();
    }

    @Test
    void aRuleIsSetOnItsOwnAndNullRemovesIt() {
        FieldDefinition text = field(FieldType.TEXT, ALL, List.of());

        assertThat(FieldEdits.rule(Rule.MAX_LENGTH, 120).apply(text).validations())
                .isEqualTo(new Validations(1, 120, 0.0, 9.5, "^[a-z]+$", List.of("a", "b"), 1, 4));
        assertThat(FieldEdits.rule(Rule.PATTERN, null).apply(text).validations().pattern())
                .isNull();
        assertThat(FieldEdits.rule(Rule.MIN, 2.5).apply(text).validations().min())
                .isEqualTo(2.5);
        assertThat(FieldEdits.rule(Rule.ALLOWED_VALUES, List.of("x"))
                        .apply(text)
                        .validations()
                        .allowedValues())
                .containsExactly("x");
        assertThat(FieldEdits.rule(Rule.MIN_ITEMS, null).apply(text).validations())
                .isEqualTo(new Validations(1, 80, 0.0, 9.5, "^[a-z]+$", List.of("a", "b"), null, 4));
    }

    @Test
    void allowedValuesAreTypedOnePerLineWithoutBlanksOrRepeats() {
        assertThat(FieldEdits.lines(" small \n\nlarge\r\nsmall\n medium")).containsExactly("small", "large", "medium");
        assertThat(FieldEdits.lines(" \n ")).isNull();
    }

    @Test
    void aBrokenPatternIsNamedAndAnEmptyOneIsFine() {
        assertThat(FieldEdits.patternProblem("([a-z"))
                .startsWith("The pattern ")
                .endsWith(".");
        assertThat(FieldEdits.patternProblem("^[A-Z]{3}$")).isNull();
        assertThat(FieldEdits.patternProblem("  ")).isNull();
        assertThat(FieldEdits.patternProblem(null)).isNull();
    }

    private static FieldDefinition field(FieldType type, Validations rules, List<String> targets) {
        return new FieldDefinition("field", "Field", type, false, false, rules, targets);
    }
}
