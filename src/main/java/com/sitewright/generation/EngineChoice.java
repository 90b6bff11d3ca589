package com.sitewright.generation;

import com.sitewright.base.InvalidInputException;
import com.sitewright.llm.AiService;
import com.sitewright.llm.AiSettings;
import com.sitewright.project.GenerationEngine;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Which engine writes a project: the AI engine when an API key is configured and asked for (or nothing was asked
 * for), the offline generator otherwise; with the chat model that AI projects record and their default budget.
 */
@Component
class EngineChoice {

    private final AiService ai;
    private final BigDecimal defaultBudget;

    EngineChoice(AiService ai, AiSettings settings) {
        this.ai = ai;
        this.defaultBudget = settings.defaultBudgetUsd();
    }

    /** {@code null} picks the AI engine when a key is configured and the offline generator otherwise. */
    GenerationEngine choose(GenerationEngine requested) {
        if (requested == null) {
            return ai.isConfigured() ? GenerationEngine.AI : GenerationEngine.OFFLINE;
        }
        if (requested == GenerationEngine.AI && !ai.isConfigured()) {
            throw new InvalidInputException(
                    "The AI engine needs an OpenAI API key: set OPENAI_API_KEY (and "
                            + "OPENAI_BASE_URL for a server other than OpenAI) and restart the studio, or use the \"offline\" engine.");
        }
        return requested;
    }

    /** The chat model a project on the engine records; none for the offline generator. */
    String modelOf(GenerationEngine engine) {
        return engine == GenerationEngine.AI ? ai.modelName() : null;
    }

    /** {@code sitewright.ai.default-budget-usd}: null for no limit. */
    BigDecimal defaultBudget() {
        return defaultBudget;
    }

    boolean aiConfigured() {
        return ai.isConfigured();
    }

    String aiModelName() {
        return ai.modelName();
    }
}
