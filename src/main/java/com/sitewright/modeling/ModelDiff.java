package com.sitewright.modeling;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.Validations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a draft changes in a saved model, found through the origins its types and fields remember: a field whose
 * key differs from its origin's was renamed, one found in another type was moved, a saved one found nowhere was
 * removed. Pure, so the designer's changes can be checked without a database.
 */
final class ModelDiff {

    private ModelDiff() {}

    static List<ModelStep> between(List<ContentTypeDefinition> saved, ModelDraft draft) {
        Map<String, ContentTypeDefinition> savedTypes = new LinkedHashMap<>();
        saved.forEach(type -> savedTypes.put(type.key(), type));
        List<DraftType> types = claimed(draft.types(), savedTypes);
        Map<String, DraftType> draftByOrigin = new LinkedHashMap<>();
        types.stream().filter(type -> type.origin() != null).forEach(type -> draftByOrigin.put(type.origin(), type));
        // Where each saved field went: (its draft type, its draft field).
        Map<String, Placed> placed = new LinkedHashMap<>();
        for (DraftType type : types) {
            for (DraftField field : type.fields()) {
                if (!field.isNew()) {
                    placed.put(id(field.originType(), field.originKey()), new Placed(type, field));
                }
            }
        }

        List<ModelStep> steps = new ArrayList<>();
        for (ContentTypeDefinition type : saved) {
            if (!draftByOrigin.containsKey(type.key())) {
                steps.add(new ModelStep.RemoveType(type));
            }
        }
        for (ContentTypeDefinition type : saved) {
            DraftType now = draftByOrigin.get(type.key());
            if (now == null) {
                continue;
            }
            for (FieldDefinition field : type.fields()) {
                Placed at = placed.get(id(type.key(), field.key()));
                if (at == null) {
                    steps.add(new ModelStep.RemoveField(type.key(), type.displayName(), field));
                } else if (at.type() != now) {
                    steps.add(new ModelStep.MoveField(
                            type.key(), type.displayName(), field, at.type().displayName()));
                }
            }
        }
        for (DraftType type : types) {
            if (type.origin() == null) {
                steps.add(new ModelStep.AddType(type.definition()));
                continue;
            }
            // Drafts are normalised first: an origin names a saved type.
            ContentTypeDefinition before = Objects.requireNonNull(savedTypes.get(type.origin()), "saved type");
            fieldSteps(before, type, steps);
            List<String> typeChanges = typeChanges(before, type);
            if (!typeChanges.isEmpty()) {
                steps.add(new ModelStep.EditType(type.displayName(), typeChanges));
            }
            if (!type.key().equals(before.key())) {
                steps.add(new ModelStep.RenameType(before.key(), type.key(), type.displayName()));
            }
        }
        List<String> savedOrder = saved.stream()
                .map(ContentTypeDefinition::key)
                .filter(draftByOrigin::containsKey)
                .toList();
        List<String> draftOrder =
                types.stream().map(DraftType::origin).filter(Objects::nonNull).toList();
        if (!savedOrder.equals(draftOrder)) {
            steps.add(new ModelStep.ReorderTypes());
        }
        return steps;
    }

    private record Placed(DraftType type, DraftField field) {}

    private static void fieldSteps(ContentTypeDefinition before, DraftType type, List<ModelStep> steps) {
        String host = before.key();
        for (DraftField draftField : type.fields()) {
            FieldDefinition field = draftField.field();
            if (draftField.isNew()) {
                steps.add(new ModelStep.AddField(host, type.displayName(), field, false));
                continue;
            }
            if (!draftField.originType().equals(host)) {
                steps.add(new ModelStep.AddField(host, type.displayName(), field, true));
                continue;
            }
            FieldDefinition old = before.field(draftField.originKey()).orElseThrow();
            if (!field.key().equals(old.key())) {
                steps.add(new ModelStep.RenameField(host, type.displayName(), old.key(), field.key()));
            }
            if (field.type() != old.type() || !field.validations().equals(old.validations())) {
                steps.add(new ModelStep.ConvertField(host, type.displayName(), old.key(), old, field));
            }
            if (field.required() && !old.required()) {
                steps.add(new ModelStep.RequireField(host, type.displayName(), old.key(), field));
            }
            List<String> changes = fieldChanges(old, field);
            if (!changes.isEmpty()) {
                steps.add(new ModelStep.EditField(type.displayName(), field.key(), changes));
            }
        }
        List<String> savedOrder = before.fields().stream()
                .map(FieldDefinition::key)
                .filter(key ->
                        type.fields().stream().anyMatch(f -> host.equals(f.originType()) && key.equals(f.originKey())))
                .toList();
        List<String> draftOrder = type.fields().stream()
                .filter(f -> host.equals(f.originType()))
                .map(DraftField::originKey)
                .toList();
        if (!savedOrder.equals(draftOrder)) {
            steps.add(new ModelStep.ReorderFields(type.displayName()));
        }
    }

