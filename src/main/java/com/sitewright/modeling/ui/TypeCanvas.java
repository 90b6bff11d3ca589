package com.sitewright.modeling.ui;

import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.modeling.DraftField;
import com.sitewright.modeling.DraftType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;

/**
 * The selected type's fields as cards, in order. Field types dropped from the palette are added where they land;
 * cards are dragged to reorder (or onto a type in the list to move there). A drop on a card puts the dragged field
 * before it; the zone under the last card takes it at the end.
 */
final class TypeCanvas extends Composite<Section> {

    /** What the designer does when a person acts on the canvas. */
    interface Actions {
        void selectField(String fieldKey);

        void addFieldAt(FieldType type, int position);

        void dropFieldAt(FieldRef field, int beforeIndex);
    }

    /** A field being dragged: which type it is in, and its key. */
    record FieldRef(String typeKey, String fieldKey) {}

    private final Actions actions;
    private final Div heading = new Div();
    private final Div fields = new Div();
    private final Div end = new Div();
    private int fieldCount;

    TypeCanvas(Actions actions, FieldPalette palette) {
        this.actions = actions;
        Section canvas = getContent();
        canvas.addClassName("designer-canvas");
        heading.addClassName("canvas-heading");
        fields.addClassName("canvas-fields");
        end.addClassName("canvas-end");
        end.add(VaadinIcon.PLUS_CIRCLE_O.create(), new Span("Drop a field type here to add it at the end"));
        DropTarget.create(end).addDropListener(event -> dropped(event, fieldCount));
        canvas.add(palette, heading, fields, end);
    }

    void show(DraftType type, String selectedField, Map<String, String> typeNames) {
        heading.removeAll();
        fields.removeAll();
        if (type == null) {
            heading.add(new H2("No content types"));
            end.setVisible(false);
            return;
        }
        var title = new H2(type.displayName());
        var key = new Span(type.key());
        key.addClassName("canvas-type-key");
        var kind = new Span(type.kind().id());
        kind.addClassNames("kind-badge", "kind-" + type.kind().id());
        var count = new Span(type.fields().size() + (type.fields().size() == 1 ? " field" : " fields"));
        count.addClassName("canvas-count");
        heading.add(title, key, kind, count);
        for (int index = 0; index < type.fields().size(); index++) {
            fields.add(card(type, type.fields().get(index), index, selectedField, typeNames));
        }
        fieldCount = type.fields().size();
        end.setVisible(true);
    }

    private Component card(
            DraftType type, DraftField draftField, int index, String selectedField, Map<String, String> typeNames) {
        FieldDefinition field = draftField.field();
        var handle = VaadinIcon.ELLIPSIS_DOTS_V.create();
        handle.addClassName("drag-handle");
        var label = new Span(field.label());
        label.addClassName("field-card-label");
        var key = new Span(field.key());
        key.addClassName("field-card-key");
        var name = new Div(label, key);
        name.addClassName("field-card-name");
        var typeName = new Span(FieldTypes.icon(field.type()), new Span(FieldTypes.label(field.type())));
        typeName.addClassName("field-card-type");
        var badges = new Div();
        badges.addClassName("field-card-badges");
        if (field.required()) {
            badges.add(badge("Required", "required"));
        }
        if (field.localized()) {
            badges.add(badge("Localized", "localized"));
        }
        if (draftField.isNew()) {
            badges.add(badge("New", "new"));
        } else if (!field.key().equals(draftField.originKey()) || !type.key().equals(draftField.originType())) {
            badges.add(badge("was " + draftField.originKey(), "renamed"));
        }
        if (!field.referenceTypes().isEmpty()) {
            var targets = new Span("→ "
                    + String.join(
                            ", ",
                            field.referenceTypes().stream()
                                    .map(target -> typeNames.getOrDefault(target, target))
                                    .toList()));
            targets.addClassName("field-card-targets");
            badges.add(targets);
        }
        var card = new Div(handle, name, typeName, badges);
        card.addClassName("field-card");
        card.getElement().setAttribute("data-field", field.key());
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("aria-label", field.label() + ", " + FieldTypes.label(field.type()) + " field");
        if (field.key().equals(selectedField)) {
            card.addClassName("selected");
            card.getElement().setAttribute("aria-current", "true");
        }
        card.addClickListener(click -> actions.selectField(field.key()));
        card.getElement()
                .addEventListener("keydown", event -> actions.selectField(field.key()))
                .setFilter("event.key === 'Enter'");
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(new FieldRef(type.key(), field.key()));
        drag.setEffectAllowed(EffectAllowed.MOVE);
        DropTarget.create(card).addDropListener(event -> dropped(event, index));
        return card;
    }

    private void dropped(DropEvent<Div> event, int index) {
        event.getDragData().ifPresent(data -> {
            if (data instanceof FieldType type) {
                actions.addFieldAt(type, index);
            } else if (data instanceof FieldRef field) {
                actions.dropFieldAt(field, index);
            }
        });
    }

    private static Span badge(String text, String kind) {
        var badge = new Span(text);
        badge.addClassNames("field-badge", "field-badge-" + kind);
        return badge;
    }
}
