package com.sitewright.content;

import com.sitewright.base.InvalidInputException;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.ValidationError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Changes many items at once inside the caller's transaction: deleting them (with every reference to them, so
 * no item points to one that is gone) and setting one field to one value (checked once against the field's
 * rules, since every item gets the same value).
 */
final class ItemBulkEdits {

    private final ContentItemStore store;
    private final ItemMigrationStore migrations;
    private final ContentValidator validator = new ContentValidator();

    ItemBulkEdits(ContentItemStore store, ItemMigrationStore migrations) {
        this.store = store;
        this.migrations = migrations;
    }

    /** Deletes the items, then takes them out of every reference and references field of the model. */
    int delete(UUID projectId, Collection<UUID> ids, List<ContentTypeDefinition> model) {
        int deleted = migrations.delete(projectId, ids);
        for (ContentTypeDefinition type : model) {
            for (FieldDefinition field : type.fields()) {
                if (field.type().isReference()) {
                    migrations.dropReferences(
                            projectId, type.key(), field.key(), field.type() == FieldType.REFERENCES, ids);
                }
            }
        }
        dropReferencesInBlocks(projectId, ids, model);
        return deleted;
    }

    /** Block entries (a page's sections) point to items too: references to the deleted ones go from them as well. */
    private void dropReferencesInBlocks(UUID projectId, Collection<UUID> ids, List<ContentTypeDefinition> model) {
        Map<String, List<FieldDefinition>> referencing = new LinkedHashMap<>();
        for (ContentTypeDefinition type : model) {
            List<FieldDefinition> references = type.fields().stream()
                    .filter(field -> field.type().isReference())
                    .toList();
            if (!references.isEmpty()) {
                referencing.put(type.key(), references);
            }
        }
        if (referencing.isEmpty()) {
            return;
        }
        java.util.Set<String> gone = new java.util.HashSet<>();
        ids.forEach(id -> gone.add(id.toString()));
        for (ContentTypeDefinition type : model) {
            for (FieldDefinition field : type.fields()) {
                if (field.type() == FieldType.BLOCKS) {
                    migrations.rewriteMentioning(
                            projectId,
                            type,
                            field.key(),
                            ids,
                            data -> withoutReferences(data, field.key(), referencing, gone));
                }
            }
        }
    }

    private static Map<String, Object> withoutReferences(
            Map<String, Object> data,
            String blocksField,
            Map<String, List<FieldDefinition>> referencing,
            java.util.Set<String> gone) {
        return BlockEntries.rewrite(data, blocksField, referencing, (block, references) -> {
            for (FieldDefinition reference : references) {
                Object value = block.get(reference.key());
                if (value instanceof String id && gone.contains(id)) {
                    block.remove(reference.key());
                } else if (value instanceof List<?> list) {
                    block.put(
                            reference.key(),
                            list.stream()
                                    .filter(id -> !gone.contains(String.valueOf(id)))
                                    .toList());
                }
            }
            return block;
        });
    }

    /**
     * Sets the field on every item (all of one type that has it), keeping titles in step when the field holds the
     * title. Refused for slugs (which must differ per item) and for values the field's rules reject.
     */
    List<NewContentItem> setField(
            List<ContentItemRow> items, Map<String, ContentTypeDefinition> types, String fieldKey, Object value) {
        List<NewContentItem> changed = new ArrayList<>(items.size());
        Map<String, FieldDefinition> checked = new LinkedHashMap<>();
        for (ContentItemRow item : items) {
            FieldDefinition field = checked.computeIfAbsent(
                    item.typeKey(), key -> settable(Objects.requireNonNull(types.get(key), key), fieldKey, value));
            Map<String, Object> data = new LinkedHashMap<>(item.data());
            if (value == null || value instanceof String text && text.isBlank()) {
                data.remove(fieldKey);
            } else {
                data.put(fieldKey, value);
            }
            String title = field.type() == FieldType.TEXT
                            && item.title().equals(item.data().get(fieldKey))
                            && value instanceof String text
                            && !text.isBlank()
                    ? text
                    : item.title();
            changed.add(new NewContentItem(
                    item.id(), item.typeKey(), item.locale(), item.slug(), title, data, item.status()));
        }
        return changed;
    }

    /** The field, when the value may be set on every item of the type at once; otherwise a clear refusal. */
    FieldDefinition settable(ContentTypeDefinition type, String fieldKey, Object value) {
        FieldDefinition field = type.field(fieldKey)
                .orElseThrow(() -> new InvalidInputException(type.displayName() + " has no field \"" + fieldKey
                        + "\"; set a field on items of one type that has it."));
        if (field.type() == FieldType.SLUG) {
            throw new InvalidInputException("Slugs must differ from item to item, so \"" + field.label()
                    + "\" cannot be set on many items at once.");
        }
        if (field.type().isReference() || field.type() == FieldType.BLOCKS) {
            throw new InvalidInputException(
                    "\"" + field.label() + "\" holds references or blocks; edit those item by item.");
        }
        if (field.required() && (value == null || value instanceof String text && text.isBlank())) {
            throw new InvalidInputException("\"" + field.label() + "\" is required, so it cannot be cleared.");
        }
        checkValue(field, value);
        return field;
    }

    private void checkValue(FieldDefinition field, Object value) {
        ContentTypeDefinition holder =
                new ContentTypeDefinition("bulk", "Bulk", ContentKind.DATA, null, List.of(field));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(field.key(), value);
        List<ValidationError> errors = validator.validate(holder, data);
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
    }
}
