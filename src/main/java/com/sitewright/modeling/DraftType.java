package com.sitewright.modeling;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A content type in a {@link ModelDraft}.
 *
 * @param origin the key the type has in the saved model; null for a type added in the draft
 */
public record DraftType(
        @Nullable String origin,
        String key,
        String displayName,
        ContentKind kind,
        String description,
        List<DraftField> fields) {

    public DraftType {
        fields = List.copyOf(fields);
    }

    static DraftType saved(ContentTypeDefinition type) {
        return new DraftType(
                type.key(),
                type.key(),
                type.displayName(),
                type.kind(),
                type.description(),
                type.fields().stream()
                        .map(field -> new DraftField(type.key(), field.key(), field))
                        .toList());
    }

    public ContentTypeDefinition definition() {
        return new ContentTypeDefinition(
                key,
                displayName,
                kind,
                description,
                fields.stream().map(DraftField::field).toList());
    }

    public DraftType withFields(List<DraftField> newFields) {
        return new DraftType(origin, key, displayName, kind, description, newFields);
    }
}
