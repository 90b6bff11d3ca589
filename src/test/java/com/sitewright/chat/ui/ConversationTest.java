package com.sitewright.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.chat.ActionState;
import com.sitewright.chat.ChatEntry;
import com.sitewright.chat.ChatRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The conversation without a browser: entries updated in place, cards calling back, where the progress goes. */
class ConversationTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final List<String> calls = new ArrayList<>();
    private final Conversation conversation = new Conversation(new Conversation.Actions() {
        @Override
        public void approve(UUID messageId) {
            calls.add("approve " + messageId);
        }

        @Override
        public void cancel(UUID messageId) {
            calls.add("cancel " + messageId);
        }

        @Override
        public void navigate(String route) {
            calls.add("navigate " + route);
        }
    });

    @Test
    void aStreamingReplyIsUpdatedInPlaceNotAddedAgain() {
        UUID id = UUID.randomUUID();
        conversation.show(message(id, ChatRole.STUDIO, "", true, null));
        assertThat(texts()).containsExactly("Thinking…");

        conversation.show(message(id, ChatRole.STUDIO, "Added the field.", false, "projects/x/content"));

        assertThat(conversation.getElement().getChildCount()).isEqualTo(1);
        assertThat(texts()).containsExactly("Added the field.");
        buttons("message-link").findFirst().orElseThrow().click();
        assertThat(calls).containsExactly("navigate projects/x/content");
    }

    @Test
    void anActionCardCallsBackWithItsMessageAndShowsHowItEnded() {
        UUID id = UUID.randomUUID();
        conversation.show(action(id, ActionState.PENDING));
        Button approve = buttons("approve-action").findFirst().orElseThrow();

        approve.click();
        buttons("cancel-action").findFirst().orElseThrow().click();
        assertThat(calls).containsExactly("approve " + id, "cancel " + id);

        approve.setEnabled(false);
        conversation.release(id);
        assertThat(approve.isEnabled()).as("a refused click can be tried again").isTrue();

        conversation.show(action(id, ActionState.DONE));
        assertThat(conversation.getElement().getChildCount()).isEqualTo(1);
        assertThat(conversation.getElement().getChild(0).getAttribute("data-state"))
                .isEqualTo("done");
        assertThat(approve.isVisible()).isFalse();
    }

    @Test
    void theProgressFollowsThePromptAndTheStudiosFirstAnswerWhenItCameAtOnce() {
        ChatEntry prompt = message(UUID.randomUUID(), ChatRole.USER, "Build me a bakery site", false, null);
        ChatEntry answer = message(UUID.randomUUID(), ChatRole.STUDIO, "On it", false, null);
        ChatEntry later = new ChatEntry(
                UUID.randomUUID(),
                PROJECT,
                ChatRole.STUDIO,
                "Done",
                NOW.plusSeconds(60),
                null,
                null,
                null,
                null,
                false);

        assertThat(Conversation.openingExchange(List.of())).isZero();
        assertThat(Conversation.openingExchange(List.of(prompt))).isEqualTo(1);
        assertThat(Conversation.openingExchange(List.of(prompt, answer))).isEqualTo(2);
        assertThat(Conversation.openingExchange(List.of(prompt, later))).isEqualTo(1);
        assertThat(Conversation.openingExchange(List.of(prompt, prompt))).isEqualTo(1);
    }

    private static ChatEntry message(UUID id, ChatRole role, String text, boolean streaming, String link) {
        return new ChatEntry(id, PROJECT, role, text, NOW, null, null, null, link, streaming);
    }

    private static ChatEntry action(UUID id, ActionState state) {
        return new ChatEntry(
                id, PROJECT, ChatRole.ACTION, "Add a calories field", NOW, "add_field", state, null, null, false);
    }

    private List<String> texts() {
        return descendants(conversation)
                .filter(Paragraph.class::isInstance)
                .map(paragraph -> ((Paragraph) paragraph).getText())
                .toList();
    }

    private Stream<Button> buttons(String className) {
        return descendants(conversation)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(button -> button.hasClassName(className));
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
