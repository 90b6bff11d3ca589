package com.sitewright.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A content type of the canonical model: its key (camelCase, unique per project), kind and ordered fields. */
public record ContentTypeDefinition(
        String key,
        String displayName,
        ContentKind kind,
        @Nullable String description,
        List<FieldDefinition> fields) {

    public ContentTypeDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        displayName = displayName == null || displayName.isBlank() ? key : displayName;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<FieldDefinition> field(String fieldKey) {
        return fields.stream().filter(field -> field.key().equals(fieldKey)).findFirst();
    }
}
