package com.sitewright.modeling;

import com.sitewright.content.ContentMigrations;
import com.sitewright.content.FieldValue;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldConversion;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What each step of a draft does to the items, counted in the database before anything changes, and what keeps
 * the draft from being saved: broken model rules, reserved keys, required fields that items leave empty.
 */
@Component
class DraftImpact {

    private static final int EXAMPLES = 10;
    private static final int MAX_SHOWN_VALUE = 80;

    private final ContentMigrations content;

    DraftImpact(ContentMigrations content) {
        this.content = content;
    }

    record Assessment(List<ModelChangeLine> lines, List<String> errors) {}

    Assessment assess(UUID projectId, List<ContentTypeDefinition> saved, ModelDraft draft, List<ModelStep> steps) {
        List<String> errors = new ArrayList<>(DraftRules.check(saved, draft));
        List<ModelChangeLine> lines = new ArrayList<>();
        for (ModelStep step : steps) {
            ModelChangeLine line = switch (step) {
                case ModelStep.RemoveType remove -> {
                    long items = content.countOfType(projectId, remove.type().key());
                    yield ModelChangeLine.of(
                            "Removes the type \"" + remove.type().displayName() + "\" and its " + count(items, "item"),
                            items,
                            items > 0);
                }
                case ModelStep.AddType add ->
                    ModelChangeLine.of(
                            "Adds the " + add.type().kind().id() + " type \""
                                    + add.type().displayName() + "\" ("
                                    + add.type().key() + ") with "
                                    + count(add.type().fields().size(), "field"),
                            0,
                            false);
                case ModelStep.RenameType rename -> {
                    long items = content.countOfType(projectId, rename.from());
                    yield ModelChangeLine.of(
                            "Renames the type key " + rename.from() + " → " + rename.to() + " (\"" + rename.typeName()
                                    + "\"); its " + count(items, "item") + " follow",
                            items,
                            false);
                }
                case ModelStep.EditType edit ->
                    ModelChangeLine.of(
                            "Changes the type \"" + edit.typeName() + "\": " + String.join(", ", edit.changes()),
                            0,
                            false);
                case ModelStep.ReorderTypes ignored -> ModelChangeLine.of("Reorders the content types", 0, false);
                case ModelStep.RemoveField remove -> {
                    long items = content.countWithValue(
                            projectId, remove.typeKey(), remove.field().key());
                    yield ModelChangeLine.of(
                            "Removes the field \"" + remove.field().label() + "\" ("
                                    + remove.field().key() + ") from " + remove.typeName() + "; " + lose(items),
                            items,
                            items > 0);
                }
                case ModelStep.MoveField move -> {
                    long items = content.countWithValue(
                            projectId, move.typeKey(), move.field().key());
                    yield ModelChangeLine.of(
                            "Moves the field \"" + move.field().label() + "\" from " + move.typeName()
                                    + " to " + move.toTypeName() + "; values stay with their items, so "
                                    + move.typeName() + "'s "
                                    + lose(items),
                            items,
                            items > 0);
                }
                case ModelStep.AddField add -> addField(projectId, add, errors);
                case ModelStep.RenameField rename -> {
                    long items = content.countWithValue(projectId, rename.typeKey(), rename.from());
                    yield ModelChangeLine.of(
                            "Renames " + rename.typeName() + "'s field " + rename.from() + " → "
                                    + rename.to() + "; " + count(items, "item") + " keep "
                                    + (items == 1 ? "its" : "their")
                                    + " value",
                            items,
                            false);
                }
                case ModelStep.ConvertField convert -> {
                    ModelChangeLine changed = convert(projectId, convert);
                    if (convert.typeChanged() && convert.to().required() && changed.failing() > 0) {
                        errors.add(convert.typeName() + "'s field \""
                                + convert.to().label() + "\" is required, but "
                                + count(changed.failing(), "value") + " cannot become "
                                + convert.to().type().id()
                                + " and would be cleared. Make it optional first, or fix those values.");
                    }
                    yield changed;
                }
                case ModelStep.RequireField require -> {
                    long empty = content.countWithoutValue(projectId, require.typeKey(), require.fieldKey());
                    if (empty > 0) {
                        errors.add(require.typeName() + "'s field \""
                                + require.field().label() + "\" cannot be required yet: "
                                + count(empty, "item") + (empty == 1 ? " has" : " have") + " no value. Fill "
                                + (empty == 1 ? "it" : "them") + " in first, or keep the field optional.");
                    }
                    yield ModelChangeLine.of(
                            "Makes " + require.typeName() + "'s field \""
                                    + require.field().label() + "\" required",
                            0,
                            false);
                }
                case ModelStep.EditField edit ->
                    ModelChangeLine.of(
                            "Changes " + edit.typeName() + "'s field " + edit.fieldKey() + ": "
                                    + String.join(", ", edit.changes()),
                            0,
                            false);
                case ModelStep.ReorderFields reorder ->
                    ModelChangeLine.of("Reorders the fields of " + reorder.typeName(), 0, false);
            };
            if (line != null) {
                lines.add(line);
            }
        }
        return new Assessment(lines, errors);
    }

