package com.sitewright.chat.tools;

import com.sitewright.base.InvalidInputException;
import com.sitewright.model.ContentKind;
import com.sitewright.modeling.ModelEdit;
import com.sitewright.modeling.ModelingService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

@Component
class AddTypeTool extends ModelTool {

    AddTypeTool(ModelingService modeling) {
        super(modeling);
    }

    @Override
    public String name() {
        return "add_content_type";
    }

    @Override
    public String description() {
        return "Add a content type to the project's model. It starts with a title field (and a body for pages).";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","properties":{
                  "name":{"type":"string","description":"Display name, e.g. \\"Gift card\\""},
                  "kind":{"type":"string","enum":["page","component","data","media","settings"]}},
                 "required":["name"],"additionalProperties":false}""";
    }

    @Override
    ModelEdit edit(JsonNode args) {
        String kind = ToolArgs.optionalText(args, "kind");
        try {
            return new ModelEdit.AddType(
                    ToolArgs.text(args, "name"), kind == null ? null : ContentKind.of(kind.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "\"" + kind + "\" is not a kind of type; use page, component, data, media or settings.");
        }
    }
}
