package com.sitewright.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a draft changes, told apart through origins: renames, moves, removals, copies and rule changes. */
class ModelDiffTest {

    private static final List<ContentTypeDefinition> SAVED = List.of(
            new ContentTypeDefinition(
                    "menuItem",
                    "Menu item",
                    ContentKind.DATA,
                    null,
                    List.of(
                            field("name", FieldType.TEXT),
                            field("calories", FieldType.INTEGER),
                            field("notes", FieldType.TEXT))),
            new ContentTypeDefinition(
                    "product", "Product", ContentKind.DATA, null, List.of(field("title", FieldType.TEXT))));

    @Test
    void anUnchangedDraftChangesNothing() {
        assertThat(ModelDiff.between(SAVED, ModelDraft.of(0, SAVED))).isEmpty();
    }

    @Test
    void aRenamedKeyIsARenameNotARemovalAndAnAddition() {
        ModelDraft draft =
                DraftEdits.updateField(ModelDraft.of(0, SAVED), "menuItem", "calories", f -> f.withKey("energy"));

        assertThat(ModelDiff.between(SAVED, draft))
                .containsExactly(new ModelStep.RenameField("menuItem", "Menu item", "calories", "energy"));
    }

    @Test
    void aFieldFoundInAnotherTypeWasMovedAndItsSourceItemsLoseTheValue() {
        ModelDraft draft =
                DraftEdits.moveFieldToType(ModelDraft.of(0, SAVED), "menuItem", "notes", "product", 1, "notes");

        List<ModelStep> steps = ModelDiff.between(SAVED, draft);
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0)).isInstanceOf(ModelStep.MoveField.class);
        assertThat(steps.get(1))
                .isEqualTo(new ModelStep.AddField("product", "Product", field("notes", FieldType.TEXT), true));
    }

    @Test
    void aCopyOfATypeNeverClaimsItsOriginalsData() {
        ModelDraft draft = DraftEdits.duplicateType(ModelDraft.of(0, SAVED), "menuItem", "menuItemCopy", "Copy");
        // Even a draft that claims the same origins twice gets one claim each: the second is new.
        DraftType sneaky = new DraftType(
                "menuItem",
                "menuItem2",
                "Again",
                ContentKind.DATA,
                null,
                DraftEdits.type(draft, "menuItem").fields());
        ModelDraft twice = DraftEdits.addType(draft, sneaky, 99);

        assertThat(ModelDiff.between(SAVED, draft)).singleElement().isInstanceOf(ModelStep.AddType.class);
        assertThat(ModelDiff.between(SAVED, twice)).hasSize(2).allMatch(ModelStep.AddType.class::isInstance);
    }

    @Test
    void typeAndRuleChangesAreConversionsAndAFieldMadeRequiredIsChecked() {
        ModelDraft draft = DraftEdits.updateField(
                ModelDraft.of(0, SAVED),
                "menuItem",
                "notes",
                f -> f.withType(FieldType.LONG_TEXT).withRequired(true));
        draft = DraftEdits.updateField(draft, "menuItem", "name", f -> f.withValidations(Validations.length(null, 80)));

        List<ModelStep> steps = ModelDiff.between(SAVED, draft);
        assertThat(steps).hasSize(3);
        assertThat(steps).filteredOn(ModelStep.ConvertField.class::isInstance).hasSize(2);
        assertThat(steps)
                .filteredOn(ModelStep.RequireField.class::isInstance)
                .singleElement()
                .extracting(step -> ((ModelStep.RequireField) step).fieldKey())
                .isEqualTo("notes");
        assertThat(ModelDiff.ruleChanges(Validations.NONE, Validations.length(null, 80)))
                .containsExactly("max length none → 80");
    }

    @Test
    void removedTypesAndFieldsAndReorderingsAreSaid() {
        ModelDraft draft = DraftEdits.removeType(ModelDraft.of(0, SAVED), "product");
        draft = DraftEdits.removeField(draft, "menuItem", "calories");
        draft = DraftEdits.moveField(draft, "menuItem", "notes", 0);

        assertThat(ModelDiff.between(SAVED, draft))
                .extracting(step -> step.getClass().getSimpleName())
                .containsExactly("RemoveType", "RemoveField", "ReorderFields");
    }

    private static FieldDefinition field(String key, FieldType type) {
        return new FieldDefinition(key, key, type, false, false, null, List.of());
    }
}
