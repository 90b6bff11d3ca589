package com.sitewright.generation;

import com.sitewright.content.ItemStatus;
import com.sitewright.content.NewContentItem;
import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.ItemDraft;
import com.sitewright.generation.blueprint.OfflineGenerator;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The offline blueprints as generation uses them: the plan a prompt asks for (which the AI engine follows for its
 * item counts too), and the blueprint's items as they are stored.
 */
@Component
class BlueprintPlanner {

    private final IntentParser intentParser;
    private final OfflineGenerator generator;

    BlueprintPlanner(IntentParser intentParser, OfflineGenerator generator) {
        this.intentParser = intentParser;
        this.generator = generator;
    }

    /**
     * @throws com.sitewright.generation.blueprint.InvalidPromptException when the prompt asks for nothing usable
     */
    GenerationPlan plan(String prompt) {
        return generator.plan(intentParser.parse(prompt));
    }

    /** The plan's item of a type at an index, the same on every call. */
    NewContentItem item(GenerationPlan plan, UUID projectId, String typeKey, int index) {
        ItemDraft draft = generator.item(plan, projectId, typeKey, index);
        return new NewContentItem(
                draft.id(),
                draft.typeKey(),
                draft.locale(),
                draft.slug(),
                draft.title(),
                draft.data(),
                ItemStatus.of(draft.status()));
    }
}
