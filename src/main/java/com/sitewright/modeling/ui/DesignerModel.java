package com.sitewright.modeling.ui;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.modeling.DraftEdits;
import com.sitewright.modeling.DraftField;
import com.sitewright.modeling.DraftRules;
import com.sitewright.modeling.DraftType;
import com.sitewright.modeling.ModelDraft;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The designer's state, without any UI: the draft being edited, what is selected, and undo and redo of the
 * changes made since the last save. Every change keeps the draft consistent (references follow a renamed type,
 * keys stay unique) and remembers where each type and field came from, so saving can keep their data. What a new
 * type or field starts as is {@link NewParts}; the undo stack is an {@link UndoHistory} of whole states.
 */
final class DesignerModel {

    private static final int MAX_UNDO = 200;

    private List<ContentTypeDefinition> saved;
    private ModelDraft draft;
    private String selectedType;
    private String selectedField;
    private final UndoHistory<State> history = new UndoHistory<>(MAX_UNDO);

    private record State(ModelDraft draft, String type, String field) {}

    DesignerModel(ModelDraft saved) {
        reset(saved);
    }

    /** Starts again from a saved model (after a save, or to drop the changes); forgets undo and redo. */
    void reset(ModelDraft savedDraft) {
        this.saved = savedDraft.definitions();
        this.draft = savedDraft;
        history.clear();
        if (selectedType == null || type(selectedType).isEmpty()) {
            selectedType =
                    draft.types().isEmpty() ? null : draft.types().getFirst().key();
        }
        if (selectedField != null && field(selectedType, selectedField).isEmpty()) {
            selectedField = null;
        }
    }

    ModelDraft draft() {
        return draft;
    }

    List<DraftType> types() {
        return draft.types();
    }

    Optional<DraftType> type(String key) {
        return draft.types().stream().filter(type -> type.key().equals(key)).findFirst();
    }

    Optional<FieldDefinition> field(String typeKey, String fieldKey) {
        return type(typeKey)
                .flatMap(type -> type.fields().stream()
                        .map(DraftField::field)
                        .filter(field -> field.key().equals(fieldKey))
                        .findFirst());
    }

    Optional<DraftType> selectedType() {
        return selectedType == null ? Optional.empty() : type(selectedType);
    }

    Optional<FieldDefinition> selectedField() {
        return selectedField == null ? Optional.empty() : field(selectedType, selectedField);
    }

    void select(String typeKey, String fieldKey) {
        selectedType = type(typeKey).isPresent() ? typeKey : selectedType;
        selectedField = fieldKey != null && field(selectedType, fieldKey).isPresent() ? fieldKey : null;
    }

    boolean dirty() {
        return history.canUndo();
    }

