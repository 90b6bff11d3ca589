package com.sitewright.cms.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.connection.OpenConnection;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The studio's model and values as Contentful and Sanity take them: fields, validations, limits, rich text. */
class VendorMappingTest {

    private static final OpenConnection CONTENTFUL = new OpenConnection(
            CmsProvider.CONTENTFUL, Map.of("spaceId", "s", "environment", "master", "locale", "en-US"), Map.of());

    private static final ContentTypeDefinition MENU_ITEM = new ContentTypeDefinition(
            "menuItem",
            "Menu item",
            ContentKind.PAGE,
            null,
            List.of(
                    new FieldDefinition(
                            "name", "Name", FieldType.TEXT, true, false, Validations.length(1, 80), List.of()),
                    new FieldDefinition(
                            "story", "Story", FieldType.TEXT, false, false, Validations.length(null, 1000), List.of()),
                    new FieldDefinition(
                            "size",
                            "Size",
                            FieldType.ENUM,
                            false,
                            false,
                            Validations.oneOf(List.of("S", "M")),
                            List.of()),
                    new FieldDefinition(
                            "price", "Price", FieldType.NUMBER, true, false, Validations.range(0.0, 100.0), List.of()),
                    new FieldDefinition("slug", "Slug", FieldType.SLUG, true, false, Validations.NONE, List.of()),
                    new FieldDefinition("body", "Body", FieldType.RICH_TEXT, false, false, Validations.NONE, List.of()),
                    new FieldDefinition(
                            "category",
                            "Category",
                            FieldType.REFERENCE,
                            false,
                            false,
                            Validations.NONE,
                            List.of("category")),
                    new FieldDefinition(
                            "pairsWith",
                            "Pairs with",
                            FieldType.REFERENCES,
                            false,
                            false,
                            Validations.items(null, 3),
                            List.of("menuItem"))));
    private static final ContentTypeDefinition CATEGORY = new ContentTypeDefinition(
            "category",
            "Category",
            ContentKind.DATA,
            null,
            List.of(new FieldDefinition("title", "Title", FieldType.TEXT, true, false, Validations.NONE, List.of())));

    @Test
    void contentfulFieldsCarryTheirValidations() {
        VendorModel model = new ContentfulVendor().map(List.of(MENU_ITEM, CATEGORY), CONTENTFUL);

        assertThat(model.refused()).isEmpty();
        JsonNode fields = model.types().getFirst().definition().path("fields");
        assertThat(model.types().getFirst().definition().path("displayField").asString())
                .isEqualTo("name");
        assertThat(fields.path(0).path("type").asString()).isEqualTo("Symbol");
        assertThat(fields.path(0).path("validations").toString()).contains("\"size\":{\"min\":1,\"max\":80}");
        assertThat(fields.path(1).path("type").asString())
                .as("longer than a Symbol holds")
                .isEqualTo("Text");
        assertThat(fields.path(2).path("validations").toString()).contains("\"in\":[\"S\",\"M\"]");
        assertThat(fields.path(3).path("validations").toString()).contains("\"range\":{\"min\":0.0,\"max\":100.0}");
        assertThat(fields.path(4).path("validations").toString()).contains("\"unique\":true");
        assertThat(fields.path(5).path("type").asString()).isEqualTo("RichText");
        assertThat(fields.path(6).path("linkType").asString()).isEqualTo("Entry");
        assertThat(fields.path(6).path("validations").toString()).contains("\"linkContentType\":[\"category\"]");
        assertThat(fields.path(7).path("type").asString()).isEqualTo("Array");
        assertThat(fields.path(7).path("items").path("validations").toString()).contains("menuItem");
        assertThat(ContentfulVendor.summarise(model.types().getFirst().definition())
                        .path("fields")
                        .path("pairsWith")
                        .asString())
                .isEqualTo("Array<Link<Entry>>");
    }

    @Test
    void aContentfulTypePastFiftyFieldsIsRefusedWithTheReason() {
        List<FieldDefinition> fields = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fields.add(
                    new FieldDefinition("field" + i, null, FieldType.TEXT, false, false, Validations.NONE, List.of()));
        }
        var wide = new ContentTypeDefinition("wide", "Wide", ContentKind.DATA, null, fields);

