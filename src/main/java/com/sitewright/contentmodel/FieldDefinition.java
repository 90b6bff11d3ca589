package com.sitewright.contentmodel;

import java.util.List;
import java.util.Objects;

/**
 * One field of a content type. {@code referenceTypes} lists the content-type keys a
 * {@code reference}, {@code references} or {@code blocks} field may point to (empty: any).
 */
public record FieldDefinition(
        String key,
        String label,
        FieldType type,
        boolean required,
        boolean localized,
        Validations validations,
        List<String> referenceTypes) {

    public FieldDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        label = label == null || label.isBlank() ? key : label;
        validations = validations == null ? Validations.NONE : validations;
        referenceTypes = referenceTypes == null ? List.of() : List.copyOf(referenceTypes);
    }
}
