package com.sitewright.generation.blueprint;

import java.util.List;
import java.util.Map;

/** Vocabulary every industry shares: people, streets, policies, and site furniture ({@code blueprint/common.json}). */
final class CommonVocabulary {

    /** Word lists, FAQs and menu entries every site has. */
    record Words(Map<String, List<String>> lists, List<Vocabulary.Faq> faqs, List<Vocabulary.NavLink> nav) {}

    static final Vocabulary BASE = base(WordFiles.load("common.json", Words.class));

    static final List<String> FIRST_NAMES = BASE.list("firstName");
    static final List<String> LAST_NAMES = BASE.list("lastName");
    static final List<String> STREETS = BASE.list("street");

    private CommonVocabulary() {}

    private static Vocabulary base(Words words) {
        Vocabulary.Builder builder = Vocabulary.builder();
        words.lists().forEach(builder::add);
        return builder.faqs(words.faqs()).nav(words.nav()).build();
    }
}
