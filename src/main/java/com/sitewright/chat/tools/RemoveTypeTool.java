package com.sitewright.chat.tools;

import com.sitewright.modeling.ModelEdit;
import com.sitewright.modeling.ModelingService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

@Component
class RemoveTypeTool extends ModelTool {

    RemoveTypeTool(ModelingService modeling) {
        super(modeling);
    }

    @Override
    public String name() {
        return "remove_content_type";
    }

    @Override
    public String description() {
        return "Remove a content type and delete all of its items. Refused while other types point at it.";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","properties":{
                  "type":{"type":"string","description":"The type's key or display name"}},
                 "required":["type"],"additionalProperties":false}""";
    }

    @Override
    ModelEdit edit(JsonNode args) {
        return new ModelEdit.RemoveType(ToolArgs.text(args, "type"));
    }
}
