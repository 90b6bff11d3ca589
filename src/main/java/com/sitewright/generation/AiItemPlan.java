package com.sitewright.generation;

import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which items the model writes for an AI-designed model: how many of each type, and in what order. Counts
 * come from the industry blueprint for the types it shares by key, from the kind of type otherwise (settings
 * and one-off pages get one), and the largest collection is raised until the project reaches the blueprint's
 * scale. Types come in dependency order, so that the items a reference may point to exist before it is written;
 * a cycle is broken at an optional reference (whose dropped edge then only sees the items that exist).
 */
record AiItemPlan(List<TypeWork> types) {

    /** A type, how many items to write, and the types whose items must all exist before it starts. */
    record TypeWork(ContentTypeDefinition type, int count, Set<String> dependsOn) {}

    long total() {
        return types.stream().mapToLong(TypeWork::count).sum();
    }

    /** Only the items of one type (its references point to items that exist already). */
    static AiItemPlan more(ContentTypeDefinition type, int count) {
        return new AiItemPlan(List.of(new TypeWork(type, count, Set.of())));
    }

    static AiItemPlan of(GenerationPlan blueprint, List<ContentTypeDefinition> model) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ContentTypeDefinition type : model) {
            counts.put(type.key(), Math.max(defaultCount(type, blueprint), minimumCount(type.key(), model)));
        }
        reachScale(model, counts, blueprint.totalItems());
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        model.forEach(type -> dependencies.put(type.key(), targets(type, model, false)));
        List<TypeWork> ordered = new ArrayList<>();
        Map<String, ContentTypeDefinition> byKey = model.stream()
                .collect(Collectors.toMap(
                        ContentTypeDefinition::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> done = new LinkedHashSet<>();
        while (done.size() < model.size()) {
            List<String> ready = byKey.keySet().stream()
                    .filter(key -> !done.contains(key) && done.containsAll(dependencies.get(key)))
                    .toList();
            if (ready.isEmpty()) {
                breakCycle(byKey, dependencies, done, model);
                continue;
            }
            for (String key : ready) {
                done.add(key);
                ordered.add(new TypeWork(byKey.get(key), counts.get(key), Set.copyOf(dependencies.get(key))));
            }
        }
        return new AiItemPlan(ordered);
    }

    private static int defaultCount(ContentTypeDefinition type, GenerationPlan blueprint) {
        if (blueprint.counts().containsKey(type.key())) {
            return blueprint.count(type.key());
        }
        boolean routable = type.fields().stream().anyMatch(field -> field.type() == FieldType.SLUG);
        return switch (type.kind()) {
            case SETTINGS -> 1;
            case PAGE -> routable ? 12 : 1;
            case COMPONENT -> 6;
            case MEDIA -> 40;
            case DATA -> 30;
        };
    }

    /** Enough items that every list field pointing only at this type can meet its minimum. */
    private static int minimumCount(String key, List<ContentTypeDefinition> model) {
        return model.stream()
                .flatMap(type -> type.fields().stream())
                .filter(field -> field.type() == FieldType.REFERENCES
                        && field.referenceTypes().equals(List.of(key)))
                .map(field -> field.validations().minItems())
                .filter(min -> min != null)
                .max(Integer::compare)
                .orElse(1);
    }

    /** Raises the largest collection (a data or page type with more than one item) to the scale asked for. */
    private static void reachScale(List<ContentTypeDefinition> model, Map<String, Integer> counts, long target) {
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        if (total >= target) {
            return;
        }
        model.stream()
                .filter(type -> type.kind() == ContentKind.DATA || type.kind() == ContentKind.PAGE)
                .filter(type -> counts.get(type.key()) > 1)
                .max(Comparator.comparingInt(type -> counts.get(type.key())))
                .ifPresent(main -> counts.put(main.key(), (int)
                        Math.min(OfflineGenerator.MAX_ITEMS_PER_TYPE, counts.get(main.key()) + target - total)));
    }

    /** The other types a type's items point to, through its own reference fields and its blocks' components. */
    private static Set<String> targets(
            ContentTypeDefinition type, List<ContentTypeDefinition> model, boolean requiredOnly) {
        Set<String> keys = model.stream().map(ContentTypeDefinition::key).collect(Collectors.toSet());
        Set<String> targets = new LinkedHashSet<>();
        for (FieldDefinition field : type.fields()) {
            if (requiredOnly && !field.required()) {
                continue;
            }
            if (field.type().isReference()) {
                targets.addAll(field.referenceTypes());
            } else if (field.type() == FieldType.BLOCKS) {
                model.stream()
                        .filter(component -> field.referenceTypes().contains(component.key()))
                        .flatMap(component -> component.fields().stream())
                        .filter(inner -> inner.type().isReference())
                        .filter(inner -> !requiredOnly || inner.required())
                        .forEach(inner -> targets.addAll(inner.referenceTypes()));
            }
        }
        targets.remove(type.key());
        targets.retainAll(keys);
        return targets;
    }

    /**
     * No type left is ready: keep only the required edges of the waiting types; if that changes nothing,
     * the first waiting type starts with what exists.
     */
    private static void breakCycle(
            Map<String, ContentTypeDefinition> byKey,
            Map<String, Set<String>> dependencies,
            Set<String> done,
            List<ContentTypeDefinition> model) {
        boolean changed = false;
        for (String key : byKey.keySet()) {
            if (!done.contains(key)) {
                Set<String> required = targets(byKey.get(key), model, true);
                if (!required.equals(dependencies.get(key))) {
                    dependencies.put(key, required);
                    changed = true;
                }
            }
        }
        if (!changed) {
            byKey.keySet().stream()
                    .filter(key -> !done.contains(key))
                    .findFirst()
                    .ifPresent(key -> dependencies.put(key, Set.of()));
        }
    }
}
