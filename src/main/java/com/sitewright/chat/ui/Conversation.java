package com.sitewright.chat.ui;

import com.sitewright.chat.ChatEntry;
import com.sitewright.chat.ChatRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The messages and action cards of a chat, in order. An entry shown again (a reply streaming in, a card that ran)
 * is updated in place, not added twice. Card buttons and links call back to the view, which calls the service.
 */
final class Conversation extends Composite<Div> {

    /** What the view does when a person acts on a message or card. */
    interface Actions {
        void approve(UUID messageId);

        void cancel(UUID messageId);

        void navigate(String route);
    }

    private final Actions actions;
    private final Map<UUID, Component> shown = new HashMap<>();

    Conversation(Actions actions) {
        this.actions = actions;
        getContent().addClassName("conversation");
    }

    void clear() {
        getContent().removeAll();
        shown.clear();
    }

    /** Adds parts that are not stored entries: the welcome, the progress card, a refused message. */
    void add(Component... parts) {
        getContent().add(parts);
    }

    /** Adds an entry, or updates it in place when it is already shown. */
    void show(ChatEntry entry) {
        Component existing = shown.get(entry.id());
        if (entry.isAction()) {
            ActionCard card = existing instanceof ActionCard known
                    ? known
                    : new ActionCard(
                            () -> actions.approve(entry.id()), () -> actions.cancel(entry.id()), actions::navigate);
            card.show(entry);
            if (existing == null) {
                append(entry.id(), card);
            }
            return;
        }
        if (existing instanceof MessageBubble bubble) {
            bubble.show(entry.text(), entry.streaming());
            bubble.link(ActionCard.linkLabel(entry.link()), entry.link(), actions::navigate);
            return;
        }
        MessageBubble bubble = entry.role() == ChatRole.USER
                ? MessageBubble.fromUser(entry.text())
                : MessageBubble.fromStudio(entry.text());
        bubble.show(entry.text(), entry.streaming());
        bubble.link(ActionCard.linkLabel(entry.link()), entry.link(), actions::navigate);
        append(entry.id(), bubble);
    }

    /**
     * How many entries open the conversation: the prompt, and the studio's first answer when it came within
     * seconds. The generation's progress shows after them.
     */
    static int openingExchange(List<ChatEntry> history) {
        if (history.isEmpty()) {
            return 0;
        }
        boolean answered = history.size() > 1
                && history.get(1).role() == ChatRole.STUDIO
                && history.get(1)
                        .createdAt()
                        .isBefore(history.get(0).createdAt().plusSeconds(10));
        return answered ? 2 : 1;
    }

    /** Lets a card be clicked again after the service refused what it asked for. */
    void release(UUID messageId) {
        if (shown.get(messageId) instanceof ActionCard card) {
            card.release();
        }
    }

    void scrollToEnd() {
        getContent().getElement().executeJs("requestAnimationFrame(() => this.scrollTop = this.scrollHeight)");
    }

    private void append(UUID id, Component component) {
        shown.put(id, component);
        getContent().add(component);
        scrollToEnd();
    }
}