        VendorModel model = new ContentfulVendor().map(List.of(wide, CATEGORY), CONTENTFUL);

        assertThat(model.types()).extracting(VendorType::studioKey).containsExactly("category");
        assertThat(model.refused().get("wide")).contains("at most 50 fields").contains("has 51");
    }

    @Test
    void contentfulValuesAreLinksAndRichTextDocuments() {
        UUID category = UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "Latte");
        data.put(
                "body",
                "<h2>Our <em>latte</em></h2><p>Made with <strong>care</strong> and <a href=\"/beans\">beans</a>.</p>"
                        + "<ul><li>Milk</li><li>Espresso</li></ul><blockquote>Loved</blockquote>");
        data.put("category", category.toString());
        data.put("pairsWith", List.of(category.toString(), "not-an-id"));

        JsonNode values = new ContentfulVendor().values(MENU_ITEM, data, Map.of(), Map.of());

        assertThat(values.path("category").path("sys").path("id").asString()).isEqualTo(category.toString());
        assertThat(values.path("pairsWith")).hasSize(1);
        JsonNode document = values.path("body");
        assertThat(FakeContentful.richText(document)).isNull();
        assertThat(document.path("content").path(0).path("nodeType").asString()).isEqualTo("heading-2");
        assertThat(document.path("content")
                        .path(0)
                        .path("content")
                        .path(1)
                        .path("marks")
                        .toString())
                .contains("italic");
        assertThat(document.path("content")
                        .path(1)
                        .path("content")
                        .path(3)
                        .path("nodeType")
                        .asString())
                .isEqualTo("hyperlink");
        assertThat(document.path("content")
                        .path(1)
                        .path("content")
                        .path(3)
                        .path("data")
                        .path("uri")
                        .asString())
                .isEqualTo("/beans");
        assertThat(document.path("content").path(2).path("nodeType").asString()).isEqualTo("unordered-list");
        assertThat(document.path("content").path(2).path("content")).hasSize(2);
        assertThat(document.path("content")
                        .path(3)
                        .path("content")
                        .path(0)
                        .path("value")
                        .asString())
                .isEqualTo("Loved");
    }

    @Test
    void sanityValuesAreReferencesSlugsAndPortableText() {
        UUID category = UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("slug", "latte");
        data.put(
                "body",
                "<p>Made with <strong>care</strong> and <a href=\"https://beans.example\">beans</a>.</p><ol><li>One</li></ol>");
        data.put("category", category.toString());
        data.put("pairsWith", List.of(category.toString(), category.toString()));

        VendorModel model = new SanityVendor().map(List.of(MENU_ITEM), CONTENTFUL);
        JsonNode values = new SanityVendor().values(MENU_ITEM, data, Map.of(), Map.of());

        assertThat(model.types()).isEmpty();
        assertThat(model.notes().getFirst()).contains("Sanity Studio");
        assertThat(values.path("slug").toString()).isEqualTo("{\"_type\":\"slug\",\"current\":\"latte\"}");
        assertThat(values.path("category").path("_ref").asString()).isEqualTo(category.toString());
        assertThat(values.path("pairsWith").path(0).path("_key").asString())
                .isNotEqualTo(values.path("pairsWith").path(1).path("_key").asString());
        JsonNode paragraph = values.path("body").path(0);
        assertThat(paragraph.path("_type").asString()).isEqualTo("block");
        assertThat(paragraph.path("children").path(1).path("marks").toString()).contains("strong");
        String link = paragraph.path("markDefs").path(0).path("_key").asString();
        assertThat(paragraph.path("markDefs").path(0).path("href").asString()).isEqualTo("https://beans.example");
        assertThat(paragraph.path("children").path(3).path("marks").toString()).contains(link);
        assertThat(values.path("body").path(1).path("listItem").asString()).isEqualTo("number");
        assertThat(new SanityVendor().values(MENU_ITEM, data, Map.of(), Map.of()))
                .as("the same value every time")
                .isEqualTo(values);
    }
}
