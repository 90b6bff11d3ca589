package com.sitewright.contentmodel;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * One field of a content type. {@code referenceTypes} lists the content-type keys a
 * {@code reference}, {@code references} or {@code blocks} field may point to (empty: any);
 * {@code helpText} is shown to editors under the field.
 */
public record FieldDefinition(
        String key,
        String label,
        FieldType type,
        boolean required,
        boolean localized,
        Validations validations,
        List<String> referenceTypes,
        @JsonInclude(JsonInclude.Include.NON_NULL) String helpText) {

    public FieldDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        label = label == null || label.isBlank() ? key : label;
        validations = validations == null ? Validations.NONE : validations;
        referenceTypes = referenceTypes == null ? List.of() : List.copyOf(referenceTypes);
        helpText = helpText == null || helpText.isBlank() ? null : helpText;
    }

    public FieldDefinition(String key, String label, FieldType type, boolean required, boolean localized,
                           Validations validations, List<String> referenceTypes) {
        this(key, label, type, required, localized, validations, referenceTypes, null);
    }

    public FieldDefinition withKey(String newKey) {
        return new FieldDefinition(newKey, label, type, required, localized, validations, referenceTypes, helpText);
    }

    public FieldDefinition withLabel(String newLabel) {
        return new FieldDefinition(key, newLabel, type, required, localized, validations, referenceTypes, helpText);
    }

    public FieldDefinition withType(FieldType newType) {
        return new FieldDefinition(key, label, newType, required, localized, validations, referenceTypes, helpText);
    }

    public FieldDefinition withRequired(boolean isRequired) {
        return new FieldDefinition(key, label, type, isRequired, localized, validations, referenceTypes, helpText);
    }

    public FieldDefinition withLocalized(boolean isLocalized) {
        return new FieldDefinition(key, label, type, required, isLocalized, validations, referenceTypes, helpText);
    }

    public FieldDefinition withValidations(Validations newValidations) {
        return new FieldDefinition(key, label, type, required, localized, newValidations, referenceTypes, helpText);
    }

    public FieldDefinition withReferenceTypes(List<String> targets) {
        return new FieldDefinition(key, label, type, required, localized, validations, targets, helpText);
    }

    public FieldDefinition withHelpText(String text) {
        return new FieldDefinition(key, label, type, required, localized, validations, referenceTypes, text);
    }
}
