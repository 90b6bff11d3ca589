package com.sitewright.content.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.InvalidContentException;
import com.sitewright.content.StaleItemException;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.ValidationError;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Editing a row's simple fields (text, numbers, yes/no, dates, choices, links, slug) right in the grid. Double-click
 * a row or its pencil; Enter or the tick saves, Escape or the cross cancels. The save goes through the content
 * service with the version the row was read at, so a colleague's newer save is reported, never overwritten, and
 * the model's rules answer on the cell they concern while the row stays open.
 */
final class InlineEditor {

    /** Saves the row's new data at the row's version; throws what the content service throws. */
    interface Saver {
        ContentItemRow save(ContentItemRow row, Map<String, Object> data);
    }

    /** What the view shows after a save or a refusal. */
    interface Listener {
        void savedInline(ContentItemRow saved);

        void staleInline(ContentItemRow mine);

        void refusedInline(String message);
    }

    private final Grid<ContentItemRow> grid;
    private final Editor<ContentItemRow> editor;
    private final Saver saver;
    private final Listener listener;
    private final Map<String, FieldInput> inputs = new LinkedHashMap<>();

    InlineEditor(Grid<ContentItemRow> grid, Saver saver, Listener listener) {
        this.grid = grid;
        this.editor = grid.getEditor();
        this.saver = saver;
        this.listener = listener;
        // The editor's fields are filled and read by hand: values are typed per field, not bean properties.
        editor.setBinder(new Binder<>());
        editor.setBuffered(true);
        editor.addOpenListener(event -> fill(event.getItem()));
        grid.addItemDoubleClickListener(event -> edit(event.getItem()));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (editor.isOpen()) {
                                save();
                            }
                        },
                        Key.ENTER)
                .listenOn(grid)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (editor.isOpen()) {
                                editor.cancel();
                            }
                        },
                        Key.ESCAPE)
                .listenOn(grid);
    }

    /** Sets up the editors of freshly built columns; without {@code editable} the grid stays read-only. */
    void bind(ContentColumns columns, boolean editable) {
        editor.cancel();
        inputs.clear();
        if (!editable || columns.fields().isEmpty()) {
            return;
        }
        Optional<FieldDefinition> titleField = columns.fields().stream()
                .filter(field -> field.type() == FieldType.TEXT)
                .filter(field -> field.key().equals("title") || field.key().equals("name"))
                .findFirst();
        titleField.ifPresent(field ->
                grid.getColumnByKey("title").setEditorComponent(input(field).component()));
        columns.fields().stream()
                .filter(field -> field.type() == FieldType.SLUG && field.key().equals("slug"))
                .findFirst()
                .ifPresent(field -> grid.getColumnByKey("slug")
                        .setEditorComponent(input(field).component()));
        for (FieldDefinition field : columns.fields()) {
            // Fields whose value a cell shows whole are edited there; the rest need the item editor's room.
            if (ContentColumns.isScalar(field)
                    && columns.column(field.key()) != null
                    && !inputs.containsKey(field.key())) {
                columns.column(field.key()).setEditorComponent(input(field).component());
            }
        }
        var save = new Button(VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_TERTIARY_INLINE);
        save.setAriaLabel("Save row");
        save.addClassName("inline-save");
        var cancel = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> editor.cancel());
        cancel.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        cancel.setAriaLabel("Cancel editing");
        cancel.addClassName("inline-cancel");
        var actions = new Span(save, cancel);
        actions.addClassName("inline-actions");
        grid.addComponentColumn(this::pencil)
                .setKey("edit")
                .setHeader("")
                .setWidth("88px")
                .setFlexGrow(0)
                .setFrozenToEnd(true)
                .setEditorComponent(actions);
    }

    boolean isEditing(ContentItemRow row) {
        return editor.isOpen()
                && editor.getItem() != null
                && editor.getItem().id().equals(row.id());
    }

    void cancel() {
        if (editor.isOpen()) {
            editor.cancel();
        }
    }

    private Button pencil(ContentItemRow row) {
        var edit = new Button(VaadinIcon.PENCIL.create(), click -> edit(row));
        edit.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit " + row.title() + " in the grid");
        edit.addClassName("inline-edit");
        // The pencil edits in place; it should not also open the item editor beside the grid.
        edit.getElement().addEventListener("click", ignored -> {}).addEventData("event.stopPropagation()");
        return edit;
    }

    private void edit(ContentItemRow row) {
        if (inputs.isEmpty() || isEditing(row)) {
            return;
        }
        editor.cancel();
        editor.editItem(row);
        inputs.values().stream().findFirst().ifPresent(first -> {
            if (first.component() instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    private FieldInput input(FieldDefinition field) {
        FieldInput input = FieldInput.of(field, null, null, Map.of(), false);
        if (input.component() instanceof HasLabel labelled && !(input.component() instanceof Checkbox)) {
            labelled.setLabel(null);
        }
        input.component().getElement().setAttribute("aria-label", field.label());
        input.component().getElement().getClassList().add("inline-input");
        if (input.component() instanceof HasSize sized) {
            sized.setWidthFull();
        }
        inputs.put(field.key(), input);
        return input;
    }

    private void fill(ContentItemRow row) {
        inputs.forEach((key, input) -> {
            input.setValue(row.data().get(key));
            input.showError(null);
        });
    }

    private void save() {
        ContentItemRow row = editor.getItem();
        if (row == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>(row.data());
        boolean changed = false;
        for (var entry : inputs.entrySet()) {
            Object value = entry.getValue().value();
            if (entry.getValue().unreadable() != null) {
                entry.getValue().showError(entry.getValue().unreadable());
                return;
            }
            if (!same(row.data().get(entry.getKey()), value)) {
                changed = true;
                if (value == null) {
                    data.remove(entry.getKey());
                } else {
                    data.put(entry.getKey(), value);
                }
            }
        }
        if (!changed) {
            editor.cancel();
            return;
        }
        try {
            ContentItemRow saved = saver.save(row, data);
            // Closing refreshes the row with what it held when opened; the page is then read again.
            editor.cancel();
            grid.getDataProvider().refreshAll();
            listener.savedInline(saved);
        } catch (InvalidContentException e) {
            showErrors(e.errors(), e.getMessage());
        } catch (StaleItemException e) {
            editor.cancel();
            listener.staleInline(row);
        } catch (InvalidInputException | ConflictException e) {
            listener.refusedInline(e.getMessage());
        }
    }

    private void showErrors(List<ValidationError> errors, String summary) {
        inputs.values().forEach(input -> input.showError(null));
        boolean allShown = true;
        for (ValidationError error : errors) {
            FieldInput input = inputs.get(error.field().split("[.\\[]")[0]);
            if (input != null) {
                input.showError(error.reason());
            } else {
                allShown = false;
            }
        }
        if (!allShown) {
            listener.refusedInline(summary);
        }
    }

    /**
     * Whether a cell's new value is the stored one: numbers compare by value, whatever their Java type, and an
     * unticked box is the same as no value, so opening a row and saving it changes nothing.
     */
    private static boolean same(Object stored, Object edited) {
        if (stored == null && Boolean.FALSE.equals(edited)) {
            return true;
        }
        if (stored instanceof Number a && edited instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return Objects.equals(stored, edited);
    }
}
