package com.sitewright.modeling;

import com.sitewright.base.NotFoundException;
import com.sitewright.model.ContentKind;
import com.sitewright.model.FieldDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Changes to a {@link ModelDraft}, each giving a new draft: the designer and the API edit models through these,
 * so both keep a draft consistent the same way (references follow a renamed type, moved fields remember where
 * they came from, copies never claim their original's data).
 */
public final class DraftEdits {

    private DraftEdits() {}

    public static DraftType type(ModelDraft draft, String key) {
        return draft.types().stream()
                .filter(type -> type.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no content type \"" + key + "\" in this model."));
    }

    public static DraftField field(ModelDraft draft, String typeKey, String fieldKey) {
        return type(draft, typeKey).fields().stream()
                .filter(field -> field.field().key().equals(fieldKey))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(typeKey + " has no field \"" + fieldKey + "\"."));
    }

    /** {@code key}, or {@code key2}, {@code key3} … when it is taken. */
    public static String unique(String key, List<String> taken) {
        String candidate = key;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = key + n;
        }
        return candidate;
    }

    public static ModelDraft addType(ModelDraft draft, DraftType type, int position) {
        return change(draft, types -> types.add(Math.clamp(position, 0, types.size()), type));
    }

    public static ModelDraft updateType(ModelDraft draft, String key, UnaryOperator<DraftType> update) {
        DraftType current = type(draft, key);
        return change(draft, types -> types.set(types.indexOf(current), update.apply(current)));
    }

    /** Gives the type a new key; every reference and blocks field that pointed to it follows. */
    public static ModelDraft renameType(ModelDraft draft, String key, String newKey) {
        type(draft, key);
        return change(draft, types -> {
            for (int i = 0; i < types.size(); i++) {
                DraftType type = types.get(i);
                List<DraftField> fields = retarget(type.fields(), target -> target.equals(key) ? newKey : target);
                types.set(
                        i,
                        type.key().equals(key)
                                ? new DraftType(
                                        type.origin(),
                                        newKey,
                                        type.displayName(),
                                        type.kind(),
                                        type.description(),
                                        fields)
                                : type.withFields(fields));
            }
        });
    }

    /** Removes the type; fields that pointed to it no longer list it (the rules say when one then points nowhere). */
    public static ModelDraft removeType(ModelDraft draft, String key) {
        DraftType doomed = type(draft, key);
        return change(draft, types -> {
            types.remove(doomed);
            for (int i = 0; i < types.size(); i++) {
                DraftType type = types.get(i);
                types.set(
                        i,
                        type.withFields(type.fields().stream()
                                .map(field -> field.with(field.field()
                                        .withReferenceTypes(field.field().referenceTypes().stream()
                                                .filter(target -> !target.equals(key))
                                                .toList())))
                                .toList()));
            }
        });
    }

    /** A copy of the type after it, under {@code copyKey}, whose fields are all new. */
    public static ModelDraft duplicateType(ModelDraft draft, String key, String copyKey, String copyName) {
        DraftType original = type(draft, key);
        List<DraftField> fields = original.fields().stream()
                .map(field -> DraftField.added(field.field()))
                .toList();
        return change(
                draft,
                types -> types.add(
                        types.indexOf(original) + 1,
                        new DraftType(null, copyKey, copyName, original.kind(), original.description(), fields)));
    }

    public static ModelDraft addField(ModelDraft draft, String typeKey, FieldDefinition field, int position) {
        return updateFields(
                draft, typeKey, fields -> fields.add(Math.clamp(position, 0, fields.size()), DraftField.added(field)));
    }

    public static ModelDraft updateField(
            ModelDraft draft, String typeKey, String fieldKey, UnaryOperator<FieldDefinition> update) {
        DraftField current = field(draft, typeKey, fieldKey);
        return updateFields(
                draft,
                typeKey,
                fields -> fields.set(fields.indexOf(current), current.with(update.apply(current.field()))));
    }

    public static ModelDraft removeField(ModelDraft draft, String typeKey, String fieldKey) {
        DraftField doomed = field(draft, typeKey, fieldKey);
        return updateFields(draft, typeKey, fields -> fields.remove(doomed));
    }

    /** Moves a field within its type to the position it takes after the move (clamped). */
    public static ModelDraft moveField(ModelDraft draft, String typeKey, String fieldKey, int position) {
        DraftField moving = field(draft, typeKey, fieldKey);
        return updateFields(draft, typeKey, fields -> {
            fields.remove(moving);
            fields.add(Math.clamp(position, 0, fields.size()), moving);
        });
    }

    /** Moves a field to another type at the position (clamped), under {@code newKey} there. */
    public static ModelDraft moveFieldToType(
            ModelDraft draft, String fromType, String fieldKey, String toType, int position, String newKey) {
        DraftField moving = field(draft, fromType, fieldKey);
        type(draft, toType);
        return change(draft, types -> {
            for (int i = 0; i < types.size(); i++) {
                DraftType type = types.get(i);
                List<DraftField> fields = new ArrayList<>(type.fields());
                if (type.key().equals(fromType)) {
                    fields.remove(moving);
                } else if (type.key().equals(toType)) {
                    fields.add(
                            Math.clamp(position, 0, fields.size()),
                            moving.with(moving.field().withKey(newKey)));
                }
                types.set(i, type.withFields(fields));
            }
        });
    }

    public static List<String> typeKeys(ModelDraft draft) {
        return draft.types().stream().map(DraftType::key).toList();
    }

    public static List<String> fieldKeys(ModelDraft draft, String typeKey) {
        return type(draft, typeKey).fields().stream()
                .map(field -> field.field().key())
                .toList();
    }

    /** Components a new blocks field can hold at first. */
    public static List<String> componentKeys(ModelDraft draft) {
        return draft.types().stream()
                .filter(type -> type.kind() == ContentKind.COMPONENT)
                .map(DraftType::key)
                .toList();
    }

    private static List<DraftField> retarget(List<DraftField> fields, UnaryOperator<String> target) {
        return fields.stream()
                .map(field -> field.with(field.field()
                        .withReferenceTypes(field.field().referenceTypes().stream()
                                .map(target)
                                .toList())))
                .toList();
    }

    private static ModelDraft updateFields(ModelDraft draft, String typeKey, Consumer<List<DraftField>> update) {
        DraftType type = type(draft, typeKey);
        List<DraftField> fields = new ArrayList<>(type.fields());
        update.accept(fields);
        return change(draft, types -> types.set(types.indexOf(type), type.withFields(fields)));
    }

    private static ModelDraft change(ModelDraft draft, Consumer<List<DraftType>> edit) {
        List<DraftType> types = new ArrayList<>(draft.types());
        edit.accept(types);
        return new ModelDraft(draft.baseVersion(), types);
    }
}
