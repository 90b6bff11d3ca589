package com.sitewright.content.ui;

import com.sitewright.model.FieldDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The "Columns" button over the grid: a panel with a box for each field of the type, ticked where its column is
 * shown. Ticking shows the column at once; "Default columns" goes back to the studio's choice.
 */
final class ColumnChooser extends Button {

    /** Called after the visible columns changed. */
    interface Listener {
        void columnsChanged();

        void resetColumns();
    }

    private final ContentColumns columns;
    private final CheckboxGroup<FieldDefinition> fields = new CheckboxGroup<>();
    private boolean refreshing;

    ColumnChooser(ContentColumns columns, Listener listener) {
        super("Columns", VaadinIcon.GRID_BIG_O.create());
        this.columns = columns;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("column-chooser");

        fields.setLabel("Shown columns");
        fields.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        fields.setItemLabelGenerator(FieldDefinition::label);
        fields.addClassName("column-fields");
        fields.addSelectionListener(event -> {
            if (refreshing) {
                return;
            }
            event.getAddedSelection().forEach(field -> columns.show(field.key(), true));
            event.getRemovedSelection().forEach(field -> columns.show(field.key(), false));
            listener.columnsChanged();
        });
        var reset = new Button("Default columns", click -> listener.resetColumns());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("default-columns");
        var panel = new Div(fields, reset);
        panel.addClassName("column-panel");

        var popover = new Popover(panel);
        popover.setTarget(this);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Columns");
        popover.addClassName("column-popover");
    }

    /** Lists the current type's fields, ticked where their column is shown. */
    void refresh() {
        refreshing = true;
        try {
            fields.setItems(columns.fields());
            Set<FieldDefinition> shown = new LinkedHashSet<>();
            columns.fields().stream()
                    .filter(field -> columns.isShown(field.key()))
                    .forEach(shown::add);
            fields.setValue(shown);
        } finally {
            refreshing = false;
        }
        setEnabled(!columns.fields().isEmpty());
    }
}