    int changes() {
        return history.size();
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    void undo() {
        history.undo(state()).ifPresent(this::restore);
    }

    void redo() {
        history.redo(state()).ifPresent(this::restore);
    }

    /** What keeps the draft from being saved, as far as can be told without the items. */
    List<String> problems() {
        return DraftRules.check(saved, draft);
    }

    // ---- types -----------------------------------------------------------------------------------

    /** Adds a type with a title field after the others and selects it; returns its key. */
    String addType(String name, ContentKind kind) {
        DraftType type = NewParts.type(draft, name, kind);
        edit(DraftEdits.addType(draft, type, draft.types().size()));
        selectedType = type.key();
        selectedField = null;
        return type.key();
    }

    /** A copy with its own key and new fields (a copy never takes the original's data); returns its key. */
    String duplicateType(String key) {
        String copyKey = DraftEdits.unique(key + "Copy", DraftEdits.typeKeys(draft));
        edit(DraftEdits.duplicateType(
                draft, key, copyKey, DraftEdits.type(draft, key).displayName() + " (copy)"));
        selectedType = copyKey;
        selectedField = null;
        return copyKey;
    }

    void setTypeName(String key, String displayName) {
        edit(DraftEdits.updateType(
                draft,
                key,
                type -> new DraftType(
                        type.origin(), type.key(), displayName, type.kind(), type.description(), type.fields())));
    }

    void setTypeKind(String key, ContentKind kind) {
        edit(DraftEdits.updateType(
                draft,
                key,
                type -> new DraftType(
                        type.origin(), type.key(), type.displayName(), kind, type.description(), type.fields())));
    }

    void setTypeDescription(String key, String description) {
        edit(DraftEdits.updateType(
                draft,
                key,
                type -> new DraftType(
                        type.origin(), type.key(), type.displayName(), type.kind(), description, type.fields())));
    }

    /** Gives the type a new key; every reference and blocks field that pointed to it follows. */
    void setTypeKey(String key, String newKey) {
        if (key.equals(newKey)) {
            return;
        }
        edit(DraftEdits.renameType(draft, key, newKey));
        if (key.equals(selectedType)) {
            selectedType = newKey;
        }
    }

    /** Removes the type; fields that pointed to it no longer list it (the problems say when one points nowhere). */
    void deleteType(String key) {
        edit(DraftEdits.removeType(draft, key));
        if (key.equals(selectedType)) {
            selectedType =
                    draft.types().isEmpty() ? null : draft.types().getFirst().key();
            selectedField = null;
        }
    }

    // ---- fields ----------------------------------------------------------------------------------

    /** Adds a field of the given type at the position (clamped), selects it and returns its key. */
    String addField(String typeKey, FieldType fieldType, int position) {
        FieldDefinition field = NewParts.field(draft, typeKey, fieldType);
        edit(DraftEdits.addField(draft, typeKey, field, position));
        selectedType = typeKey;
        selectedField = field.key();
        return field.key();
    }

    /** Moves a field within its type to the position it takes after the move. */
    void moveField(String typeKey, String fieldKey, int position) {
        List<String> keys = DraftEdits.fieldKeys(draft, typeKey);
        if (keys.indexOf(fieldKey) != Math.clamp(position, 0, keys.size() - 1)) {
            edit(DraftEdits.moveField(draft, typeKey, fieldKey, position));
        }
    }

    /**
     * Where a dragged field lands when dropped on the field at {@code beforeIndex} (or past the last one): before
     * that field, in its own type or another.
     */
    void dropField(String fromType, String fieldKey, String toType, int beforeIndex) {
        if (fromType.equals(toType)) {
            int from = DraftEdits.fieldKeys(draft, fromType).indexOf(fieldKey);
            moveField(fromType, fieldKey, beforeIndex > from ? beforeIndex - 1 : beforeIndex);
        } else {
            moveFieldToType(fromType, fieldKey, toType, beforeIndex);
        }
    }

    /**
     * Moves a field to another type, at the position (clamped). Its key is made unique there; its values stay
     * with the items it came from, which saving says.
     */
    void moveFieldToType(String fromType, String fieldKey, String toType, int position) {
        if (fromType.equals(toType)) {
            moveField(fromType, fieldKey, position);
            return;
        }
        String key = DraftEdits.unique(fieldKey, DraftEdits.fieldKeys(draft, toType));
        edit(DraftEdits.moveFieldToType(draft, fromType, fieldKey, toType, position, key));
        selectedType = toType;
        selectedField = key;
    }

    /** Changes a field (label, key, type, rules …); returns its key afterwards. */
    String updateField(String typeKey, String fieldKey, UnaryOperator<FieldDefinition> update) {
        FieldDefinition current = DraftEdits.field(draft, typeKey, fieldKey).field();
        FieldDefinition changed = update.apply(current);
        if (changed.equals(current)) {
            return fieldKey;
        }
        edit(DraftEdits.updateField(draft, typeKey, fieldKey, field -> changed));
        if (fieldKey.equals(selectedField) && typeKey.equals(selectedType)) {
            selectedField = changed.key();
        }
        return changed.key();
    }

    void removeField(String typeKey, String fieldKey) {
        edit(DraftEdits.removeField(draft, typeKey, fieldKey));
        if (fieldKey.equals(selectedField) && typeKey.equals(selectedType)) {
            selectedField = null;
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void edit(ModelDraft next) {
        if (next.equals(draft)) {
            return;
        }
        history.record(state());
        draft = next;
    }

    private State state() {
        return new State(draft, selectedType, selectedField);
    }

    private void restore(State state) {
        draft = state.draft();
        selectedType = state.type();
        selectedField = state.field();
    }
}
