package com.sitewright.generation.blueprint;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The blueprint of every industry, built once: models and vocabularies never change at runtime. */
final class Blueprints {

    private static final Map<Industry, Blueprint> ALL = buildAll();

    private Blueprints() {
    }

    static Blueprint of(Industry industry) {
        return ALL.get(industry);
    }

    private static Map<Industry, Blueprint> buildAll() {
        List<IndustryModel> models = List.of(new CoffeeShopModel(), new RestaurantModel(), new EcommerceModel(),
                new BlogModel(), new LawFirmModel(), new RealEstateModel(), new SaasModel(), new HotelModel(),
                new GenericModel());
        Map<Industry, Blueprint> map = new EnumMap<>(Industry.class);
        for (IndustryModel model : models) {
            Vocabulary vocabulary = CommonVocabulary.BASE.extendedWith(model.vocabulary());
            ModelBuilder builder = new ModelBuilder(model.industry());
            model.contribute(builder);
            CommonTypes.addTo(builder, vocabulary);
            map.put(model.industry(), Blueprint.of(builder, vocabulary));
        }
        for (Industry industry : Industry.values()) {
            if (!map.containsKey(industry)) {
                throw new IllegalStateException("No model for " + industry);
            }
        }
        return map;
    }
}