    private @Nullable ModelChangeLine addField(UUID projectId, ModelStep.AddField add, List<String> errors) {
        if (add.field().required() && add.typeKey() != null) {
            long items = content.countOfType(projectId, add.typeKey());
            if (items > 0) {
                errors.add(add.typeName() + "'s new field \"" + add.field().label() + "\" is required, but its "
                        + count(items, "item")
                        + " would have no value. Add it as optional, fill it in, then make it required.");
            }
        }
        // A moved field's line is its move.
        return add.moved()
                ? null
                : ModelChangeLine.of(
                        "Adds the " + add.field().type().id() + " field \""
                                + add.field().label() + "\" (" + add.field().key() + ") to " + add.typeName(),
                        0,
                        false);
    }

    /**
     * A new type converts the values it can and clears the rest (they are listed, and saving needs confirming);
     * new rules on the same type keep every value and only say which break them.
     */
    private ModelChangeLine convert(UUID projectId, ModelStep.ConvertField convert) {
        List<FieldValue> values = content.fieldValues(projectId, convert.typeKey(), convert.fieldKey());
        List<FieldValue> failing = values.stream()
                .filter(value -> FieldConversion.convert(
                                value.value(), convert.from().type(), convert.to())
                        .isEmpty())
                .toList();
        List<ModelChangeLine.ItemExample> examples = failing.stream()
                .limit(EXAMPLES)
                .map(value -> new ModelChangeLine.ItemExample(value.itemId(), value.title(), shown(value.value())))
                .toList();
        String field = convert.typeName() + "'s field \"" + convert.to().label() + "\"";
        if (convert.typeChanged()) {
            String text = "Changes " + field + " from " + convert.from().type().id() + " to "
                    + convert.to().type().id()
                    + ": " + count(values.size() - failing.size(), "value") + " convert"
                    + (failing.isEmpty()
                            ? ""
                            : ", " + failing.size() + " cannot and " + (failing.size() == 1 ? "is" : "are")
                                    + " cleared");
            return new ModelChangeLine(text, values.size(), !failing.isEmpty(), examples, failing.size());
        }
        String text = "Changes the rules of " + field + ": "
                + String.join(
                        ", ",
                        ModelDiff.ruleChanges(
                                convert.from().validations(), convert.to().validations()))
                + (failing.isEmpty()
                        ? ""
                        : "; " + count(failing.size(), "item") + " break the new rules and keep "
                                + (failing.size() == 1 ? "its value" : "their values") + " until edited");
        return new ModelChangeLine(text, failing.size(), false, examples, failing.size());
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_SHOWN_VALUE ? text : text.substring(0, MAX_SHOWN_VALUE - 1) + "…";
    }

    private static String lose(long items) {
        return items == 1 ? "1 item loses its value" : items + " items lose their value";
    }

    static String count(long count, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d", count) + " " + noun + (count == 1 ? "" : "s");
    }
}
