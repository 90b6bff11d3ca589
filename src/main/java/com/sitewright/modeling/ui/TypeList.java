package com.sitewright.modeling.ui;

import com.sitewright.modeling.DraftType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;

/** The model's types, filterable; click one to open it, drop a field on one to move the field there. */
final class TypeList extends Composite<Nav> {

    interface Actions {
        void selectType(String typeKey);

        void dropFieldOnType(TypeCanvas.FieldRef field, String typeKey);

        void newType();
    }

    private final Actions actions;
    private final TextField filter = new TextField();
    private final Div entries = new Div();
    private List<DraftType> types = List.of();
    private String selected;

    TypeList(Actions actions) {
        this.actions = actions;
        Nav list = getContent();
        list.addClassName("type-list");
        list.getElement().setAttribute("aria-label", "Content types");
        filter.setPlaceholder("Filter types");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.setAriaLabel("Filter types");
        filter.setWidthFull();
        filter.addValueChangeListener(event -> render());
        var add = new Button("New type", VaadinIcon.PLUS.create(), click -> actions.newType());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClassName("new-type");
        var top = new Div(filter, add);
        top.addClassName("type-list-top");
        entries.addClassName("type-list-entries");
        list.add(top, entries);
    }

    void show(List<DraftType> allTypes, String selectedType) {
        this.types = allTypes;
        this.selected = selectedType;
        render();
    }

    private void render() {
        entries.removeAll();
        String wanted = filter.getValue().strip().toLowerCase(Locale.ROOT);
        for (DraftType type : types) {
            if (!wanted.isEmpty()
                    && !type.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                    && !type.key().toLowerCase(Locale.ROOT).contains(wanted)) {
                continue;
            }
            var name = new Span(type.displayName());
            name.addClassName("type-entry-name");
            var kind = new Span(type.kind().id());
            kind.addClassNames("kind-badge", "kind-" + type.kind().id());
            var count = new Span(String.valueOf(type.fields().size()));
            count.addClassName("type-entry-count");
            count.getElement().setAttribute("title", type.fields().size() + " fields");
            var entry = new Div(name, kind, count);
            entry.addClassName("type-entry");
            if (type.origin() == null) {
                entry.addClassName("is-new");
            }
            entry.getElement().setAttribute("data-type", type.key());
            entry.getElement().setAttribute("role", "button");
            entry.getElement().setAttribute("tabindex", "0");
            if (type.key().equals(selected)) {
                entry.addClassName("selected");
                entry.getElement().setAttribute("aria-current", "true");
            }
            entry.addClickListener(click -> actions.selectType(type.key()));
            entry.getElement()
                    .addEventListener("keydown", event -> actions.selectType(type.key()))
                    .setFilter("event.key === 'Enter'");
            DropTarget.create(entry)
                    .addDropListener(event -> event.getDragData().ifPresent(data -> {
                        if (data instanceof TypeCanvas.FieldRef field) {
                            actions.dropFieldOnType(field, type.key());
                        }
                    }));
            entries.add(entry);
        }
        if (entries.getComponentCount() == 0) {
            var none = new Span(types.isEmpty() ? "No content types yet" : "No type matches");
            none.addClassName("type-list-empty");
            entries.add(none);
        }
    }
}
