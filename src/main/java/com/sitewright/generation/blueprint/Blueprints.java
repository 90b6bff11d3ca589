package com.sitewright.generation.blueprint;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blueprint of every industry, built once: models and vocabularies never change at runtime. A prompt
 * that names things of its own gets the industry's model plus a type for each, built on first use and kept.
 */
final class Blueprints {

    private static final int MAX_CACHED = 256;
    private static final Map<Industry, Blueprint> ALL = buildAll();
    private static final Map<String, Blueprint> BY_PROMPT = new ConcurrentHashMap<>();

    private Blueprints() {}

    static Blueprint of(Industry industry) {
        return ALL.get(industry);
    }

    /** The model for what the prompt asks: its industry's, with the things it names added. */
    static Blueprint of(Intent intent) {
        if (intent.things().isEmpty()) {
            return of(intent.industry());
        }
        String key = intent.industry() + "|" + String.join("|", intent.things());
        Blueprint cached = BY_PROMPT.get(key);
        if (cached != null) {
            return cached;
        }
        if (BY_PROMPT.size() >= MAX_CACHED) {
            BY_PROMPT.clear();
        }
        Blueprint built = build(model(intent.industry()), intent.things());
        BY_PROMPT.putIfAbsent(key, built);
        return built;
    }

    /** The named things the blueprint for these phrases adds to the industry's model. */
    static List<ThingKind.Named> added(Industry industry, List<String> things) {
        IndustryModel model = model(industry);
        ModelBuilder builder = new ModelBuilder(industry);
        model.contribute(builder);
        return PromptTypes.select(builder, CommonVocabulary.BASE.extendedWith(model.vocabulary()), things);
    }

    private static Map<Industry, Blueprint> buildAll() {
        Map<Industry, Blueprint> map = new EnumMap<>(Industry.class);
        for (IndustryModel model : models()) {
            map.put(model.industry(), build(model, List.of()));
        }
        for (Industry industry : Industry.values()) {
            if (!map.containsKey(industry)) {
                throw new IllegalStateException("No model for " + industry);
            }
        }
        return map;
    }

    private static Blueprint build(IndustryModel model, List<String> things) {
        Vocabulary vocabulary = CommonVocabulary.BASE.extendedWith(model.vocabulary());
        ModelBuilder builder = new ModelBuilder(model.industry());
        model.contribute(builder);
        List<ThingKind.Named> named = things.isEmpty() ? List.of() : PromptTypes.select(builder, vocabulary, things);
        if (!named.isEmpty()) {
            // The named things' menu entries come before the industry's own, so the header shows them.
            vocabulary = CommonVocabulary.BASE
                    .extendedWith(PromptTypes.addTo(builder, named))
                    .extendedWith(model.vocabulary());
        }
        CommonTypes.addTo(builder, vocabulary);
        if (!named.isEmpty()) {
            // A type the prompt replaced (the portfolio, by its case studies) leaves no menu entry behind.
            Set<String> paths = CommonTypes.modelPaths(builder);
            vocabulary = vocabulary.withNav(link -> paths.contains(link.path()));
        }
        return Blueprint.of(builder, vocabulary);
    }

    private static List<IndustryModel> models() {
        return List.of(
                new CoffeeShopModel(),
                new RestaurantModel(),
                new EcommerceModel(),
                new BlogModel(),
                new LawFirmModel(),
                new RealEstateModel(),
                new SaasModel(),
                new HotelModel(),
                new GenericModel());
    }

    private static IndustryModel model(Industry industry) {
        return models().stream()
                .filter(m -> m.industry() == industry)
                .findFirst()
                .orElseThrow();
    }
}
