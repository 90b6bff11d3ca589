package com.sitewright.chat.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/**
 * One message of the conversation. Text is always set as text, never as HTML, so whatever a model or
 * content says is shown literally. A studio message may link to a studio page.
 */
final class MessageBubble extends Composite<Div> {

    private final Paragraph text = new Paragraph();
    private final Div actions = new Div();

    private MessageBubble(String author, String kind) {
        Div bubble = getContent();
        bubble.addClassNames("message", "message-" + kind);
        if (author != null) {
            var name = new Span(author);
            name.addClassName("message-author");
            bubble.add(name);
        }
        actions.addClassName("message-actions");
        actions.setVisible(false);
        bubble.add(text, actions);
    }

    static MessageBubble fromUser(String text) {
        var bubble = new MessageBubble(null, "user");
        bubble.show(text, false);
        return bubble;
    }

    static MessageBubble fromStudio(String text) {
        var bubble = new MessageBubble("Sitewright", "studio");
        bubble.show(text, false);
        return bubble;
    }

    /** A message the studio shows but does not store, such as a refused message. */
    static MessageBubble problem(String text) {
        var bubble = new MessageBubble("Sitewright", "studio");
        bubble.addClassName("message-problem");
        bubble.show(text, false);
        return bubble;
    }

    void show(String message, boolean streaming) {
        text.setText(message == null ? "" : message);
        getContent().getElement().setAttribute("data-streaming", streaming);
        if (streaming && (message == null || message.isEmpty())) {
            text.setText("Thinking…");
        }
    }

    void link(String label, String route, Consumer<String> navigate) {
        actions.removeAll();
        if (route == null) {
            actions.setVisible(false);
            return;
        }
        var open = new Button(label, VaadinIcon.ARROW_RIGHT.create(), click -> navigate.accept(route));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.addClassName("message-link");
        actions.add(open);
        actions.setVisible(true);
    }
}
