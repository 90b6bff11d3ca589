package com.sitewright.chat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands chat updates to the views showing a project's chat (subscribe on attach, close on detach).
 * Listeners run on the thread that changed the chat and must hand over quickly.
 */
@Component
public class ChatFeed {

    /** Closing it stops the deliveries. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<UUID, Set<Consumer<ChatEntry>>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(UUID projectId, Consumer<ChatEntry> listener) {
        listeners
                .computeIfAbsent(projectId, id -> ConcurrentHashMap.newKeySet())
                .add(listener);
        return () -> listeners.computeIfPresent(projectId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @EventListener
    void on(ChatUpdate update) {
        listeners.getOrDefault(update.projectId(), Set.of()).forEach(listener -> listener.accept(update.entry()));
    }
}
