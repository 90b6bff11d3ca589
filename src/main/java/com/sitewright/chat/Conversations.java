package com.sitewright.chat;

import com.sitewright.base.ConflictException;
import com.sitewright.base.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores the chats' messages, timed by the studio's clock, and publishes every change to the open conversations. */
@Component
class Conversations {

    private final ChatMessageRepository messages;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversations(
            ChatMessageRepository messages,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.messages = messages;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** The newest {@code count} messages of the project's conversation, oldest first, leaving out {@code except}. */
    List<ChatEntry> newest(UUID projectId, int count, UUID except) {
        List<ChatMessage> newest = messages.findByProjectIdOrderBySeqDesc(projectId, PageRequest.of(0, count));
        List<ChatEntry> entries = new ArrayList<>(newest.stream()
                .filter(message -> !message.getId().equals(except))
                .map(message -> message.entry(false))
                .toList());
        Collections.reverse(entries);
        return entries;
    }

    Optional<ChatMessage> find(UUID messageId) {
        return messages.findById(messageId);
    }

    ChatMessage fromUser(UUID projectId, UUID userId, String text) {
        return save(ChatMessage.fromUser(projectId, userId, text, clock.instant()));
    }

    ChatMessage fromStudio(UUID projectId, String text) {
        return save(ChatMessage.fromStudio(projectId, text, clock.instant()));
    }

    /** The studio's answer with a link to what it shows. */
    ChatMessage fromStudio(UUID projectId, String text, String link) {
        ChatMessage answer = ChatMessage.fromStudio(projectId, text, clock.instant());
        answer.linkTo(link);
        return save(answer);
    }

    /** An action card waiting for approval. */
    ChatMessage action(UUID projectId, String tool, String args, String summary) {
        return save(ChatMessage.action(projectId, tool, args, summary, clock.instant()));
    }

    /** Shows the reply as far as it has been written, without storing it yet. */
    void streaming(UUID projectId, UUID replyId, String textSoFar) {
        messages.findById(replyId).ifPresent(reply -> {
            reply.write(textSoFar, clock.instant());
            events.publishEvent(new ChatUpdate(projectId, reply.entry(true)));
        });
    }

    /** Stores the finished reply text. */
    void finishReply(UUID replyId, String text) {
        transaction.executeWithoutResult(status -> messages.findById(replyId).ifPresent(reply -> {
            reply.write(text, clock.instant());
            publish(messages.saveAndFlush(reply));
        }));
    }

    /** Marks an open card running; only one caller gets it, however often it is clicked. */
    ChatMessage claim(UUID projectId, UUID messageId) {
        try {
            return transaction.execute(status -> {
                ChatMessage card = openCard(projectId, messageId);
                card.moveTo(ActionState.RUNNING, null, clock.instant());
                ChatMessage saved = messages.saveAndFlush(card);
                publish(saved);
                return saved;
            });
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("This action has just been approved or cancelled elsewhere.");
        }
    }

    ChatEntry cancel(UUID projectId, UUID messageId) {
        return transaction.execute(status -> {
            ChatMessage card = openCard(projectId, messageId);
            card.moveTo(ActionState.CANCELLED, "Cancelled; nothing was changed.", clock.instant());
            return publish(messages.saveAndFlush(card));
        });
    }

    ChatEntry finish(UUID messageId, ActionState state, String result, String link) {
        return transaction.execute(status -> {
            ChatMessage card = messages.findById(messageId).orElseThrow();
            card.moveTo(state, result, clock.instant());
            card.linkTo(link);
            return publish(messages.saveAndFlush(card));
        });
    }

    private ChatMessage openCard(UUID projectId, UUID messageId) {
        ChatMessage card = messages.findByIdAndProjectId(messageId, projectId)
                .filter(message -> message.getRole() == ChatRole.ACTION)
                .orElseThrow(() -> new NotFoundException("No such action in this project's chat"));
        if (!card.getState().isOpen()) {
            throw new ConflictException(
                    "This action is already " + card.getState().name().toLowerCase() + ".");
        }
        return card;
    }

    private ChatMessage save(ChatMessage message) {
        ChatMessage saved = transaction.execute(status -> messages.saveAndFlush(message));
        publish(saved);
        return saved;
    }

    private ChatEntry publish(ChatMessage message) {
        ChatEntry entry = message.entry(false);
        events.publishEvent(new ChatUpdate(message.getProjectId(), entry));
        return entry;
    }
}
