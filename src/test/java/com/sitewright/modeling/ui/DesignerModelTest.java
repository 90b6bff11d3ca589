package com.sitewright.modeling.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sitewright.base.NotFoundException;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import com.sitewright.modeling.DraftField;
import com.sitewright.modeling.DraftType;
import com.sitewright.modeling.ModelDraft;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The designer's state without a browser: dropping, reordering, moving, undo and redo, and what blocks a save. */
class DesignerModelTest {

    private DesignerModel designer;

    @BeforeEach
    void setUp() {
        designer = new DesignerModel(ModelDraft.of(
                3,
                List.of(
                        type("homePage", ContentKind.PAGE, text("title", true), text("intro", false)),
                        type(
                                "menuItem",
                                ContentKind.DATA,
                                text("name", true),
                                text("description", false),
                                new FieldDefinition(
                                        "category",
                                        "Category",
                                        FieldType.REFERENCE,
                                        true,
                                        false,
                                        null,
                                        List.of("menuCategory"))),
                        type("menuCategory", ContentKind.DATA, text("name", true)))));
    }

    @Test
    void aFieldTypeDroppedOnTheCanvasIsAddedWhereItWasDroppedAndSelected() {
        String key = designer.addField("menuItem", FieldType.INTEGER, 1);

        assertThat(key).isEqualTo("newInteger");
        assertThat(keys("menuItem")).containsExactly("name", "newInteger", "description", "category");
        assertThat(designer.selectedField())
                .get()
                .extracting(FieldDefinition::type)
                .isEqualTo(FieldType.INTEGER);
        assertThat(designer.addField("menuItem", FieldType.INTEGER, 99)).isEqualTo("newInteger2");
        assertThat(keys("menuItem")).last().isEqualTo("newInteger2");
        assertThat(fieldOf("menuItem", "newInteger").isNew()).isTrue();
        assertThat(designer.dirty()).isTrue();
        assertThat(designer.changes()).isEqualTo(2);
    }

    @Test
    void fieldsAreReorderedByDragAndKeepTheirOrigin() {
        designer.moveField("menuItem", "category", 0);

        assertThat(keys("menuItem")).containsExactly("category", "name", "description");
        assertThat(fieldOf("menuItem", "category").originKey()).isEqualTo("category");
        designer.moveField("menuItem", "category", 0);
        assertThat(designer.changes())
                .as("moving to where it is changes nothing")
                .isEqualTo(1);
    }

    @Test
    void aFieldDroppedOnAnotherFieldLandsBeforeItWhicheverWayItMoved() {
        designer.dropField("menuItem", "name", "menuItem", 2);
        assertThat(keys("menuItem")).containsExactly("description", "name", "category");
        designer.dropField("menuItem", "category", "menuItem", 0);
        assertThat(keys("menuItem")).containsExactly("category", "description", "name");
        designer.dropField("menuItem", "category", "menuItem", 3);
        assertThat(keys("menuItem")).containsExactly("description", "name", "category");
        designer.dropField("menuItem", "name", "homePage", 1);
        assertThat(keys("homePage")).containsExactly("title", "name", "intro");
    }

