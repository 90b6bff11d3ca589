package com.sitewright.generation.blueprint;

import com.sitewright.model.ContentTypeDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content model to create and how many items of each type to generate.
 * {@code types} are in dependency order: every type comes after the types its
 * reference, references and blocks fields point to. {@code counts} follows the same order.
 */
public record GenerationPlan(Intent intent, List<ContentTypeDefinition> types, Map<String, Integer> counts) {

    public GenerationPlan {
        Objects.requireNonNull(intent, "intent");
        types = List.copyOf(types);
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public long totalItems() {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    public int count(String typeKey) {
        return counts.getOrDefault(typeKey, 0);
    }
}
