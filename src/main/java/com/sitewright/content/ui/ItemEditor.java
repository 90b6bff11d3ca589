package com.sitewright.content.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ItemStatus;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.ValidationError;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item editor beside the grid: a form built from the item's type, each field checked against its rules as it
 * is left, and the item's actions (save, publish or unpublish, duplicate, delete, open in the preview). For a new
 * item it is the same form with only Save. Read-only for people who may not edit.
 */
final class ItemEditor extends Composite<Aside> {

    interface Actions {
        void save();

        void publish(boolean publish);

        void duplicate();

        void delete();

        void openInPreview();

        void close();
    }

    private final Actions actions;
    private final ReferenceInputs.Candidates candidates;
    private final AssetInput.Library library;
    private final ContentValidator validator = new ContentValidator();
    private final Div top = new Div();
    private final Div meta = new Div();
    private final Div form = new Div();
    private final Div buttons = new Div();
    private final Map<String, FieldInput> inputs = new LinkedHashMap<>();
    private ContentItemRow item;
    private ContentTypeDefinition type;

    ItemEditor(Actions actions, ReferenceInputs.Candidates candidates, AssetInput.Library library) {
        this.actions = actions;
        this.candidates = candidates;
        this.library = library;
        Aside panel = getContent();
        panel.addClassNames("item-detail", "item-editor");
        top.addClassName("item-detail-top");
        meta.addClassName("item-detail-meta");
        form.addClassName("item-form");
        buttons.addClassName("item-buttons");
        panel.add(top, meta, buttons, form);
        panel.setVisible(false);
    }

    /** Shows the item in its type's form; {@code item} null opens an empty form for a new one. */
    void show(ContentItemRow shown, ContentTypeDefinition itemType, Map<String, String> typeNames, boolean canEdit) {
        item = shown;
        type = itemType;
        top.removeAll();
        meta.removeAll();
        buttons.removeAll();
        form.removeAll();
        inputs.clear();
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> actions.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close the item");
        top.add(new H2(shown == null ? "New " + itemType.displayName() : shown.title()), close);
        if (shown != null) {
            meta.add(
                    ItemStatusBadges.of(shown),
                    new Span("/" + shown.slug()),
                    new Span("v" + shown.version()),
                    new Span("Updated " + Formats.dateTime(shown.updatedAt())));
        } else {
            meta.add(new Span(itemType.displayName() + " · a draft until you publish it"));
        }
        for (FieldDefinition field : itemType.fields()) {
            FieldInput input = FieldInput.of(field, candidates, library, typeNames, !canEdit);
            if (shown != null) {
                input.setValue(shown.data().get(field.key()));
            }
            if (input.component() instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(event -> check(input));
            }
            inputs.put(field.key(), input);
            form.add(input.component());
        }
        if (canEdit) {
            buttons.add(button("Save", VaadinIcon.CHECK, "save-item", actions::save, ButtonVariant.LUMO_PRIMARY));
            if (shown != null) {
                boolean published = shown.status() == ItemStatus.PUBLISHED;
                buttons.add(button(
                        shown.hasUnpublishedChanges() || !published ? "Publish" : "Unpublish",
                        published && !shown.hasUnpublishedChanges() ? VaadinIcon.DOWNLOAD_ALT : VaadinIcon.UPLOAD_ALT,
                        "publish-item",
                        () -> actions.publish(shown.hasUnpublishedChanges() || !published)));
                buttons.add(button("Duplicate", VaadinIcon.COPY_O, "duplicate-item", actions::duplicate));
                buttons.add(
                        button("Delete", VaadinIcon.TRASH, "delete-item", actions::delete, ButtonVariant.LUMO_ERROR));
            }
        }
        if (shown != null && itemType.kind() != ContentKind.COMPONENT) {
            buttons.add(button("Open in preview", VaadinIcon.EYE, "open-in-preview", actions::openInPreview));
        }
        getContent().setVisible(true);
    }

    void hide() {
        getContent().setVisible(false);
        item = null;
    }

    ContentItemRow item() {
        return item;
    }

    ContentTypeDefinition type() {
        return type;
    }

    /** The form's values, as they would be stored; empty fields are left out. */
    Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            Object value = input.value();
            if (value != null) {
                data.put(key, value);
            }
        });
        return data;
    }

    /** Fields whose input cannot give a value yet (JSON that does not parse), with why; shown on the inputs. */
    List<String> unreadable() {
        return inputs.values().stream()
                .filter(input -> {
                    input.value();
                    return input.unreadable() != null;
                })
                .map(input -> input.field().label() + " " + input.unreadable())
                .toList();
    }

    /** Puts the reasons a save was refused on the fields they are about. */
    void showErrors(List<ValidationError> errors) {
        inputs.values().forEach(input -> input.showError(null));
        for (ValidationError error : errors) {
            String key = error.field().split("[.\\[]")[0];
            FieldInput input = inputs.get(key);
            if (input != null) {
                input.showError(error.reason());
            }
        }
    }

    private void check(FieldInput input) {
        Object value = input.value();
        if (input.unreadable() != null) {
            input.showError(input.unreadable());
            return;
        }
        ContentTypeDefinition holder =
                new ContentTypeDefinition(type.key(), type.displayName(), type.kind(), null, List.of(input.field()));
        Map<String, Object> data = new LinkedHashMap<>();
        if (value != null) {
            data.put(input.field().key(), value);
        }
        List<ValidationError> errors = validator.validate(holder, data);
        input.showError(errors.isEmpty() ? null : errors.getFirst().reason());
    }

    private static Button button(
            String text, VaadinIcon icon, String className, Runnable action, ButtonVariant... variants) {
        var button = new Button(text, icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addThemeVariants(variants);
        button.addClassName(className);
        return button;
    }
}
