package com.sitewright.modeling;

import com.sitewright.model.ContentKind;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import java.util.List;

/**
 * One change of a content model, as a person names things: types and fields may be given by key or by
 * display name ("Menu item"), new names are turned into keys. Checked and applied by {@link ModelingService}.
 */
public sealed interface ModelEdit {

    record AddType(String name, ContentKind kind) implements ModelEdit {}

    record RenameType(String type, String newName) implements ModelEdit {}

    record RemoveType(String type) implements ModelEdit {}

    /** {@code position} is where the field goes among the type's fields (null: last). */
    record AddField(
            String type,
            String name,
            FieldType fieldType,
            boolean required,
            Validations validations,
            List<String> referenceTypes,
            Integer position)
            implements ModelEdit {}

    record RenameField(String type, String field, String newName) implements ModelEdit {}

    record RemoveField(String type, String field) implements ModelEdit {}
}
