package com.sitewright.modeling.ui;

import com.sitewright.model.FieldDefinition;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Wires an inspector input to the designer: a value the person commits becomes one field edit. Values set by the
 * inspector itself while it shows a field are not edits, so they are ignored.
 */
final class FieldInputs {

    private FieldInputs() {}

    /** {@code change} turns the value into an edit, or {@code null} to ignore the value. */
    static <T> void onCommit(
            HasValue<?, T> input,
            Function<T, UnaryOperator<FieldDefinition>> change,
            Consumer<UnaryOperator<FieldDefinition>> changeField) {
        input.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                UnaryOperator<FieldDefinition> edit = change.apply(event.getValue());
                if (edit != null) {
                    changeField.accept(edit);
                }
            }
        });
    }

    /** As {@link #onCommit}, for inputs that check what is typed: an invalid value is not handed on. */
    static <T, C extends HasValue<?, T> & HasValidation> void onValidCommit(
            C input,
            Function<T, UnaryOperator<FieldDefinition>> change,
            Consumer<UnaryOperator<FieldDefinition>> changeField) {
        onCommit(input, value -> input.isInvalid() ? null : change.apply(value), changeField);
    }
}