    /**
     * The draft's types with origins that really are saved types and fields, each claimed once: a copy of a
     * saved type or field (a duplicate) counts as new, so it never takes its original's data.
     */
    private static List<DraftType> claimed(List<DraftType> types, Map<String, ContentTypeDefinition> saved) {
        Set<String> typesClaimed = new HashSet<>();
        Set<String> fieldsClaimed = new HashSet<>();
        List<DraftType> result = new ArrayList<>();
        for (DraftType type : types) {
            String origin = type.origin() != null && saved.containsKey(type.origin()) && typesClaimed.add(type.origin())
                    ? type.origin()
                    : null;
            List<DraftField> fields = new ArrayList<>();
            for (DraftField field : type.fields()) {
                boolean real = !field.isNew()
                        && field.originType() != null
                        && saved.containsKey(field.originType())
                        && saved.get(field.originType())
                                .field(field.originKey())
                                .isPresent()
                        && fieldsClaimed.add(id(field.originType(), field.originKey()));
                fields.add(real ? field : DraftField.added(field.field()));
            }
            result.add(new DraftType(origin, type.key(), type.displayName(), type.kind(), type.description(), fields));
        }
        return result;
    }

    private static List<String> typeChanges(ContentTypeDefinition before, DraftType after) {
        List<String> changes = new ArrayList<>();
        if (!before.displayName().equals(after.displayName()) && before.key().equals(after.key())) {
            changes.add("name \"" + before.displayName() + "\" → \"" + after.displayName() + "\"");
        }
        if (before.kind() != after.kind()) {
            changes.add("kind " + before.kind().id() + " → " + after.kind().id());
        }
        if (!Objects.equals(blankToNull(before.description()), blankToNull(after.description()))) {
            changes.add("description");
        }
        return changes;
    }

    private static List<String> fieldChanges(FieldDefinition before, FieldDefinition after) {
        List<String> changes = new ArrayList<>();
        if (!before.label().equals(after.label())) {
            changes.add("label \"" + before.label() + "\" → \"" + after.label() + "\"");
        }
        if (before.required() && !after.required()) {
            changes.add("now optional");
        }
        if (before.localized() != after.localized()) {
            changes.add(after.localized() ? "now localized" : "no longer localized");
        }
        if (!Objects.equals(before.helpText(), after.helpText())) {
            changes.add("help text");
        }
        if (!Objects.equals(before.role(), after.role())) {
            changes.add("role " + roleName(before) + " → " + roleName(after));
        }
        if (!before.referenceTypes().equals(after.referenceTypes())) {
            changes.add("targets " + String.join(", ", before.referenceTypes()) + " → "
                    + String.join(", ", after.referenceTypes()));
        }
        return changes;
    }

    /** "max length 120 → 80", "allowed values", … for the rules that differ. */
    static List<String> ruleChanges(Validations before, Validations after) {
        List<String> changes = new ArrayList<>();
        rule(changes, "min length", before, after, Validations::minLength);
        rule(changes, "max length", before, after, Validations::maxLength);
        rule(changes, "min", before, after, Validations::min);
        rule(changes, "max", before, after, Validations::max);
        rule(changes, "pattern", before, after, Validations::pattern);
        rule(changes, "allowed values", before, after, Validations::allowedValues);
        rule(changes, "min items", before, after, Validations::minItems);
        rule(changes, "max items", before, after, Validations::maxItems);
        return changes;
    }

    private static void rule(
            List<String> changes,
            String name,
            Validations before,
            Validations after,
            Function<Validations, Object> part) {
        Object was = part.apply(before);
        Object now = part.apply(after);
        if (!Objects.equals(was, now)) {
            changes.add(name + " " + shown(was) + " → " + shown(now));
        }
    }

    private static String shown(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Double number && number == Math.rint(number)) {
            return Long.toString(number.longValue());
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value instanceof String text ? "\"" + text + "\"" : value.toString();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String id(String typeKey, String fieldKey) {
        return typeKey + "\u0000" + fieldKey;
    }

    private static String roleName(FieldDefinition field) {
        return field.role() == null ? "inferred" : field.role().id();
    }
}
