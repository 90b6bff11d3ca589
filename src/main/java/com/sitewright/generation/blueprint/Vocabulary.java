package com.sitewright.generation.blueprint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Named word lists and sentence templates an industry writes its copy from. Templates use
 * {@code {listName}} placeholders resolved by {@link ItemContext#fill(String)}.
 */
final class Vocabulary {

    private final Map<String, List<String>> lists;

    private Vocabulary(Map<String, List<String>> lists) {
        this.lists = Collections.unmodifiableMap(lists);
    }

    static Builder builder() {
        return new Builder();
    }

    List<String> list(String name) {
        List<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalStateException("No vocabulary list named '" + name + "'");
        }
        return list;
    }

    /** This vocabulary with the other's lists appended (other's entries after ours, duplicates dropped). */
    Vocabulary extendedWith(Vocabulary other) {
        Map<String, List<String>> merged = new LinkedHashMap<>(lists);
        other.lists.forEach((name, values) -> {
            LinkedHashSet<String> union = new LinkedHashSet<>(merged.getOrDefault(name, List.of()));
            union.addAll(values);
            merged.put(name, List.copyOf(union));
        });
        return new Vocabulary(merged);
    }

    /** This vocabulary with only the entries of one list that pass the test. */
    Vocabulary filtered(String name, Predicate<String> keep) {
        Map<String, List<String>> copy = new LinkedHashMap<>(lists);
        copy.computeIfPresent(
                name, (key, values) -> values.stream().filter(keep).toList());
        return new Vocabulary(copy);
    }

    static final class Builder {
        private final Map<String, List<String>> lists = new LinkedHashMap<>();

        Builder add(String name, String... values) {
            return add(name, List.of(values));
        }

        Builder add(String name, List<String> values) {
            List<String> list = new ArrayList<>(lists.getOrDefault(name, List.of()));
            list.addAll(values);
            lists.put(name, List.copyOf(new LinkedHashSet<>(list)));
            return this;
        }

        Vocabulary build() {
            return new Vocabulary(new LinkedHashMap<>(lists));
        }
    }
}
