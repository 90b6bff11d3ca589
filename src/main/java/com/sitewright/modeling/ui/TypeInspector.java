package com.sitewright.modeling.ui;

import com.sitewright.model.ContentKind;
import com.sitewright.modeling.DraftType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Edits the selected type when no field is selected: its name, key, kind and description; duplicate or delete it. */
final class TypeInspector extends Composite<Aside> {

    interface Actions {
        void renameType(String displayName);

        void changeTypeKey(String key);

        void changeKind(ContentKind kind);

        void describeType(String description);

        void duplicateType();

        void deleteType();
    }

    private final Actions actions;

    TypeInspector(Actions actions) {
        this.actions = actions;
        getContent().addClassNames("designer-inspector", "type-inspector");
    }

    void show(DraftType type, long items) {
        Aside panel = getContent();
        panel.removeAll();
        panel.add(new H3("Type settings"));
        var hint = new Paragraph("Select a field on the canvas to edit it, or drag a field type from the palette.");
        hint.addClassName("inspector-hint");

        var name = new TextField("Name");
        name.setValue(type.displayName());
        name.setMaxLength(120);
        name.addValueChangeListener(event -> {
            if (event.isFromClient() && !event.getValue().isBlank()) {
                actions.renameType(event.getValue().strip());
            }
        });
        var key = KeyField.of(
                type.key(),
                type.origin() == null ? "camelCase" : "camelCase; its " + items + " items follow a new key",
                actions::changeTypeKey);
        var kind = new Select<ContentKind>();
        kind.setLabel("Kind");
        kind.setItems(ContentKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case PAGE -> "Page (has its own address)";
            case COMPONENT -> "Component (used in blocks)";
            case DATA -> "Data";
            case MEDIA -> "Media";
            case SETTINGS -> "Settings";
        });
        kind.setValue(type.kind());
        kind.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                actions.changeKind(event.getValue());
            }
        });
        var description = new TextArea("Description");
        description.setValue(type.description() == null ? "" : type.description());
        description.setMaxLength(500);
        description.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                actions.describeType(event.getValue().strip());
            }
        });
        var duplicate = new Button("Duplicate", VaadinIcon.COPY_O.create(), click -> actions.duplicateType());
        duplicate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var delete = new Button("Delete type", VaadinIcon.TRASH.create(), click -> actions.deleteType());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClassName("delete-type");
        var buttons = new Div(duplicate, delete);
        buttons.addClassName("inspector-buttons");
        panel.add(hint, name, key, kind, description, buttons);
    }
}
