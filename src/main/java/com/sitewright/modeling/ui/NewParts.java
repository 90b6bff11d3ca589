package com.sitewright.modeling.ui;

import com.sitewright.model.ContentKind;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import com.sitewright.modeling.DraftEdits;
import com.sitewright.modeling.DraftField;
import com.sitewright.modeling.DraftType;
import com.sitewright.modeling.ModelDraft;
import com.sitewright.modeling.ModelNames;
import java.util.List;
import java.util.Locale;

/**
 * What a type or field added in the designer starts as: a key not yet taken, a readable name, and rules and
 * targets that keep the draft valid from the first moment. People change them in the inspector.
 */
final class NewParts {

    private NewParts() {}

    /** A type named as given (or after its key), with a title field so its items have a name. */
    static DraftType type(ModelDraft draft, String name, ContentKind kind) {
        String key = DraftEdits.unique(
                ModelNames.key(name).isEmpty() ? "newType" : ModelNames.key(name), DraftEdits.typeKeys(draft));
        List<DraftField> fields = List.of(DraftField.added(new FieldDefinition(
                "title", "Title", FieldType.TEXT, true, false, Validations.length(null, 120), List.of())));
        return new DraftType(null, key, name.isBlank() ? ModelNames.label(key) : name.strip(), kind, null, fields);
    }

    /** A field of the given type for the type {@code typeKey}, named "New …" after its field type. */
    static FieldDefinition field(ModelDraft draft, String typeKey, FieldType fieldType) {
        String label = "New " + ModelNames.label(fieldType.id()).toLowerCase(Locale.ROOT);
        String key = DraftEdits.unique(ModelNames.key(label), DraftEdits.fieldKeys(draft, typeKey));
        return new FieldDefinition(
                key, label, fieldType, false, false, defaults(fieldType), targets(draft, fieldType, typeKey));
    }

    /** A new enum needs its values and a new text a sensible bound. */
    private static Validations defaults(FieldType type) {
        return switch (type) {
            case ENUM -> Validations.oneOf(List.of("first", "second"));
            case TEXT -> Validations.length(null, 200);
            default -> Validations.NONE;
        };
    }

    /** A new reference or blocks field points somewhere at once, so the draft stays valid. */
    private static List<String> targets(ModelDraft draft, FieldType type, String typeKey) {
        return switch (type) {
            case REFERENCE, REFERENCES -> List.of(typeKey);
            case BLOCKS -> DraftEdits.componentKeys(draft).stream().limit(1).toList();
            default -> List.of();
        };
    }
}
