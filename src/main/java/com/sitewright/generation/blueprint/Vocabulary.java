package com.sitewright.generation.blueprint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Named word lists and sentence templates an industry writes its copy from, plus the site furniture that comes in
 * records: features, FAQs and menu entries. Templates use {@code {listName}} placeholders resolved by
 * {@link ItemContext#fill(String)}. Every list keeps each entry once, in the order first added.
 */
final class Vocabulary {

    /** A feature of a feature grid; both may hold placeholders. */
    record Feature(String title, String description) {}

    /** A question customers ask, its answer (which may hold placeholders) and the category it is filed under. */
    record Faq(String category, String question, String answer) {}

    /** A menu entry: its label and the path of the page or listing it leads to. */
    record NavLink(String label, String path) {}

    /** A review's headline and the rating (1 to 5) it goes with. */
    record ReviewHeadline(int rating, String headline) {}

    /** A vocabulary as a resource file holds it. */
    record Data(Map<String, List<String>> lists, List<Feature> features, List<Faq> faqs, List<NavLink> nav) {}

    private static final Vocabulary EMPTY = new Vocabulary(Map.of(), List.of(), List.of(), List.of());

    private final Map<String, List<String>> lists;
    private final List<Feature> features;
    private final List<Faq> faqs;
    private final List<NavLink> nav;

    private Vocabulary(Map<String, List<String>> lists, List<Feature> features, List<Faq> faqs, List<NavLink> nav) {
        this.lists = Collections.unmodifiableMap(lists);
        this.features = features;
        this.faqs = faqs;
        this.nav = nav;
    }

    static Builder builder() {
        return new Builder();
    }

    static Vocabulary of(Data data) {
        Builder builder = builder();
        data.lists().forEach(builder::add);
        return builder.features(data.features())
                .faqs(data.faqs())
                .nav(data.nav())
                .build();
    }

    List<String> list(String name) {
        List<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalStateException("No vocabulary list named '" + name + "'");
        }
        return list;
    }

    List<Feature> features() {
        return features;
    }

    List<Faq> faqs() {
        return faqs;
    }

    List<NavLink> nav() {
        return nav;
    }

    /** This vocabulary with a list added, or appended to the list of that name. */
    Vocabulary with(String name, List<String> values) {
        return extendedWith(builder().add(name, values).build());
    }

    /** This vocabulary with the other's lists appended (other's entries after ours, duplicates dropped). */
    Vocabulary extendedWith(Vocabulary other) {
        Map<String, List<String>> merged = new LinkedHashMap<>(lists);
        other.lists.forEach((name, values) -> merged.put(name, union(merged.getOrDefault(name, List.of()), values)));
        return new Vocabulary(merged, union(features, other.features), union(faqs, other.faqs), union(nav, other.nav));
    }

    /** This vocabulary with only the menu entries that pass the test. */
    Vocabulary withNav(Predicate<NavLink> keep) {
        return new Vocabulary(lists, features, faqs, nav.stream().filter(keep).toList());
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        LinkedHashSet<T> union = new LinkedHashSet<>(first);
        union.addAll(second);
        return List.copyOf(union);
    }

    static final class Builder {
        private final Map<String, List<String>> lists = new LinkedHashMap<>();
        private Vocabulary records = EMPTY;

        Builder add(String name, String... values) {
            return add(name, List.of(values));
        }

        Builder add(String name, List<String> values) {
            lists.put(name, union(lists.getOrDefault(name, List.of()), values));
            return this;
        }

        Builder features(List<Feature> features) {
            records = records.extendedWith(new Vocabulary(Map.of(), features, List.of(), List.of()));
            return this;
        }

        Builder faqs(List<Faq> faqs) {
            records = records.extendedWith(new Vocabulary(Map.of(), List.of(), faqs, List.of()));
            return this;
        }

        Builder nav(NavLink... links) {
            return nav(List.of(links));
        }

        Builder nav(List<NavLink> links) {
            records = records.extendedWith(new Vocabulary(Map.of(), List.of(), List.of(), links));
            return this;
        }

        Vocabulary build() {
            return new Vocabulary(new LinkedHashMap<>(lists), records.features, records.faqs, records.nav);
        }
    }
}
