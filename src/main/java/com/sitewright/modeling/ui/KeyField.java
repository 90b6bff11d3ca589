package com.sitewright.modeling.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** A key input: camelCase checked as it is typed, and handed on only when it is one. */
final class KeyField {

    private static final Pattern KEY = Pattern.compile("^[a-z][A-Za-z0-9]{0,63}$");

    private KeyField() {}

    static TextField of(String value, String helperText, Consumer<String> onValidChange) {
        var key = new TextField("Key");
        key.setValue(value);
        key.setMaxLength(64);
        key.setHelperText(helperText);
        key.addClassName("monospace");
        key.addValueChangeListener(event -> {
            String typed = event.getValue().strip();
            boolean valid = KEY.matcher(typed).matches();
            key.setInvalid(!valid);
            key.setErrorMessage(valid ? null : "Letters and digits, starting with a lower-case letter");
            if (valid && event.isFromClient()) {
                onValidChange.accept(typed);
            }
        });
        return key;
    }
}
