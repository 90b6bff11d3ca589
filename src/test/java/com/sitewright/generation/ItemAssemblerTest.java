package com.sitewright.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.content.ItemIdentity;
import com.sitewright.content.NewContentItem;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How an item the model wrote becomes an item to store, or problems to send back. */
class ItemAssemblerTest {

    private static final UUID ESPRESSO = UUID.randomUUID();
    private static final UUID FILTER = UUID.randomUUID();

    private final ContentTypeDefinition category = new ContentTypeDefinition(
            "menuCategory",
            "Menu category",
            ContentKind.DATA,
            null,
            List.of(field("name", FieldType.TEXT, true, Validations.length(null, 60))));
    private final ContentTypeDefinition post = new ContentTypeDefinition(
            "post",
            "Post",
            ContentKind.PAGE,
            null,
            List.of(
                    field("title", FieldType.TEXT, true, Validations.length(null, 40)),
                    field("slug", FieldType.SLUG, true, Validations.NONE),
                    field("seoTitle", FieldType.TEXT, false, Validations.length(null, 70)),
                    field("seoDescription", FieldType.TEXT, false, Validations.length(null, 160)),
                    field("excerpt", FieldType.TEXT, true, Validations.length(null, 300)),
                    new FieldDefinition(
                            "category",
                            "Category",
                            FieldType.REFERENCE,
                            true,
                            false,
                            Validations.NONE,
                            List.of("menuCategory")),
                    new FieldDefinition(
                            "related",
                            "Related",
                            FieldType.REFERENCES,
                            false,
                            false,
                            Validations.items(2, 3),
                            List.of("menuCategory")),
                    field("moreUrl", FieldType.URL, false, Validations.NONE),
                    field("buttonUrl", FieldType.URL, false, Validations.NONE),
                    field("sourceUrl", FieldType.URL, false, Validations.NONE)));
    private final ItemKeys keys = ItemKeys.of(List.of(
            new ItemIdentity(ESPRESSO, "menuCategory", "espresso-drinks", "Espresso Drinks"),
            new ItemIdentity(FILTER, "menuCategory", "filter-coffee", "Filter Coffee"),
            new ItemIdentity(UUID.randomUUID(), "post", "our-story", "Our Story")));
    private final ItemAssembler assembler = new ItemAssembler(
            post, Map.of("menuCategory", category, "post", post), keys, new ContentValidator(), new Random(1));

    @Test
    void referencesByKeyBecomeIdsUnknownOnesAreDroppedOrCompletedAndSeoIsDerived() {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("key", "our-story");
        written.put("title", "Our Story");
        written.put("excerpt", "How two friends opened a café by the harbour and started roasting their own beans.");
        written.put("category", "menuCategory/no-such-category");
        written.put("related", List.of("menuCategory/espresso-drinks", "nowhere/thing"));
        written.put("invented", "a field the type does not have");

        NewContentItem item = assembler.assemble(written, UUID.randomUUID()).item();

        assertThat(item).isNotNull();
        // Title and slug were taken: both get a number.
        assertThat(item.slug()).isEqualTo("our-story-2");
        assertThat(item.title()).isEqualTo("Our Story (2)");
        assertThat(item.data())
                .containsEntry("slug", "our-story-2")
                .containsEntry("title", "Our Story (2)")
                .doesNotContainKey("invented")
                .doesNotContainKey("key");
        assertThat(item.data().get("category")).isIn(ESPRESSO.toString(), FILTER.toString());
        assertThat(item.data().get("related")).isEqualTo(List.of(ESPRESSO.toString(), FILTER.toString()));
        assertThat(item.data())
                .containsEntry("seoTitle", "Our Story")
                .containsEntry(
                        "seoDescription",
                        "How two friends opened a café by the harbour and started roasting their own beans.");
    }

    /** Pages do not exist yet when a model writes links: only the home page and listings the site will have stay. */
    @Test
    void internalLinksToPagesTheSiteWillNotHaveAreLeftOutOrLeadHome() {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("key", "opening-week");
        written.put("title", "Opening week");
        written.put("excerpt", "A week of free tastings while we open the doors of the new roastery.");
        written.put("category", "menuCategory/espresso-drinks");
        written.put("moreUrl", "/posts?page=2");
        written.put("buttonUrl", "/shop");
        written.put("sourceUrl", "https://example.com/shop");

        NewContentItem item = assembler.assemble(written, UUID.randomUUID()).item();

        assertThat(item)
                .as(String.valueOf(
                        assembler.assemble(written, UUID.randomUUID()).problems()))
                .isNotNull();
        assertThat(item.data())
                .containsEntry("moreUrl", "/posts?page=2")
                .doesNotContainKey("buttonUrl")
                .containsEntry("sourceUrl", "https://example.com/shop");
        written.put("moreUrl", "/about-us");
        assertThat(assembler.assemble(written, UUID.randomUUID()).item().data()).doesNotContainKey("moreUrl");
    }

    @Test
    void overLongTextIsShortenedAtAWordAndAnItemMissingRequiredValuesIsRefused() {
        Map<String, Object> longTitle = new LinkedHashMap<>(Map.of(
                "key",
                "roasting",
                "excerpt",
                "Roasting at home.",
                "category",
                "menuCategory/filter-coffee",
                "title",
                "A very long title about roasting coffee beans at home, step by step"));
        NewContentItem item = assembler.assemble(longTitle, UUID.randomUUID()).item();
        assertThat(item.title())
                .isEqualTo("A very long title about roasting coffee")
                .hasSizeLessThanOrEqualTo(40);

        ItemAssembler.Result refused = assembler.assemble(Map.of("key", "empty", "title", "Empty"), UUID.randomUUID());
        assertThat(refused.item()).isNull();
        assertThat(refused.problems())
                .anyMatch(problem -> problem.contains("item \"empty\"") && problem.contains("excerpt"));
    }

    private static FieldDefinition field(String key, FieldType type, boolean required, Validations validations) {
        return new FieldDefinition(key, key, type, required, false, validations, List.of());
    }
}
