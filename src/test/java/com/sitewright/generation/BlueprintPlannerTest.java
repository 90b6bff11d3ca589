package com.sitewright.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.content.ItemStatus;
import com.sitewright.content.NewContentItem;
import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.ItemDraft;
import com.sitewright.generation.blueprint.OfflineGenerator;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The blueprint's plan for a prompt, and its items as the studio stores them. */
class BlueprintPlannerTest {

    private static final UUID PROJECT = UUID.fromString("0b5d7c1e-3f7a-4c2d-9e8b-1a2b3c4d5e6f");
    private static final String PROMPT = "Build me a coffee shop website using Optimizely SaaS";

    private final IntentParser parser = new IntentParser();
    private final OfflineGenerator generator = new OfflineGenerator();
    private final BlueprintPlanner planner = new BlueprintPlanner(parser, generator);

    @Test
    void thePlanIsTheGeneratorsPlanForTheParsedPrompt() {
        GenerationPlan plan = planner.plan(PROMPT);
        GenerationPlan expected = generator.plan(parser.parse(PROMPT));

        assertThat(plan.counts()).isEqualTo(expected.counts());
        assertThat(plan.types()).isEqualTo(expected.types());
        assertThat(plan.intent().industry()).isEqualTo(expected.intent().industry());
    }

    @Test
    void anItemIsTheDraftWithItsStatusAndTheSameOnEveryCall() {
        GenerationPlan plan = planner.plan(PROMPT);
        String typeKey = plan.counts().keySet().iterator().next();

        NewContentItem item = planner.item(plan, PROJECT, typeKey, 0);
        ItemDraft draft = generator.item(plan, PROJECT, typeKey, 0);

        assertThat(item.id()).isEqualTo(draft.id()).isEqualTo(OfflineGenerator.itemId(PROJECT, typeKey, 0));
        assertThat(item.typeKey()).isEqualTo(typeKey);
        assertThat(item.locale()).isEqualTo(draft.locale());
        assertThat(item.slug()).isEqualTo(draft.slug());
        assertThat(item.title()).isEqualTo(draft.title());
        assertThat(item.data()).isEqualTo(draft.data());
        assertThat(item.status()).isEqualTo(ItemStatus.of(draft.status()));
        assertThat(planner.item(plan, PROJECT, typeKey, 0)).isEqualTo(item);
    }
}
