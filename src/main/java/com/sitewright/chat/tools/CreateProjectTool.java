package com.sitewright.chat.tools;

import com.sitewright.generation.GenerationService;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Starts a new project from a prompt; the chat links to it. */
@Component
class CreateProjectTool implements StudioTool {

    private final GenerationService generation;

    CreateProjectTool(GenerationService generation) {
        this.generation = generation;
    }

    @Override
    public String name() {
        return "create_project";
    }

    @Override
    public String description() {
        return "Create a new project and generate its content model and content from a one-sentence brief.";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","properties":{
                  "prompt":{"type":"string","description":"The brief, e.g. \\"A bakery website on Contentful\\""}},
                 "required":["prompt"],"additionalProperties":false}""";
    }

    @Override
    public boolean changesData() {
        return true;
    }

    @Override
    public String preview(UUID projectId, JsonNode args) {
        return "Create a new project from \"" + ToolArgs.text(args, "prompt") + "\".";
    }

    @Override
    public ToolResult run(UUID projectId, JsonNode args) {
        GenerationService.Started started = generation.start(ToolArgs.text(args, "prompt"), null);
        return new ToolResult(
                "Created \"" + started.project().name() + "\"; its generation has started.",
                ProjectRoutes.link(started.project().id(), ProjectPage.CHAT),
                "Open the new project");
    }
}
