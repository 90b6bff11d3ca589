package com.sitewright.chat.tools;

import com.sitewright.project.ProjectRoutes;
import com.sitewright.rewriting.RewriteRequest;
import com.sitewright.rewriting.RewriteService;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Rewrites a text field of the items matching a filter, in the background; the chat says when it is done. */
@Component
class RewriteItemsTool implements StudioTool {

    private final RewriteService rewrites;

    RewriteItemsTool(RewriteService rewrites) {
        this.rewrites = rewrites;
    }

    @Override
    public String name() {
        return "rewrite_items";
    }

    @Override
    public String description() {
        return "Rewrite one text field of the items of a type, optionally only those matching a search, "
                + "following an instruction (e.g. \"make them shorter and friendlier\").";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","properties":{
                  "type":{"type":"string"},"field":{"type":"string"},
                  "query":{"type":"string","description":"Only items whose text contains this"},
                  "instruction":{"type":"string"},
                  "maxLength":{"type":"integer","description":"Upper bound for the new values, in characters"}},
                 "required":["type","field","instruction"],"additionalProperties":false}""";
    }

    @Override
    public boolean changesData() {
        return true;
    }

    @Override
    public String preview(UUID projectId, JsonNode args) {
        RewriteService.Plan plan = rewrites.plan(projectId, request(args));
        return "Rewrite the " + lowerFirst(plan.field().label()) + " of " + plan.items() + " "
                + plan.type().displayName() + " items"
                + (ToolArgs.optionalText(args, "query") == null
                        ? ""
                        : " matching \"" + ToolArgs.optionalText(args, "query") + "\"")
                + (plan.byModel()
                        ? " with the language model: " + ToolArgs.optionalText(args, "instruction")
                        : ": " + "shorten to at most " + ToolArgs.integer(args, "maxLength") + " characters")
                + ".";
    }

    @Override
    public ToolResult run(UUID projectId, JsonNode args) {
        RewriteService.Plan plan = rewrites.start(projectId, request(args));
        return new ToolResult(
                "Rewriting " + plan.items() + " " + plan.type().displayName()
                        + " items in the background; the chat will say when it is done.",
                ProjectRoutes.link(
                        ProjectRoutes.contentOfType(projectId, plan.type().key())),
                "Open content");
    }

    private static RewriteRequest request(JsonNode args) {
        return new RewriteRequest(
                ToolArgs.text(args, "type"),
                ToolArgs.text(args, "field"),
                ToolArgs.optionalText(args, "query"),
                ToolArgs.optionalText(args, "instruction"),
                ToolArgs.integer(args, "maxLength"));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