    @Test
    void aFieldDroppedOnAnotherTypeMovesThereWithAUniqueKeyAndRemembersWhereItCameFrom() {
        designer.moveFieldToType("menuItem", "name", "menuCategory", 1);

        assertThat(keys("menuItem")).containsExactly("description", "category");
        assertThat(keys("menuCategory")).containsExactly("name", "name2");
        DraftField moved = fieldOf("menuCategory", "name2");
        assertThat(moved.originType()).isEqualTo("menuItem");
        assertThat(moved.originKey()).isEqualTo("name");
        assertThat(designer.selectedType()).get().extracting(DraftType::key).isEqualTo("menuCategory");
        assertThat(designer.selectedField())
                .get()
                .extracting(FieldDefinition::key)
                .isEqualTo("name2");
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughTheChangesAndANewChangeClearsRedo() {
        designer.addField("menuItem", FieldType.BOOLEAN, 0);
        designer.updateField(
                "menuItem", "newBoolean", field -> field.withLabel("Vegan").withKey("vegan"));
        designer.removeField("menuItem", "description");

        designer.undo();
        assertThat(keys("menuItem")).containsExactly("vegan", "name", "description", "category");
        designer.undo();
        assertThat(keys("menuItem")).containsExactly("newBoolean", "name", "description", "category");
        designer.undo();
        assertThat(keys("menuItem")).containsExactly("name", "description", "category");
        assertThat(designer.canUndo()).isFalse();
        assertThat(designer.dirty()).isFalse();

        designer.redo();
        designer.redo();
        assertThat(keys("menuItem")).containsExactly("vegan", "name", "description", "category");
        assertThat(designer.selectedField())
                .get()
                .extracting(FieldDefinition::label)
                .isEqualTo("Vegan");

        designer.setTypeName("menuItem", "Dish");
        assertThat(designer.canRedo()).isFalse();
    }

    @Test
    void renamingATypeKeyTakesTheReferencesAlongAndDeletingOneLeavesAProblemToFix() {
        designer.setTypeKey("menuCategory", "section");

        assertThat(designer.field("menuItem", "category"))
                .get()
                .extracting(FieldDefinition::referenceTypes)
                .isEqualTo(List.of("section"));
        assertThat(designer.problems()).isEmpty();

        designer.deleteType("section");
        assertThat(designer.types()).extracting(DraftType::key).containsExactly("homePage", "menuItem");
        assertThat(designer.problems())
                .singleElement()
                .asString()
                .contains("menuItem.category")
                .contains("must list its target types");
    }

    @Test
    void keysThatBreakTheRulesOrTheStudiosReservedWordsAreProblems() {
        designer.updateField("menuItem", "name", field -> field.withKey("status"));
        designer.updateField("menuItem", "description", field -> field.withKey("has space"));
        designer.updateField(
                "homePage",
                "intro",
                field -> field.withType(FieldType.TEXT)
                        .withValidations(new Validations(null, null, null, null, "([a-z", null, null, null)));
        designer.addField("homePage", FieldType.TEXT, 0);
        designer.updateField("homePage", "newText", field -> field.withKey("title"));

        assertThat(designer.problems())
                .anySatisfy(problem -> assertThat(problem).contains("\"status\" is reserved"))
                .anySatisfy(problem -> assertThat(problem).contains("menuItem.has space: field key is not camelCase"))
                .anySatisfy(problem ->
                        assertThat(problem).contains("homePage.intro: pattern is not a valid regular expression"))
                .anySatisfy(problem -> assertThat(problem).contains("homePage.title is defined more than once"));
    }

    @Test
    void requiredReferencesInACircleAreAProblem() {
        String key = designer.addField("menuCategory", FieldType.REFERENCE, 1);
        designer.updateField(
                "menuCategory",
                key,
                field -> field.withKey("featured").withRequired(true).withReferenceTypes(List.of("menuItem")));

        assertThat(designer.problems())
                .singleElement()
                .asString()
                .contains("required references go round in a circle")
                .contains("menuItem.category")
                .contains("menuCategory.featured");
        designer.updateField("menuCategory", "featured", field -> field.withRequired(false));
        assertThat(designer.problems()).isEmpty();
    }

    @Test
    void aDuplicatedTypeGetsItsOwnKeyAndNewFieldsThatNeverTakeTheOriginalsData() {
        String copy = designer.duplicateType("menuItem");

        assertThat(copy).isEqualTo("menuItemCopy");
        assertThat(designer.types())
                .extracting(DraftType::key)
                .containsExactly("homePage", "menuItem", "menuItemCopy", "menuCategory");
        DraftType duplicated = designer.type(copy).orElseThrow();
        assertThat(duplicated.origin()).isNull();
        assertThat(duplicated.fields()).allMatch(DraftField::isNew);
        assertThat(duplicated.displayName()).isEqualTo("menuItem (copy)");
    }

    @Test
    void aNewTypeStartsWithATitleAndIsSelected() {
        String key = designer.addType("Gift card", ContentKind.DATA);

        assertThat(key).isEqualTo("giftCard");
        assertThat(designer.selectedType())
                .get()
                .extracting(DraftType::displayName)
                .isEqualTo("Gift card");
        assertThat(keys("giftCard")).containsExactly("title");
        assertThat(designer.addType("Gift card", ContentKind.DATA)).isEqualTo("giftCard2");
    }

    @Test
    void resetStartsFromTheSavedModelAndForgetsTheHistory() {
        designer.addField("menuItem", FieldType.DATE, 0);
        designer.reset(ModelDraft.of(4, designer.draft().definitions()));

        assertThat(designer.draft().baseVersion()).isEqualTo(4);
        assertThat(designer.canUndo()).isFalse();
        assertThat(fieldOf("menuItem", "newDate").isNew())
                .as("saved, so now its own origin")
                .isFalse();
        assertThatThrownBy(() -> designer.removeField("menuItem", "missing")).isInstanceOf(NotFoundException.class);
    }

    private List<String> keys(String type) {
        return designer.type(type).orElseThrow().fields().stream()
                .map(field -> field.field().key())
                .toList();
    }

    private DraftField fieldOf(String type, String key) {
        return designer.type(type).orElseThrow().fields().stream()
                .filter(field -> field.field().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static ContentTypeDefinition type(String key, ContentKind kind, FieldDefinition... fields) {
        return new ContentTypeDefinition(key, key, kind, null, List.of(fields));
    }

    private static FieldDefinition text(String key, boolean required) {
        return new FieldDefinition(key, key, FieldType.TEXT, required, false, null, List.of());
    }
}
