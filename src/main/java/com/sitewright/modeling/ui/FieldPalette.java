package com.sitewright.modeling.ui;

import com.sitewright.model.FieldType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/**
 * The field types to drag onto the canvas. A click adds the type at the end of the selected type, for people
 * who prefer not to drag (and for keyboards).
 */
final class FieldPalette extends Composite<Div> {

    FieldPalette(Consumer<FieldType> onClick) {
        Div palette = getContent();
        palette.addClassName("field-palette");
        palette.getElement().setAttribute("aria-label", "Field types");
        for (FieldType type : FieldType.values()) {
            var chip = new Span(FieldTypes.icon(type), new Span(FieldTypes.label(type)));
            chip.addClassName("palette-chip");
            chip.getElement().setAttribute("data-field-type", type.id());
            chip.getElement().setAttribute("role", "button");
            chip.getElement().setAttribute("tabindex", "0");
            chip.getElement().setAttribute("title", "Drag onto the canvas, or click to add at the end");
            chip.getElement().addEventListener("click", event -> onClick.accept(type));
            chip.getElement()
                    .addEventListener("keydown", event -> onClick.accept(type))
                    .setFilter("event.key === 'Enter'");
            DragSource<Span> drag = DragSource.create(chip);
            drag.setDragData(type);
            drag.setEffectAllowed(EffectAllowed.COPY);
            palette.add(chip);
        }
    }
}
