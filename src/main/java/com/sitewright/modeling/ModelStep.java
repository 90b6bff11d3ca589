package com.sitewright.modeling;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import java.util.List;

/**
 * One change between a saved model and a draft, as {@link ModelDiff} finds it. Type keys named {@code typeKey}
 * are the saved model's (where the items are now); {@code typeName} is what people see.
 */
sealed interface ModelStep {

    record RemoveType(ContentTypeDefinition type) implements ModelStep {}

    record AddType(ContentTypeDefinition type) implements ModelStep {}

    record RenameType(String from, String to, String typeName) implements ModelStep {}

    /** Display name, kind or description changed: nothing happens to items. */
    record EditType(String typeName, List<String> changes) implements ModelStep {}

    record ReorderTypes() implements ModelStep {}

    record RemoveField(String typeKey, String typeName, FieldDefinition field) implements ModelStep {}

    /** The field went to another type: its values stay with their items, so the source type's items lose them. */
    record MoveField(String typeKey, String typeName, FieldDefinition field, String toTypeName) implements ModelStep {}

    /**
     * A new field, or one moved here; {@code typeKey} is null when its type is new too (no items to fill).
     */
    record AddField(String typeKey, String typeName, FieldDefinition field, boolean moved) implements ModelStep {}

    record RenameField(String typeKey, String typeName, String from, String to) implements ModelStep {}

    /**
     * The field's type or rules changed: values are converted to the new type and checked against the new rules.
     * {@code fieldKey} is the saved key, where the values are before any rename.
     */
    record ConvertField(String typeKey, String typeName, String fieldKey, FieldDefinition from, FieldDefinition to)
            implements ModelStep {

        boolean typeChanged() {
            return from.type() != to.type();
        }
    }

    /** An existing field became required: every item needs a value. */
    record RequireField(String typeKey, String typeName, String fieldKey, FieldDefinition field) implements ModelStep {}

    /** Label, help text, localization or reference targets changed: nothing happens to items. */
    record EditField(String typeName, String fieldKey, List<String> changes) implements ModelStep {}

    record ReorderFields(String typeName) implements ModelStep {}
}
