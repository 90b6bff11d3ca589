package com.sitewright.generation.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldRole;
import com.sitewright.model.PageLayout;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BlueprintRolesTest {

    private static final Map<Industry, String> PROMPTS = new EnumMap<>(Map.of(
            Industry.COFFEE_SHOP, "Build me a coffee shop website",
            Industry.RESTAURANT, "Create a website for my Italian restaurant",
            Industry.ECOMMERCE, "Build an online store for handmade homeware",
            Industry.BLOG, "Build me a magazine about slow living",
            Industry.LAW_FIRM, "Build a website for a law firm called Hartley & Finch",
            Industry.REAL_ESTATE, "Build a real estate agency website with property listings",
            Industry.SAAS, "Build a SaaS product website for our analytics platform",
            Industry.HOTEL, "Build a website for a boutique hotel by the sea",
            Industry.GENERIC, "Build me a website for my dog grooming salon"));

    private static Map<String, ContentTypeDefinition> model(Industry industry) {
        GenerationPlan plan = new OfflineGenerator().plan(new IntentParser().parse(PROMPTS.get(industry)));
        return plan.types().stream().collect(Collectors.toMap(ContentTypeDefinition::key, t -> t));
    }

    private static PageLayout layout(Map<String, ContentTypeDefinition> model, String type) {
        assertThat(model).containsKey(type);
        return PageLayout.of(model.get(type));
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void everyFieldStoresARoleItsTypeCanCarryAndEveryTypeWithPagesHasATitle(Industry industry) {
        for (ContentTypeDefinition type : model(industry).values()) {
            for (FieldDefinition field : type.fields()) {
                if (field.role() != null) {
                    assertThat(field.role().fits(field.type()))
                            .as(type.key() + "." + field.key())
                            .isTrue();
                }
                if (field.key().equals("name") || field.key().equals("title")) {
                    assertThat(field.role()).as(type.key() + "." + field.key()).isEqualTo(FieldRole.TITLE);
                }
                if (field.role() == FieldRole.PRICE) {
                    assertThat(field.key().toLowerCase())
                            .as(type.key() + "." + field.key())
                            .containsAnyOf("price", "rate", "cost", "fee");
                }
            }
            if (type.kind() == ContentKind.PAGE || type.kind() == ContentKind.DATA) {
                assertThat(type.fields()).as(type.key()).anyMatch(f -> f.effectiveRole() != null);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void theMainTypeOfEachIndustryIsNotAFieldDump(Industry industry) {
        Map<String, ContentTypeDefinition> model = model(industry);
        PageLayout primary = layout(model, industry.primaryType());
        if (industry != Industry.SAAS) {
            assertThat(primary).as(industry.primaryType()).isIn(PageLayout.PRODUCT, PageLayout.ARTICLE);
        }
    }

    @Test
    void typesGetTheLayoutTheirRolesCallFor() {
        Map<String, ContentTypeDefinition> coffee = model(Industry.COFFEE_SHOP);
        assertThat(layout(coffee, "menuItem")).isEqualTo(PageLayout.PRODUCT);
        assertThat(layout(coffee, "event")).isEqualTo(PageLayout.EVENT);
        assertThat(layout(coffee, "location")).isEqualTo(PageLayout.LOCATION);
        assertThat(layout(coffee, "author")).isEqualTo(PageLayout.PERSON);
        assertThat(layout(coffee, "blogPost")).isEqualTo(PageLayout.ARTICLE);
        assertThat(layout(coffee, "homePage")).isEqualTo(PageLayout.GENERIC);
        assertThat(coffee.get("menuItem").field("category").orElseThrow().role())
                .isEqualTo(FieldRole.CATEGORY);

        Map<String, ContentTypeDefinition> restaurant = model(Industry.RESTAURANT);
        assertThat(layout(restaurant, "dish")).isEqualTo(PageLayout.PRODUCT);
        assertThat(layout(restaurant, "specialEvent")).isEqualTo(PageLayout.EVENT);
        assertThat(layout(restaurant, "chef")).isEqualTo(PageLayout.PERSON);

        Map<String, ContentTypeDefinition> blog = model(Industry.BLOG);
        assertThat(layout(blog, "article")).isEqualTo(PageLayout.ARTICLE);
        assertThat(blog.get("article").field("tags").orElseThrow().role()).isEqualTo(FieldRole.TAGS);

        Map<String, ContentTypeDefinition> law = model(Industry.LAW_FIRM);
        assertThat(layout(law, "attorney")).isEqualTo(PageLayout.PERSON);
        assertThat(layout(law, "office")).isEqualTo(PageLayout.LOCATION);
        assertThat(layout(law, "legalEvent")).isEqualTo(PageLayout.EVENT);

        Map<String, ContentTypeDefinition> realEstate = model(Industry.REAL_ESTATE);
        assertThat(layout(realEstate, "property")).isEqualTo(PageLayout.PRODUCT);
        assertThat(layout(realEstate, "openHouse")).isEqualTo(PageLayout.EVENT);
        assertThat(layout(realEstate, "neighborhood")).isNotEqualTo(PageLayout.PRODUCT);

        assertThat(layout(model(Industry.ECOMMERCE), "product")).isEqualTo(PageLayout.PRODUCT);
        assertThat(layout(model(Industry.ECOMMERCE), "promotion")).isNotEqualTo(PageLayout.EVENT);
        assertThat(layout(model(Industry.HOTEL), "roomType")).isEqualTo(PageLayout.PRODUCT);
        assertThat(layout(model(Industry.GENERIC), "teamMember")).isEqualTo(PageLayout.PERSON);
    }
}
