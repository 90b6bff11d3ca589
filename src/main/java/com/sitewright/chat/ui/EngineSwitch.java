package com.sitewright.chat.ui;

import com.sitewright.project.GenerationEngine;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;

/**
 * Which engine a project uses: the offline generator with its command set, or the configured language
 * model. The model is offered only when an API key is configured, and says so otherwise.
 */
final class EngineSwitch extends Composite<Select<GenerationEngine>> {

    private boolean quiet;

    EngineSwitch(boolean aiAvailable, String modelName, Consumer<GenerationEngine> onChange) {
        Select<GenerationEngine> select = getContent();
        select.setAriaLabel("Engine");
        select.addClassName("engine-switch");
        select.setItems(GenerationEngine.values());
        select.setItemLabelGenerator(engine -> engine == GenerationEngine.AI
                ? "AI · " + (modelName == null || modelName.isBlank() ? "model" : modelName)
                : "Offline · commands");
        select.setItemEnabledProvider(engine -> engine != GenerationEngine.AI || aiAvailable);
        select.setTooltipText(
                aiAvailable
                        ? "Which engine writes content and answers this chat"
                        : "Set OPENAI_API_KEY to use a language model; until then the offline engine answers");
        select.addValueChangeListener(event -> {
            if (!quiet && event.isFromClient() && event.getValue() != null) {
                onChange.accept(event.getValue());
            }
        });
    }

    void show(GenerationEngine engine) {
        quiet = true;
        try {
            getContent().setValue(engine);
        } finally {
            quiet = false;
        }
    }

    GenerationEngine value() {
        return getContent().getValue();
    }
}
