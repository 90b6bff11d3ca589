package com.sitewright.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Constraints on a field's value. Every part is optional; {@code null} means "no constraint".
 * Lengths count characters, {@code min}/{@code max} bound numbers, items bound list sizes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Validations(
        @Nullable Integer minLength,
        @Nullable Integer maxLength,
        @Nullable Double min,
        @Nullable Double max,
        @Nullable String pattern,
        @Nullable List<String> allowedValues,
        @Nullable Integer minItems,
        @Nullable Integer maxItems) {

    public static final Validations NONE = new Validations(null, null, null, null, null, null, null, null);

    public static Validations length(Integer minLength, Integer maxLength) {
        return new Validations(minLength, maxLength, null, null, null, null, null, null);
    }

    public static Validations range(Double min, Double max) {
        return new Validations(null, null, min, max, null, null, null, null);
    }

    public static Validations pattern(String pattern) {
        return new Validations(null, null, null, null, pattern, null, null, null);
    }

    public static Validations oneOf(List<String> allowedValues) {
        return new Validations(null, null, null, null, null, List.copyOf(allowedValues), null, null);
    }

    public static Validations items(Integer minItems, Integer maxItems) {
        return new Validations(null, null, null, null, null, null, minItems, maxItems);
    }

    /** Not part of the data: without this, JSON would carry an "empty" property no schema or reader expects. */
    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }
}
