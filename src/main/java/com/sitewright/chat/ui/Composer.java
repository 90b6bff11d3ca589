package com.sitewright.chat.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Where a person writes: the message, a hint under it and the send button (or Ctrl+Enter). Sending calls back to
 * the view; the button stays disabled until the view says the message was taken or refused, so one click sends once.
 */
final class Composer extends Composite<Div> {

    private final TextArea prompt = new TextArea();
    private final Button send = new Button("Build", VaadinIcon.PAPERPLANE.create());
    private final Span hint = new Span();

    Composer(Runnable onSend) {
        prompt.setAriaLabel("Message");
        prompt.setValueChangeMode(ValueChangeMode.LAZY);
        prompt.addValueChangeListener(event -> prompt.setInvalid(false));
        prompt.addClassName("prompt-input");
        prompt.addKeyDownListener(Key.ENTER, event -> onSend.run(), KeyModifier.CONTROL);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-prompt");
        send.addClickListener(click -> onSend.run());
        send.setDisableOnClick(true);
        hint.addClassName("composer-hint");
        var input = new Div(prompt, hint);
        input.addClassName("composer-input");
        getContent().addClassName("composer");
        getContent().add(input, send);
    }

    /** Sets what the composer is for: a new project's description, or a message about the open one. */
    void prepare(String placeholder, String sendText) {
        prompt.setPlaceholder(placeholder);
        send.setText(sendText);
    }

    void setHint(String text) {
        hint.setText(text);
    }

    String text() {
        return prompt.getValue();
    }

    /** Puts a suggested message in, ready to edit or send. */
    void suggest(String text) {
        prompt.setValue(text);
        prompt.focus();
    }

    void clear() {
        prompt.clear();
    }

    /** Says under the message why it was not taken; typing clears it. */
    void refuse(String reason) {
        prompt.setErrorMessage(reason);
        prompt.setInvalid(true);
    }

    /** Lets the person send again, once the last message was taken or refused. */
    void ready() {
        send.setEnabled(true);
    }
}
