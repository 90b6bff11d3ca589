package com.sitewright.modeling;

import com.sitewright.content.ContentMigrations;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldConversion;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Moves the items' data along with a draft's steps, inside the caller's transaction, in an order that keeps
 * every step's view of the data right: items of removed types and values of removed fields go first, then
 * fields are renamed (through temporary keys when two swap names), converted, and finally types are renamed
 * and the block entries that name a renamed component follow.
 */
@Component
class DraftMigration {

    private static final String TEMPORARY = "__sitewright_rename_";

    private final ContentMigrations content;

    DraftMigration(ContentMigrations content) {
        this.content = content;
    }

    void apply(UUID projectId, List<ModelStep> steps, ModelDraft draft) {
        for (ModelStep step : steps) {
            if (step instanceof ModelStep.RemoveType remove) {
                content.deleteItemsOfType(projectId, remove.type().key());
            }
        }
        for (ModelStep step : steps) {
            if (step instanceof ModelStep.RemoveField remove) {
                content.removeFieldFromItems(
                        projectId, remove.typeKey(), remove.field().key());
            } else if (step instanceof ModelStep.MoveField move) {
                content.removeFieldFromItems(
                        projectId, move.typeKey(), move.field().key());
            }
        }
        Map<String, List<ModelStep.RenameField>> fieldRenames = new LinkedHashMap<>();
        for (ModelStep step : steps) {
            if (step instanceof ModelStep.RenameField rename) {
                fieldRenames
                        .computeIfAbsent(rename.typeKey(), key -> new ArrayList<>())
                        .add(rename);
            }
        }
        fieldRenames.forEach((typeKey, renames) -> renameAll(
                renames.stream().map(r -> new String[] {r.from(), r.to()}).toList(),
                (from, to) -> content.renameFieldInItems(projectId, typeKey, from, to)));
        Map<String, ContentTypeDefinition> byOrigin = new LinkedHashMap<>();
        draft.types().stream()
                .filter(type -> type.origin() != null)
                .forEach(type -> byOrigin.put(type.origin(), type.definition()));
        for (ModelStep step : steps) {
            if (step instanceof ModelStep.ConvertField convert && convert.typeChanged()) {
                FieldType from = convert.from().type();
                FieldDefinition to = convert.to();
                content.convertFieldInItems(
                        projectId,
                        convert.typeKey(),
                        byOrigin.get(convert.typeKey()),
                        to.key(),
                        value -> FieldConversion.convert(value, from, to));
            }
        }
        List<ModelStep.RenameType> typeRenames = steps.stream()
                .filter(ModelStep.RenameType.class::isInstance)
                .map(ModelStep.RenameType.class::cast)
                .toList();
        renameAll(
                typeRenames.stream().map(r -> new String[] {r.from(), r.to()}).toList(),
                (from, to) -> content.renameTypeOfItems(projectId, from, to));
        renameBlockEntries(projectId, typeRenames, draft);
        migrateComponentFields(projectId, steps, draft, typeRenames);
    }

    /**
     * Blocks hold their component's fields inline: removed, renamed and converted fields of a component change
     * inside every block entry of it too, in the same order as on items.
     */
    private void migrateComponentFields(
            UUID projectId, List<ModelStep> steps, ModelDraft draft, List<ModelStep.RenameType> typeRenames) {
        Map<String, EntryChange> changes = new LinkedHashMap<>();
        for (ModelStep step : steps) {
            switch (step) {
                case ModelStep.RemoveField remove ->
                    entry(changes, remove.typeKey()).removed.add(remove.field().key());
                case ModelStep.MoveField move ->
                    entry(changes, move.typeKey()).removed.add(move.field().key());
                case ModelStep.RenameField rename ->
                    entry(changes, rename.typeKey()).renamed.put(rename.from(), rename.to());
                case ModelStep.ConvertField convert
                when convert.typeChanged() ->
                    entry(changes, convert.typeKey()).converted.add(convert);
                default -> {}
            }
        }
        changes.forEach((storedKey, change) -> {
            String component = typeRenames.stream()
                    .filter(r -> r.from().equals(storedKey))
                    .map(ModelStep.RenameType::to)
                    .findFirst()
                    .orElse(storedKey);
            boolean isComponent = draft.types().stream()
                    .anyMatch(t -> t.key().equals(component) && t.kind() == ContentKind.COMPONENT);
            if (!isComponent) {
                return;
            }
            for (DraftType host : draft.types()) {
                for (DraftField field : host.fields()) {
                    if (field.field().type() == FieldType.BLOCKS
                            && field.field().referenceTypes().contains(component)) {
                        content.rewriteBlockEntries(
                                projectId, host.definition(), field.field().key(), component, change::apply);
                    }
                }
            }
        });
    }

    private static EntryChange entry(Map<String, EntryChange> changes, String componentKey) {
        return changes.computeIfAbsent(componentKey, key -> new EntryChange());
    }

    /** What happens to one component's fields inside a block entry: removals, renames (all at once), conversions. */
    private static final class EntryChange {
        private final Set<String> removed = new HashSet<>();
        private final Map<String, String> renamed = new LinkedHashMap<>();
        private final List<ModelStep.ConvertField> converted = new ArrayList<>();

        Map<String, Object> apply(Map<String, Object> entry) {
            Map<String, Object> result = new LinkedHashMap<>();
            entry.forEach((key, value) -> {
                if (!removed.contains(key)) {
                    result.put(renamed.getOrDefault(key, key), value);
                }
            });
            for (ModelStep.ConvertField convert : converted) {
                Object value = result.get(convert.to().key());
                if (value != null) {
                    FieldConversion.convert(value, convert.from().type(), convert.to())
                            .ifPresentOrElse(
                                    converted -> result.put(convert.to().key(), converted),
                                    () -> result.remove(convert.to().key()));
                }
            }
            return result;
        }
    }

    /**
     * Renames one after another, or through temporary names first when a new name is another's old one (two
     * fields swapping keys), so no rename lands on values not yet moved.
     */
    private static void renameAll(List<String[]> renames, BiConsumer<String, String> rename) {
        Set<String> from = new HashSet<>();
        renames.forEach(pair -> from.add(pair[0]));
        if (renames.stream().noneMatch(pair -> from.contains(pair[1]))) {
            renames.forEach(pair -> rename.accept(pair[0], pair[1]));
            return;
        }
        for (int i = 0; i < renames.size(); i++) {
            rename.accept(renames.get(i)[0], TEMPORARY + i);
        }
        for (int i = 0; i < renames.size(); i++) {
            rename.accept(TEMPORARY + i, renames.get(i)[1]);
        }
    }

    /** Blocks name their component inside each entry: entries of a renamed component take its new key. */
    private void renameBlockEntries(UUID projectId, List<ModelStep.RenameType> renames, ModelDraft draft) {
        for (ModelStep.RenameType rename : renames) {
            for (DraftType host : draft.types()) {
                for (DraftField field : host.fields()) {
                    if (field.field().type() == FieldType.BLOCKS
                            && field.field().referenceTypes().contains(rename.to())
                            && draft.types().stream()
                                    .anyMatch(t -> t.key().equals(rename.to()) && t.kind() == ContentKind.COMPONENT)) {
                        content.renameBlockTypeInItems(
                                projectId, host.key(), field.field().key(), rename.from(), rename.to());
                    }
                }
            }
        }
    }
}
