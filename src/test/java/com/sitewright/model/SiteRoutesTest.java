package com.sitewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteRoutesTest {

    private static final ContentTypeDefinition STANDARD = type("standardPage", "Standard Page", ContentKind.PAGE);
    private static final ContentTypeDefinition CONTACT = type("contactPage", "Contact Page", ContentKind.PAGE);
    private static final ContentTypeDefinition MENU_ITEM = type("menuItem", "Menu Item", ContentKind.DATA);
    private static final ContentTypeDefinition EVENT = type("event", "Event", ContentKind.PAGE);
    private static final List<ContentTypeDefinition> MODEL = List.of(STANDARD, CONTACT, MENU_ITEM, EVENT);

    @Test
    void pagesSitAtTheTopAndCollectionsAtAReadablePlural() {
        assertThat(SiteRoutes.pathOf(STANDARD, "about")).contains("/about");
        assertThat(SiteRoutes.pathOf(CONTACT, "contact")).contains("/contact");
        assertThat(SiteRoutes.pathOf(MENU_ITEM, "flat-white")).contains("/menu/flat-white");
        assertThat(SiteRoutes.pathOf(EVENT, "cupping")).contains("/events/cupping");
        assertThat(SiteRoutes.segment(type("person", "Person", ContentKind.DATA)))
                .isEqualTo("people");
        assertThat(SiteRoutes.segment(type("caseStudy", "Case Study", ContentKind.PAGE)))
                .isEqualTo("case-studies");
        assertThat(SiteRoutes.segment(type("newsletterIssue", null, ContentKind.DATA)))
                .isEqualTo("newsletter-issues");
        assertThat(SiteRoutes.segment(type("series", null, ContentKind.DATA))).isEqualTo("series");
        assertThat(SiteRoutes.segment(type("apiItem", null, ContentKind.DATA))).isEqualTo("api-api-item-items");
        assertThat(SiteRoutes.collectionLabel(MENU_ITEM)).isEqualTo("Menu");
        assertThat(SiteRoutes.collectionLabel(EVENT)).isEqualTo("Events");
        assertThat(SiteRoutes.isCollection(STANDARD)).isFalse();
        assertThat(SiteRoutes.segments(MODEL)).containsOnlyKeys("menuItem", "event");
    }

    @Test
    void aPageSlugThatIsARouteIsRefusedWithTheReason() {
        assertThat(SiteRoutes.slugConflict(STANDARD, "menu", MODEL))
                .hasValueSatisfying(reason ->
                        assertThat(reason).contains("\"menu\"", "Menu Item listing at /menu", "choose another slug"));
        assertThat(SiteRoutes.slugConflict(CONTACT, "events", MODEL))
                .hasValueSatisfying(reason -> assertThat(reason).contains("/events"));
        assertThat(SiteRoutes.slugConflict(STANDARD, "api", MODEL))
                .hasValueSatisfying(reason -> assertThat(reason).contains("taken by the site itself"));
        assertThat(SiteRoutes.slugConflict(STANDARD, "sitemap.xml", MODEL)).isPresent();
        assertThat(SiteRoutes.slugConflict(STANDARD, "about", MODEL)).isEmpty();
        // A collection item's slug sits under its own segment, so it can never hide a route.
        assertThat(SiteRoutes.slugConflict(MENU_ITEM, "api", MODEL)).isEmpty();
    }

    private static ContentTypeDefinition type(String key, String name, ContentKind kind) {
        return new ContentTypeDefinition(
                key,
                name,
                kind,
                null,
                List.of(
                        new FieldDefinition("title", "Title", FieldType.TEXT, false, false, null, List.of()),
                        new FieldDefinition("slug", "Slug", FieldType.SLUG, false, false, null, List.of())));
    }
}
