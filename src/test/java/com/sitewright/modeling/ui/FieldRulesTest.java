package com.sitewright.modeling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.model.ContentKind;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import com.sitewright.modeling.DraftType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The inspector's rules section offers the editors the field's type has, filled with the field's rules. */
class FieldRulesTest {

    private static final List<DraftType> TYPES = List.of(
            new DraftType("menuItem", "menuItem", "Menu item", ContentKind.DATA, null, List.of()),
            new DraftType("hero", "hero", "Hero", ContentKind.COMPONENT, null, List.of()));

    @Test
    void eachKindOfFieldGetsItsOwnEditors() {
        assertThat(labels(rules(FieldType.TEXT, List.of()))).containsExactly("Min length", "Max length", "Pattern");
        assertThat(labels(rules(FieldType.NUMBER, List.of()))).containsExactly("Minimum", "Maximum");
        assertThat(labels(rules(FieldType.ENUM, List.of()))).containsExactly("Allowed values");
        assertThat(labels(rules(FieldType.REFERENCE, List.of()))).containsExactly("Allowed types");
        assertThat(labels(rules(FieldType.BLOCKS, List.of())))
                .containsExactly("Allowed components", "Min items", "Max items");
    }

    @Test
    void aTypeWithoutRulesSaysSo() {
        FieldRules rules = rules(FieldType.BOOLEAN, List.of());

        assertThat(labels(rules)).isEmpty();
        assertThat(descendants(rules).filter(Span.class::isInstance).map(span -> ((Span) span).getText()))
                .containsExactly("No rules for this type beyond “Required”.");
    }

    @Test
    void theEditorsShowTheFieldsRules() {
        FieldRules text = new FieldRules(
                new FieldDefinition(
                        "code", "Code", FieldType.TEXT, false, false, Validations.pattern("([a-z"), List.of()),
                TYPES,
                edit -> {});
        TextField pattern = (TextField) descendants(text)
                .filter(TextField.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(pattern.getValue()).isEqualTo("([a-z");
        assertThat(pattern.isInvalid()).as("a broken pattern shows at once").isTrue();

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> targets =
                (MultiSelectComboBox<String>) descendants(rules(FieldType.BLOCKS, List.of("hero", "menuItem")))
                        .filter(MultiSelectComboBox.class::isInstance)
                        .findFirst()
                        .orElseThrow();
        assertThat(targets.getValue()).as("blocks hold components only").containsExactly("hero");
    }

    private static FieldRules rules(FieldType type, List<String> targets) {
        return new FieldRules(
                new FieldDefinition("field", "Field", type, false, false, Validations.NONE, targets),
                TYPES,
                edit -> {});
    }

    private static List<String> labels(Component root) {
        return descendants(root)
                .filter(HasLabel.class::isInstance)
                .map(component -> ((HasLabel) component).getLabel())
                .toList();
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
