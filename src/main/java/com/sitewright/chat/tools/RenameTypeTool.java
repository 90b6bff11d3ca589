package com.sitewright.chat.tools;

import com.sitewright.modeling.ModelEdit;
import com.sitewright.modeling.ModelingService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

@Component
class RenameTypeTool extends ModelTool {

    RenameTypeTool(ModelingService modeling) {
        super(modeling);
    }

    @Override
    public String name() {
        return "rename_content_type";
    }

    @Override
    public String description() {
        return "Rename a content type; its items, and fields pointing at it, follow.";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","properties":{
                  "type":{"type":"string","description":"The type's key or display name"},
                  "newName":{"type":"string"}},
                 "required":["type","newName"],"additionalProperties":false}""";
    }

    @Override
    ModelEdit edit(JsonNode args) {
        return new ModelEdit.RenameType(ToolArgs.text(args, "type"), ToolArgs.text(args, "newName"));
    }
}
