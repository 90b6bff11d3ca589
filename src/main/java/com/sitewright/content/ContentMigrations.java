package com.sitewright.content;

import com.sitewright.base.JobApi;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item data that follows a model change. Callers (the modeling service) check access and run these inside the
 * transaction that saves the model, so the model and its items never disagree.
 */
@Service
@JobApi
public class ContentMigrations {

    private final ItemMigrationStore migrations;
    private final ContentItemStore store;

    ContentMigrations(ItemMigrationStore migrations, ContentItemStore store) {
        this.migrations = migrations;
        this.store = store;
    }

    /** How many items the project holds, for its counts after a model change. */
    @Transactional(readOnly = true)
    public long countAll(UUID projectId) {
        return store.countAll(projectId);
    }

    /** How many items a type holds. */
    @Transactional(readOnly = true)
    public long countOfType(UUID projectId, String typeKey) {
        return migrations.countOfType(projectId, typeKey);
    }

    /** How many items of the type hold a value for the field. */
    @Transactional(readOnly = true)
    public long countWithValue(UUID projectId, String typeKey, String fieldKey) {
        return migrations.countWithValue(projectId, typeKey, fieldKey);
    }

    /** How many items of the type have no value for the field (missing, null or blank), as a required field sees them. */
    @Transactional(readOnly = true)
    public long countWithoutValue(UUID projectId, String typeKey, String fieldKey) {
        return migrations.countWithoutValue(projectId, typeKey, fieldKey);
    }

    /** Every value the type's items hold for the field (working copy), with their titles, in title order. */
    @Transactional(readOnly = true)
    public List<FieldValue> fieldValues(UUID projectId, String typeKey, String fieldKey) {
        return migrations.values(projectId, typeKey, fieldKey);
    }

    /**
     * Gives every item of the type (both copies) its field's value as {@code convert} turns it, dropping values it
     * turns into nothing; {@code type} is the type as it will be, for the sort and search columns. Returns how many
     * working-copy items changed.
     */
    @Transactional
    public int convertFieldInItems(
            UUID projectId,
            String storedTypeKey,
            ContentTypeDefinition type,
            String fieldKey,
            Function<Object, Optional<Object>> convert) {
        return migrations.rewrite(projectId, type, storedTypeKey, fieldKey, data -> {
            Object value = data.get(fieldKey);
            if (value != null) {
                Optional<Object> converted = convert.apply(value);
                if (converted.isPresent()) {
                    data.put(fieldKey, converted.get());
                } else {
                    data.remove(fieldKey);
                }
            }
            return data;
        });
    }

    /**
     * Changes the entries of one component inside a blocks field of the host type's items (both copies): blocks
     * hold their component's fields inline, so a change of the component's fields must reach them there too.
     * {@code host} is the host type as stored now. Returns how many working-copy items changed.
     */
    @Transactional
    public int rewriteBlockEntries(
            UUID projectId,
            ContentTypeDefinition host,
            String blocksField,
            String componentKey,
            java.util.function.UnaryOperator<Map<String, Object>> change) {
        return migrations.rewrite(projectId, host, host.key(), blocksField, data -> {
            if (data.get(blocksField) instanceof List<?> entries) {
                List<Object> changed = new java.util.ArrayList<>(entries.size());
                for (Object entry : entries) {
                    if (entry instanceof Map<?, ?> block
                            && componentKey.equals(block.get(ContentValidator.BLOCK_TYPE_KEY))) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> fields = new java.util.LinkedHashMap<>((Map<String, Object>) block);
                        changed.add(change.apply(fields));
                    } else {
                        changed.add(entry);
                    }
                }
                data.put(blocksField, changed);
            }
            return data;
        });
    }

    /** Moves every item's value of a renamed field to its new key; returns how many items had a value. */
    @Transactional
    public int renameFieldInItems(UUID projectId, String typeKey, String from, String to) {
        return migrations.renameField(projectId, typeKey, from, to);
    }

    /** Drops a removed field's value from every item of the type; returns how many items had one. */
    @Transactional
    public int removeFieldFromItems(UUID projectId, String typeKey, String fieldKey) {
        return migrations.removeField(projectId, typeKey, fieldKey);
    }

    /** Moves every item of a renamed type to its new key; returns how many items it holds. */
    @Transactional
    public int renameTypeOfItems(UUID projectId, String from, String to) {
        return migrations.renameType(projectId, from, to);
    }

    /** Renames a component type inside one blocks field of the host type's items; returns how many items changed. */
    @Transactional
    public int renameBlockTypeInItems(UUID projectId, String hostTypeKey, String fieldKey, String from, String to) {
        return migrations.renameBlockType(projectId, hostTypeKey, fieldKey, from, to);
    }

    /** Deletes every item of a removed type, working and published; returns how many there were. */
    @Transactional
    public int deleteItemsOfType(UUID projectId, String typeKey) {
        return migrations.deleteType(projectId, typeKey);
    }
}
