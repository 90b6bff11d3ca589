package com.sitewright.modeling.ui;

import static com.sitewright.modeling.ui.FieldInputs.onCommit;

import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldRole;
import com.sitewright.model.FieldRoles;
import com.sitewright.model.FieldType;
import com.sitewright.modeling.DraftType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits the selected field: label, key, type, required, localized, role and help text, then the rules its type has
 * ({@link FieldRules}). Each change goes to the designer as one edit when the input is committed (blur or Enter), so
 * undo steps are whole changes, not keystrokes.
 */
final class FieldInspector extends Composite<Aside> {

    interface Actions {
        void changeField(UnaryOperator<FieldDefinition> change);

        void removeField();
    }

    private final Actions actions;

    FieldInspector(Actions actions) {
        this.actions = actions;
        getContent().addClassNames("designer-inspector", "field-inspector");
    }

    void show(FieldDefinition field, List<DraftType> types) {
        Aside panel = getContent();
        panel.removeAll();
        var heading = new H3(field.label());
        var type = new Span(FieldTypes.icon(field.type()), new Span(FieldTypes.label(field.type()) + " field"));
        type.addClassName("inspector-type");
        panel.add(new Div(heading, type));

        var label = new TextField("Label");
        label.setValue(field.label());
        label.setMaxLength(120);
        label.setRequired(true);
        onCommit(label, value -> value.isBlank() ? null : f -> f.withLabel(value.strip()), actions::changeField);

        var key = KeyField.of(
                field.key(),
                "camelCase; renaming keeps every item's value",
                value -> actions.changeField(f -> f.withKey(value)));

        var help = new TextArea("Help text");
        help.setValue(field.helpText() == null ? "" : field.helpText());
        help.setMaxLength(300);
        help.setPlaceholder("Shown to editors under the field");
        onCommit(help, value -> f -> f.withHelpText(value.strip()), actions::changeField);

        panel.add(label, key, fieldType(field, types), flags(field), role(field), help);
        panel.add(new FieldRules(field, types, actions::changeField));

        var remove = new Button("Remove field", VaadinIcon.TRASH.create(), click -> actions.removeField());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClassName("remove-field");
        panel.add(remove);
    }

    /** A new type keeps the rules that still apply; saving says which values cannot be carried over. */
    private Component fieldType(FieldDefinition field, List<DraftType> types) {
        var fieldType = new Select<FieldType>();
        fieldType.setLabel("Type");
        fieldType.setItems(FieldType.values());
        fieldType.setItemLabelGenerator(FieldTypes::label);
        fieldType.setValue(field.type());
        fieldType.setHelperText("Values convert where they can; saving lists the rest");
        onCommit(
                fieldType,
                chosen -> chosen == null ? null : f -> FieldEdits.adapted(f, chosen, types),
                actions::changeField);
        return fieldType;
    }

    private Component flags(FieldDefinition field) {
        var required = new Checkbox("Required", field.required());
        onCommit(required, value -> f -> f.withRequired(value), actions::changeField);
        var localized = new Checkbox("Localized", field.localized());
        onCommit(localized, value -> f -> f.withLocalized(value), actions::changeField);
        var flags = new Div(required, localized);
        flags.addClassName("inspector-flags");
        return flags;
    }

    /** What the field means on the generated site's pages; empty means the role its key and type suggest. */
    private Component role(FieldDefinition field) {
        var role = new Select<FieldRole>();
        role.setLabel("Role on the page");
        role.addClassName("field-role");
        role.setItems(Arrays.stream(FieldRole.values())
                .filter(r -> r.fits(field.type()))
                .toList());
        role.setItemLabelGenerator(r -> r == null ? "" : r.label());
        FieldRole inferred = FieldRoles.infer(field);
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Automatic: " + (inferred == null ? "no role" : inferred.label()));
        role.setValue(field.role());
        role.setHelperText("Pages are laid out by roles: a price gives product cards, a start date an event page");
        onCommit(role, chosen -> f -> f.withRole(chosen), actions::changeField);
        return role;
    }
}
