package com.sitewright.modeling.ui;

import com.sitewright.model.ContentKind;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldPatterns;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import com.sitewright.modeling.DraftType;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The edits the field inspector makes, without any UI: a field turned into another type, one rule replaced, and
 * how typed text becomes a rule. Kept apart from the inputs so they can be tested without a browser.
 */
final class FieldEdits {

    /** The parts of a field's rules that the inspector sets one at a time. */
    enum Rule {
        MIN_LENGTH,
        MAX_LENGTH,
        MIN,
        MAX,
        PATTERN,
        ALLOWED_VALUES,
        MIN_ITEMS,
        MAX_ITEMS
    }

    private FieldEdits() {}

    /** The field as another type: rules that no longer apply are dropped; a new pointing field points somewhere. */
    static FieldDefinition adapted(FieldDefinition field, FieldType type, List<DraftType> types) {
        Validations v = field.validations();
        boolean length = FieldTypes.hasLength(type);
        boolean range = FieldTypes.hasRange(type);
        boolean items = FieldTypes.hasItems(type);
        Validations kept = new Validations(
                length ? v.minLength() : null,
                length ? v.maxLength() : null,
                range ? v.min() : null,
                range ? v.max() : null,
                length ? v.pattern() : null,
                type == FieldType.ENUM ? v.allowedValues() : null,
                items ? v.minItems() : null,
                items ? v.maxItems() : null);
        List<String> targets = !FieldTypes.pointsToTypes(type)
                ? List.of()
                : type == FieldType.BLOCKS
                        ? field.referenceTypes().stream()
                                .filter(key -> types.stream()
                                        .anyMatch(t -> t.key().equals(key) && t.kind() == ContentKind.COMPONENT))
                                .toList()
                        : field.referenceTypes();
        return field.withType(type).withValidations(kept).withReferenceTypes(targets);
    }

    /** Sets one rule of a field and keeps the others; {@code null} removes that rule. */
    static UnaryOperator<FieldDefinition> rule(Rule rule, Object value) {
        return field -> field.withValidations(with(field.validations(), rule, value));
    }

    /** What is wrong with a pattern, as the inspector says it; {@code null} when it is fine or empty. */
    static String patternProblem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return null;
        }
        return FieldPatterns.problem(pattern)
                .map(problem -> "The pattern " + problem + ".")
                .orElse(null);
    }

    /** Allowed values typed one per line: trimmed, without blanks or repeats; {@code null} when there are none. */
    static List<String> lines(String text) {
        List<String> values = Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .distinct()
                .toList();
        return values.isEmpty() ? null : values;
    }

    private static Validations with(Validations v, Rule rule, Object value) {
        return new Validations(
                rule == Rule.MIN_LENGTH ? (Integer) value : v.minLength(),
                rule == Rule.MAX_LENGTH ? (Integer) value : v.maxLength(),
                rule == Rule.MIN ? (Double) value : v.min(),
                rule == Rule.MAX ? (Double) value : v.max(),
                rule == Rule.PATTERN ? (String) value : v.pattern(),
                rule == Rule.ALLOWED_VALUES ? castList(value) : v.allowedValues(),
                rule == Rule.MIN_ITEMS ? (Integer) value : v.minItems(),
                rule == Rule.MAX_ITEMS ? (Integer) value : v.maxItems());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }
}
