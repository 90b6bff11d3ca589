package com.sitewright.generation;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands progress events to whoever watches a project (views subscribe on attach and close the
 * subscription on detach). Listeners are called on the job's thread and must hand over quickly.
 */
@Component
public class GenerationProgressFeed {

    /** Closing it stops the deliveries. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<UUID, Set<Consumer<GenerationProgress>>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(UUID projectId, Consumer<GenerationProgress> listener) {
        listeners
                .computeIfAbsent(projectId, id -> ConcurrentHashMap.newKeySet())
                .add(listener);
        return () -> listeners.computeIfPresent(projectId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @EventListener
    void on(GenerationProgress progress) {
        listeners.getOrDefault(progress.projectId(), Set.of()).forEach(listener -> listener.accept(progress));
    }
}
