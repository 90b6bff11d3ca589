package com.sitewright.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of a content type. {@code referenceTypes} lists the content-type keys a
 * {@code reference}, {@code references} or {@code blocks} field may point to (empty: any);
 * {@code helpText} is shown to editors under the field; {@code role} says what the field means on a page
 * (null: inferred from its key and type, see {@link FieldRoles}).
 */
public record FieldDefinition(
        String key,
        String label,
        FieldType type,
        boolean required,
        boolean localized,
        Validations validations,
        List<String> referenceTypes,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String helpText,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable FieldRole role) {

    public FieldDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        label = label == null || label.isBlank() ? key : label;
        validations = validations == null ? Validations.NONE : validations;
        referenceTypes = referenceTypes == null ? List.of() : List.copyOf(referenceTypes);
        helpText = helpText == null || helpText.isBlank() ? null : helpText;
    }

    public FieldDefinition(
            String key,
            String label,
            FieldType type,
            boolean required,
            boolean localized,
            Validations validations,
            List<String> referenceTypes) {
        this(key, label, type, required, localized, validations, referenceTypes, null, null);
    }

    public FieldDefinition(
            String key,
            String label,
            FieldType type,
            boolean required,
            boolean localized,
            Validations validations,
            List<String> referenceTypes,
            @Nullable String helpText) {
        this(key, label, type, required, localized, validations, referenceTypes, helpText, null);
    }

    public FieldDefinition withKey(String newKey) {
        return new FieldDefinition(
                newKey, label, type, required, localized, validations, referenceTypes, helpText, role);
    }

    public FieldDefinition withLabel(String newLabel) {
        return new FieldDefinition(
                key, newLabel, type, required, localized, validations, referenceTypes, helpText, role);
    }

    public FieldDefinition withType(FieldType newType) {
        // A role the new type cannot carry (a price on a text field) falls back to the inferred one.
        FieldRole kept = role == null || role.fits(newType) ? role : null;
        return new FieldDefinition(
                key, label, newType, required, localized, validations, referenceTypes, helpText, kept);
    }

    public FieldDefinition withRequired(boolean isRequired) {
        return new FieldDefinition(
                key, label, type, isRequired, localized, validations, referenceTypes, helpText, role);
    }

    public FieldDefinition withLocalized(boolean isLocalized) {
        return new FieldDefinition(
                key, label, type, required, isLocalized, validations, referenceTypes, helpText, role);
    }

    public FieldDefinition withValidations(Validations newValidations) {
        return new FieldDefinition(
                key, label, type, required, localized, newValidations, referenceTypes, helpText, role);
    }

    public FieldDefinition withReferenceTypes(List<String> targets) {
        return new FieldDefinition(key, label, type, required, localized, validations, targets, helpText, role);
    }

    public FieldDefinition withHelpText(String text) {
        return new FieldDefinition(key, label, type, required, localized, validations, referenceTypes, text, role);
    }

    public FieldDefinition withRole(@Nullable FieldRole newRole) {
        return new FieldDefinition(
                key, label, type, required, localized, validations, referenceTypes, helpText, newRole);
    }

    /** The role the field has on a page: the one set, else the one its key and type suggest; null for none. */
    public @Nullable FieldRole effectiveRole() {
        FieldRole chosen = role == null ? FieldRoles.infer(this) : role;
        return chosen == FieldRole.NONE ? null : chosen;
    }
}
