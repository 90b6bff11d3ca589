package com.sitewright.modeling.ui;

import com.sitewright.model.ContentKind;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;

/** Asks for a new content type's name and kind; the designer adds it (with a title field) when it has a name. */
final class NewTypeDialog extends Dialog {

    private final TextField name = new TextField("Name");

    NewTypeDialog(BiConsumer<String, ContentKind> onAdd) {
        setHeaderTitle("New content type");
        name.setMaxLength(120);
        name.setRequired(true);
        name.setWidthFull();
        var kind = new Select<ContentKind>();
        kind.setLabel("Kind");
        kind.setItems(ContentKind.values());
        kind.setItemLabelGenerator(k -> k.id().substring(0, 1).toUpperCase() + k.id().substring(1));
        kind.setValue(ContentKind.DATA);
        kind.setWidthFull();
        var create = new Button("Add type", click -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage("Give the type a name");
                return;
            }
            close();
            onAdd.accept(name.getValue(), kind.getValue());
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        add(new VerticalLayout(name, kind));
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    /** Opens with the cursor in the name, so a type is one line of typing and Enter. */
    @Override
    public void open() {
        super.open();
        name.focus();
    }
}
