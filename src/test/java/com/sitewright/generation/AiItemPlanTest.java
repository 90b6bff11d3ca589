package com.sitewright.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Counts and order of the items the model writes, for models that match the blueprint and models that do not. */
class AiItemPlanTest {

    private final GenerationPlan coffeeShop = new OfflineGenerator()
            .plan(new IntentParser().parse("Build me a coffee shop website using Optimizely SaaS"));

    @Test
    void theBlueprintsOwnModelGetsItsCountsAndEveryTypeComesAfterTheTypesItPointsTo() {
        AiItemPlan plan = AiItemPlan.of(coffeeShop, coffeeShop.types());

        assertThat(plan.total()).isEqualTo(coffeeShop.totalItems());
        List<String> order =
                plan.types().stream().map(work -> work.type().key()).toList();
        for (AiItemPlan.TypeWork work : plan.types()) {
            for (String dependency : work.dependsOn()) {
                assertThat(order.indexOf(dependency))
                        .as("%s after %s", work.type().key(), dependency)
                        .isLessThan(order.indexOf(work.type().key()));
            }
        }
        // The home page's blocks point (through their components) at menu items, locations and more.
        assertThat(plan.types().stream()
                        .filter(work -> work.type().key().equals("homePage"))
                        .findFirst()
                        .orElseThrow()
                        .dependsOn())
                .contains("menuItem", "location", "faq");
    }

    @Test
    void anUnfamiliarModelGetsDefaultsPerKindAndReachesTheBlueprintsScale() {
        List<ContentTypeDefinition> model = new ArrayList<>();
        model.add(type("siteConfig", ContentKind.SETTINGS, field("name", FieldType.TEXT, true)));
        model.add(type("aboutPage", ContentKind.PAGE, field("title", FieldType.TEXT, true)));
        model.add(type(
                "drink", ContentKind.DATA, field("name", FieldType.TEXT, true), field("slug", FieldType.SLUG, true)));
        model.add(type("barista", ContentKind.DATA, field("name", FieldType.TEXT, true)));

        Map<String, Integer> counts = AiItemPlan.of(coffeeShop, model).types().stream()
                .collect(Collectors.toMap(work -> work.type().key(), AiItemPlan.TypeWork::count));

        assertThat(counts.get("siteConfig")).isEqualTo(1);
        assertThat(counts.get("aboutPage")).isEqualTo(1);
        assertThat(counts.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(coffeeShop.totalItems());
        assertThat(counts.get("drink")).isGreaterThan(counts.get("barista"));
    }

    @Test
    void aCycleIsBrokenAtAnOptionalReference() {
        ContentTypeDefinition post = type(
                "post", ContentKind.PAGE, field("title", FieldType.TEXT, true), reference("author", "author", true));
        ContentTypeDefinition author = type(
                "author",
                ContentKind.DATA,
                field("name", FieldType.TEXT, true),
                reference("favouritePost", "post", false));

        List<AiItemPlan.TypeWork> plan =
                AiItemPlan.of(coffeeShop, List.of(post, author)).types();

        assertThat(plan).extracting(work -> work.type().key()).containsExactly("author", "post");
        assertThat(plan.getFirst().dependsOn()).isEmpty();
        assertThat(plan.getLast().dependsOn()).containsExactly("author");
    }

    private static ContentTypeDefinition type(String key, ContentKind kind, FieldDefinition... fields) {
        return new ContentTypeDefinition(key, key, kind, null, List.of(fields));
    }

    private static FieldDefinition field(String key, FieldType type, boolean required) {
        return new FieldDefinition(key, key, type, required, false, Validations.NONE, List.of());
    }

    private static FieldDefinition reference(String key, String target, boolean required) {
        return new FieldDefinition(key, key, FieldType.REFERENCE, required, false, Validations.NONE, List.of(target));
    }
}
