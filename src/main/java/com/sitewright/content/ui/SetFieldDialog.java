package com.sitewright.content.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Picks a field of the type and the value every selected item gets; the count is said before anything changes. */
final class SetFieldDialog extends Dialog {

    private final Div input = new Div();
    private Supplier<Object> value = () -> null;

    SetFieldDialog(ContentTypeDefinition type, long count, BiConsumer<String, Object> onSet) {
        setHeaderTitle("Set a field on " + Formats.count(count) + (count == 1 ? " item" : " items"));
        addClassName("set-field-dialog");
        setWidth("28rem");
        List<FieldDefinition> settable =
                type.fields().stream().filter(SetFieldDialog::settable).toList();
        var field = new ComboBox<FieldDefinition>("Field");
        field.setItems(settable);
        field.setItemLabelGenerator(FieldDefinition::label);
        field.setWidthFull();
        field.addValueChangeListener(event -> showInput(event.getValue()));
        input.addClassName("set-field-value");
        var set = new Button("Set", click -> {
            if (field.getValue() == null) {
                field.setInvalid(true);
                field.setErrorMessage("Choose a field");
                return;
            }
            close();
            onSet.accept(field.getValue().key(), value.get());
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.addClassName("confirm-set");
        add(
                new Paragraph("Every selected " + type.displayName()
                        + " gets this value; an empty value clears an optional field."),
                field,
                input);
        getFooter().add(new Button("Cancel", click -> close()), set);
    }

    /** Fields whose one value suits many items: not slugs (unique), references, blocks, JSON or assets. */
    static boolean settable(FieldDefinition field) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT, RICH_TEXT, NUMBER, INTEGER, BOOLEAN, DATE, DATE_TIME, ENUM, URL, EMAIL -> true;
            default -> false;
        };
    }

    private void showInput(FieldDefinition field) {
        input.removeAll();
        if (field == null) {
            value = () -> null;
            return;
        }
        Component component;
        switch (field.type()) {
            case NUMBER, INTEGER -> {
                var number = new NumberField("Value");
                number.setStep(field.type() == FieldType.INTEGER ? 1 : 0.01);
                value = () -> number.getValue() == null
                        ? null
                        : field.type() == FieldType.INTEGER
                                ? (Object) Math.round(number.getValue())
                                : number.getValue();
                component = number;
            }
            case BOOLEAN -> {
                var flag = new Select<Boolean>();
                flag.setLabel("Value");
                flag.setItems(true, false);
                flag.setItemLabelGenerator(b -> b ? "Yes" : "No");
                flag.setValue(true);
                value = flag::getValue;
                component = flag;
            }
            case ENUM -> {
                var choice = new Select<String>();
                choice.setLabel("Value");
                choice.setItems(
                        field.validations().allowedValues() == null
                                ? List.of()
                                : field.validations().allowedValues());
                value = choice::getValue;
                component = choice;
            }
            case DATE -> {
                var date = new DatePicker("Value");
                value = () -> date.getValue() == null ? null : date.getValue().toString();
                component = date;
            }
            default -> {
                var text = new TextField("Value");
                text.setPlaceholder(field.type() == FieldType.DATE_TIME ? "2026-03-14T09:30:00Z" : "");
                value = text::getValue;
                component = text;
            }
        }
        component.getElement().getStyle().set("width", "100%");
        input.add(component);
    }
}
