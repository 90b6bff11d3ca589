package com.sitewright.content.ui;

import com.sitewright.model.FieldDefinition;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Inputs for single values that are not free text: numbers, whole numbers, yes/no, dates and choices. */
final class ScalarInputs {

    private ScalarInputs() {}

    static FieldInput number(FieldDefinition field, String label) {
        var number = new NumberField(label);
        return new FieldInput(
                field,
                number,
                number::getValue,
                value -> number.setValue(value instanceof Number n ? n.doubleValue() : null),
                number);
    }

    /** Whole numbers are stored as longs, as the content service reads them from JSON. */
    static FieldInput integer(FieldDefinition field, String label) {
        var integer = new IntegerField(label);
        return new FieldInput(
                field,
                integer,
                () -> integer.getValue() == null ? null : integer.getValue().longValue(),
                value -> integer.setValue(value instanceof Number n ? n.intValue() : null),
                integer);
    }

    /** A box carries its own label, without the required mark: unticked is a value too. */
    static FieldInput flag(FieldDefinition field) {
        var flag = new Checkbox(field.label());
        return new FieldInput(field, flag, flag::getValue, value -> flag.setValue(Boolean.TRUE.equals(value)), null);
    }

    /** A stored date that does not parse is shown empty; the validator reports it on save. */
    static FieldInput date(FieldDefinition field, String label) {
        var date = new DatePicker(label);
        return new FieldInput(
                field,
                date,
                () -> date.getValue() == null ? null : date.getValue().toString(),
                value -> {
                    try {
                        date.setValue(value == null ? null : LocalDate.parse(String.valueOf(value)));
                    } catch (DateTimeParseException e) {
                        date.setValue(null);
                    }
                },
                date);
    }

    /** One of the field's allowed values, or none (the first entry, shown as a dash). */
    static FieldInput choice(FieldDefinition field, String label) {
        var choice = new Select<String>();
        choice.setLabel(label);
        List<String> options = new ArrayList<>();
        options.add("");
        options.addAll(
                field.validations().allowedValues() == null
                        ? List.of()
                        : field.validations().allowedValues());
        choice.setItems(options);
        choice.setItemLabelGenerator(option -> option.isEmpty() ? "—" : option);
        return new FieldInput(
                field,
                choice,
                () -> choice.getValue() == null || choice.getValue().isEmpty() ? null : choice.getValue(),
                value -> choice.setValue(value == null ? "" : String.valueOf(value)),
                choice);
    }
}
