package com.sitewright.cms.push;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one call per element on virtual threads and waits for all. The push's {@link VendorHttp} bounds how many
 * requests are really in flight, so this only lets a batch use that bound.
 */
final class Parallel {

    private Parallel() {}

    static <T, K, R> Map<K, R> each(List<T> elements, Function<T, K> key, Function<T, R> work) {
        Map<K, Future<R>> running = new LinkedHashMap<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T element : elements) {
                running.put(key.apply(element), threads.submit(() -> work.apply(element)));
            }
            Map<K, R> results = new LinkedHashMap<>();
            for (Map.Entry<K, Future<R>> entry : running.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VendorCallException.fatal(0, "The push was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
