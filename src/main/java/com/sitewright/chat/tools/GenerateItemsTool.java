package com.sitewright.chat.tools;

import com.sitewright.base.InvalidInputException;
import com.sitewright.generation.GenerationService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.modeling.ModelingService;
import com.sitewright.project.ProjectRoutes;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Adds items of one type in a background run, written by the project's engine. */
@Component
class GenerateItemsTool implements StudioTool {

    private final GenerationService generation;
    private final ModelingService modeling;

    GenerateItemsTool(GenerationService generation, ModelingService modeling) {
        this.generation = generation;
        this.modeling = modeling;
    }

    @Override
    public String name() {
        return "generate_items";
    }

    @Override
    public String description() {
        return "Write more items of one content type with the project's engine, in the background.";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","properties":{
                  "type":{"type":"string","description":"The content type's key or display name"},
                  "count":{"type":"integer","minimum":1}},
                 "required":["type","count"],"additionalProperties":false}""";
    }

    @Override
    public boolean changesData() {
        return true;
    }

    @Override
    public String preview(UUID projectId, JsonNode args) {
        ContentTypeDefinition type = modeling.find(projectId, ToolArgs.text(args, "type"));
        return "Write " + count(args) + " more " + type.displayName() + " items.";
    }

    @Override
    public ToolResult run(UUID projectId, JsonNode args) {
        ContentTypeDefinition type = modeling.find(projectId, ToolArgs.text(args, "type"));
        generation.generateMore(projectId, type.key(), count(args));
        return new ToolResult(
                "Writing " + count(args) + " more " + type.displayName()
                        + " items; the progress shows on the projects list and the content grid fills as they come.",
                ProjectRoutes.link(ProjectRoutes.contentOfType(projectId, type.key())),
                "Open content");
    }

    private static int count(JsonNode args) {
        Integer count = ToolArgs.integer(args, "count");
        if (count == null || count < 1) {
            throw new InvalidInputException("Say how many items to write, e.g. \"generate 20 more MenuItem\".");
        }
        return count;
    }
}
