package com.sitewright.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.content.ItemStatus;
import com.sitewright.content.NewContentItem;
import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.OfflineGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan of a "generate more" run, and items renamed where their slug or title is taken. */
class OfflineGenerationTest {

    private final GenerationPlan coffeeShop = new OfflineGenerator()
            .plan(new IntentParser().parse("Build me a coffee shop website using Optimizely SaaS"));

    @Test
    void moreItemsOfATypeKeepTheOtherTypesAtTheCountsTheProjectHolds() {
        var keys = coffeeShop.counts().keySet().stream().toList();
        String more = keys.getFirst();
        String other = keys.get(1);

        GenerationPlan plan = OfflineGeneration.morePlan(coffeeShop, Map.of(more, 4L, other, 7L), more, 30);

        assertThat(plan.counts().keySet())
                .containsExactlyElementsOf(coffeeShop.counts().keySet());
        assertThat(plan.counts()).containsEntry(more, 30).containsEntry(other, 7);
        // Types the project has no items of count none, so nothing points at items that do not exist.
        keys.stream().skip(2).forEach(key -> assertThat(plan.counts()).containsEntry(key, 0));
        assertThat(plan.types()).isEqualTo(coffeeShop.types());
        assertThat(plan.intent()).isEqualTo(coffeeShop.intent());
    }

    @Test
    void aRenamedItemCarriesItsNewSlugAndTitleIntoItsFields() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "Flat White");
        data.put("slug", "flat-white");
        data.put("price", 3.5);
        NewContentItem item = new NewContentItem(
                UUID.randomUUID(), "menuItem", "en", "flat-white", "Flat White", data, ItemStatus.PUBLISHED);

        NewContentItem renamed = OfflineGeneration.renamed(item, new ItemKeys.Named("flat-white-2", "Flat White 2"));

        assertThat(renamed.slug()).isEqualTo("flat-white-2");
        assertThat(renamed.title()).isEqualTo("Flat White 2");
        assertThat(renamed.data())
                .containsEntry("name", "Flat White 2")
                .containsEntry("slug", "flat-white-2")
                .containsEntry("price", 3.5);
        assertThat(renamed.id()).isEqualTo(item.id());
        assertThat(renamed.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.data()).containsEntry("name", "Flat White");
    }

    @Test
    void anItemWhoseNamesAreFreeStaysAsItIs() {
        NewContentItem item = new NewContentItem(
                UUID.randomUUID(), "menuItem", "en", "latte", "Latte", Map.of("name", "Latte"), ItemStatus.DRAFT);

        assertThat(OfflineGeneration.renamed(item, new ItemKeys.Named("latte", "Latte")))
                .isSameAs(item);
    }
}
