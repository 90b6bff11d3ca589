package com.sitewright.content.ui;

import com.sitewright.model.FieldDefinition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One field of the item editor: the input that suits its type, reading and writing the stored value. The inputs
 * themselves are made by one small class per family: {@link TextInputs}, {@link ScalarInputs},
 * {@link ReferenceInputs} and {@link AssetInput}. What cannot be read (JSON that does not parse) is shown on the
 * input and keeps the form from saving.
 */
final class FieldInput {

    private final FieldDefinition field;
    private final Component component;
    private final Supplier<Object> read;
    private final Consumer<Object> write;
    private final HasValidation validation;
    private String unreadable;

    /** {@code read} gives the value to store (null when empty); {@code validation} shows errors, or is null. */
    FieldInput(
            FieldDefinition field,
            Component component,
            Supplier<Object> read,
            Consumer<Object> write,
            HasValidation validation) {
        this.field = field;
        this.component = component;
        this.read = read;
        this.write = write;
        this.validation = validation;
    }

    FieldDefinition field() {
        return field;
    }

    Component component() {
        return component;
    }

    /** The value to store; null when empty. */
    Object value() {
        return read.get();
    }

    void setValue(Object value) {
        write.accept(value);
    }

    /** The input's own reason it cannot give a value (e.g. JSON that does not parse), or null. */
    String unreadable() {
        return unreadable;
    }

    /** Set by a reading that failed ({@code reason}) or succeeded (null). */
    void setUnreadable(String reason) {
        unreadable = reason;
    }

    void showError(String message) {
        if (validation != null) {
            validation.setErrorMessage(message);
            validation.setInvalid(message != null);
        }
    }

    static FieldInput of(
            FieldDefinition field,
            ReferenceInputs.Candidates candidates,
            AssetInput.Library library,
            Map<String, String> typeNames,
            boolean readOnly) {
        String label = field.label() + (field.required() ? " *" : "");
        FieldInput input = switch (field.type()) {
            case LONG_TEXT -> TextInputs.text(field, new TextArea(label));
            case RICH_TEXT -> TextInputs.markdown(field, label);
            case NUMBER -> ScalarInputs.number(field, label);
            case INTEGER -> ScalarInputs.integer(field, label);
            case BOOLEAN -> ScalarInputs.flag(field);
            case DATE -> ScalarInputs.date(field, label);
            case ENUM -> ScalarInputs.choice(field, label);
            case REFERENCE -> ReferenceInputs.single(field, label, candidates, typeNames);
            case REFERENCES -> ReferenceInputs.several(field, label, candidates, typeNames);
            case ASSET -> AssetInput.of(field, label, library);
            case JSON, BLOCKS -> TextInputs.json(field, label);
            default -> TextInputs.text(field, new TextField(label));
        };
        if (field.helpText() != null && input.component() instanceof HasHelper helper) {
            helper.setHelperText(field.helpText());
        }
        if (readOnly) {
            readOnly(input.component());
        }
        input.component().getElement().setAttribute("data-field", field.key());
        input.component().getElement().getClassList().add("item-field");
        return input;
    }

    /** Inputs made of several parts (Markdown with its preview, an asset's address and alt text) are read-only whole. */
    private static void readOnly(Component component) {
        if (component instanceof HasValue<?, ?> value) {
            value.setReadOnly(true);
        }
        if (component instanceof Button button) {
            button.setVisible(false);
        }
        component.getChildren().forEach(FieldInput::readOnly);
    }
}
