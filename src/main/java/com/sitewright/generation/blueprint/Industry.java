package com.sitewright.generation.blueprint;

import java.util.List;

/**
 * The kinds of business Sitewright has a tailored model for. Keywords carry a weight: multi-word
 * phrases (5) beat specific words (3), which beat words many businesses use (1-2), so "coffee shop"
 * is a coffee shop rather than an online store.
 */
public enum Industry {
    COFFEE_SHOP(
            "Coffee shop",
            "coffee shop",
            "menuItem",
            "coffee shop:5",
            "coffee house:5",
            "coffeehouse:5",
            "coffee bar:5",
            "coffee roaster:5",
            "coffee:3",
            "cafe:3",
            "espresso:3",
            "roastery:3",
            "roaster:3",
            "barista:3",
            "tea room:3"),
    RESTAURANT(
            "Restaurant",
            "restaurant",
            "dish",
            "fine dining:5",
            "food truck:5",
            "sushi bar:5",
            "wine bar:5",
            "restaurant:3",
            "bistro:3",
            "pizzeria:3",
            "diner:3",
            "trattoria:3",
            "brasserie:3",
            "steakhouse:3",
            "eatery:3",
            "gastropub:3",
            "taqueria:3",
            "osteria:3",
            "tapas:3",
            "ramen:2",
            "kitchen:1"),
    ECOMMERCE(
            "Online store",
            "online store",
            "product",
            "online store:5",
            "online shop:5",
            "web shop:5",
            "e-commerce:4",
            "ecommerce:4",
            "webshop:4",
            "sell online:4",
            "boutique:2",
            "catalog:2",
            "catalogue:2",
            "merch:2",
            "shop:1",
            "store:1",
            "products:1"),
    BLOG(
            "Blog",
            "blog",
            "article",
            "online magazine:5",
            "news site:5",
            "blog:3",
            "magazine:3",
            "journal:2",
            "news:2",
            "newsletter:2",
            "publication:2",
            "editorial:2",
            "articles:2",
            "blogger:3"),
    LAW_FIRM(
            "Law firm",
            "law firm",
            "caseStudy",
            "law firm:5",
            "law office:5",
            "law practice:5",
            "legal practice:5",
            "legal services:5",
            "lawyer:3",
            "attorney:3",
            "solicitor:3",
            "barrister:3",
            "legal:2",
            "litigation:2",
            "paralegal:2"),
    REAL_ESTATE(
            "Real estate agency",
            "real estate agency",
            "property",
            "real estate:5",
            "estate agent:5",
            "estate agency:5",
            "property management:5",
            "letting agent:5",
            "realtor:3",
            "realty:3",
            "brokerage:2",
            "property:2",
            "properties:2",
            "homes:2",
            "listings:2",
            "apartments:1",
            "houses:1"),
    SAAS(
            "Software company",
            "software company",
            "feature",
            "saas:3",
            "software:2",
            "app:2",
            "platform:2",
            "startup:2",
            "b2b:2",
            "api:1",
            "dashboard:1"),
    HOTEL(
            "Hotel",
            "hotel",
            "room",
            "bed and breakfast:5",
            "b&b:4",
            "guest house:4",
            "guesthouse:4",
            "boutique hotel:5",
            "hotel:3",
            "resort:3",
            "inn:3",
            "hostel:3",
            "motel:3",
            "lodge:2"),
    GENERIC("Business", "local business", "service");

    private final String displayName;
    private final String subject;
    private final String primaryType;
    private final List<IndustryDetector.Keyword> keywords;

    Industry(String displayName, String subject, String primaryType, String... weightedKeywords) {
        this.displayName = displayName;
        this.subject = subject;
        this.primaryType = primaryType;
        this.keywords = IndustryDetector.Keyword.parse(weightedKeywords);
    }

    public String displayName() {
        return displayName;
    }

    /** How the business is described in copy and notices ("coffee shop"). */
    public String subject() {
        return subject;
    }

    /** The content type a bare "5,000 items" in a prompt applies to. */
    public String primaryType() {
        return primaryType;
    }

    public List<String> keywords() {
        return keywords.stream().map(IndustryDetector.Keyword::phrase).toList();
    }

    List<IndustryDetector.Keyword> weightedKeywords() {
        return keywords;
    }

    /** The industry a prompt describes, or GENERIC when no keyword matches. */
    public static Industry detect(String prompt) {
        return IndustryDetector.detect(PromptText.forMatching(PromptText.clean(prompt == null ? "" : prompt)));
    }
}
