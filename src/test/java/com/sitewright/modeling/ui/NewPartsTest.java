package com.sitewright.modeling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import com.sitewright.modeling.DraftField;
import com.sitewright.modeling.DraftType;
import com.sitewright.modeling.ModelDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a type or field added in the designer starts as, so the draft stays valid from the first moment. */
class NewPartsTest {

    private final ModelDraft draft = ModelDraft.of(
            1,
            List.of(
                    new ContentTypeDefinition(
                            "menuItem",
                            "Menu item",
                            ContentKind.DATA,
                            null,
                            List.of(new FieldDefinition(
                                    "newText", "New text", FieldType.TEXT, false, false, null, List.of()))),
                    new ContentTypeDefinition("hero", "Hero", ContentKind.COMPONENT, null, List.of()),
                    new ContentTypeDefinition("card", "Card", ContentKind.COMPONENT, null, List.of())));

    @Test
    void aNewFieldIsNamedAfterItsTypeWithAKeyNotYetTaken() {
        FieldDefinition text = NewParts.field(draft, "menuItem", FieldType.TEXT);
        FieldDefinition date = NewParts.field(draft, "menuItem", FieldType.DATE_TIME);

        assertThat(text.key()).isEqualTo("newText2");
        assertThat(text.label()).isEqualTo("New text");
        assertThat(text.required()).isFalse();
        assertThat(date.key()).isEqualTo("newDateTime");
        assertThat(date.label()).isEqualTo("New date time");
    }

    @Test
    void aNewChoiceHasValuesAndANewTextABound() {
        assertThat(NewParts.field(draft, "menuItem", FieldType.ENUM)
                        .validations()
                        .allowedValues())
                .containsExactly("first", "second");
        assertThat(NewParts.field(draft, "menuItem", FieldType.TEXT).validations())
                .isEqualTo(Validations.length(null, 200));
        assertThat(NewParts.field(draft, "menuItem", FieldType.BOOLEAN).validations())
                .isEqualTo(Validations.NONE);
    }

    @Test
    void aNewReferencePointsToItsOwnTypeAndNewBlocksToTheFirstComponent() {
        assertThat(NewParts.field(draft, "menuItem", FieldType.REFERENCE).referenceTypes())
                .containsExactly("menuItem");
        assertThat(NewParts.field(draft, "menuItem", FieldType.REFERENCES).referenceTypes())
                .containsExactly("menuItem");
        assertThat(NewParts.field(draft, "menuItem", FieldType.BLOCKS).referenceTypes())
                .containsExactly("hero");
        assertThat(NewParts.field(draft, "menuItem", FieldType.URL).referenceTypes())
                .isEmpty();
    }

    @Test
    void aNewTypeIsNewWithARequiredTitleAndANameFromItsKeyWhenGivenNone() {
        DraftType type = NewParts.type(draft, "  Opening hours ", ContentKind.SETTINGS);

        assertThat(type.origin()).isNull();
        assertThat(type.key()).isEqualTo("openingHours");
        assertThat(type.displayName()).isEqualTo("Opening hours");
        assertThat(type.kind()).isEqualTo(ContentKind.SETTINGS);
        assertThat(type.fields()).singleElement().satisfies(title -> {
            assertThat(title.isNew()).isTrue();
            assertThat(title.field().key()).isEqualTo("title");
            assertThat(title.field().required()).isTrue();
        });
        assertThat(NewParts.type(draft, "Menu item", ContentKind.DATA).key()).isEqualTo("menuItem2");
        DraftType unnamed = NewParts.type(draft, " ", ContentKind.DATA);
        assertThat(unnamed.key()).isEqualTo("newType");
        assertThat(unnamed.displayName()).isEqualTo("New type");
        assertThat(unnamed.fields()).extracting(DraftField::isNew).containsExactly(true);
    }
}
