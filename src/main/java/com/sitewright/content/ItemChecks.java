package com.sitewright.content;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.ValidationError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The rules an edited item must pass: its type's validations, and references to items that exist. */
final class ItemChecks {

    private final ContentValidator validator = new ContentValidator();

    /**
     * @param typeOfItem the content type of each referenced item that exists in the project
     */
    List<ValidationError> check(
            ContentTypeDefinition type,
            Map<String, Object> data,
            Function<String, Optional<ContentTypeDefinition>> types,
            Function<Collection<UUID>, Map<UUID, String>> typeOfItem) {
        List<ValidationError> errors = new ArrayList<>(validator.validate(type, data, types));
        Map<String, List<UUID>> references = references(type, data);
        Set<UUID> all = new LinkedHashSet<>();
        references.values().forEach(all::addAll);
        Map<UUID, String> found = all.isEmpty() ? Map.of() : typeOfItem.apply(all);
        for (var entry : references.entrySet()) {
            FieldDefinition field = type.field(entry.getKey()).orElseThrow();
            for (UUID target : entry.getValue()) {
                String targetType = found.get(target);
                if (targetType == null) {
                    errors.add(new ValidationError(
                            field.key(), "points to " + target + ", which is not an item of this project"));
                } else if (!field.referenceTypes().isEmpty()
                        && !field.referenceTypes().contains(targetType)) {
                    errors.add(new ValidationError(
                            field.key(),
                            "must point to " + String.join(" or ", field.referenceTypes()) + ", not to a "
                                    + targetType));
                }
            }
        }
        return errors;
    }

    /** Well-formed reference IDs per field; malformed ones are the validator's to report. */
    private static Map<String, List<UUID>> references(ContentTypeDefinition type, Map<String, Object> data) {
        Map<String, List<UUID>> references = new java.util.LinkedHashMap<>();
        for (FieldDefinition field : type.fields()) {
            Object value = data.get(field.key());
            List<?> values = field.type() == FieldType.REFERENCE && value != null
                    ? List.of(value)
                    : field.type() == FieldType.REFERENCES && value instanceof List<?> list ? list : List.of();
            List<UUID> ids = new ArrayList<>();
            for (Object id : values) {
                try {
                    ids.add(UUID.fromString(String.valueOf(id)));
                } catch (IllegalArgumentException malformed) {
                    // Reported by the validator.
                }
            }
            if (!ids.isEmpty()) {
                references.put(field.key(), ids);
            }
        }
        return references;
    }
}
