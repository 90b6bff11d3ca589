package com.sitewright.chat.tools;

import com.sitewright.modeling.ModelEdit;
import com.sitewright.modeling.ModelingService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

@Component
class RenameFieldTool extends ModelTool {

    RenameFieldTool(ModelingService modeling) {
        super(modeling);
    }

    @Override
    public String name() {
        return "rename_field";
    }

    @Override
    public String description() {
        return "Rename a field of a content type; every item keeps its value under the new name.";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","properties":{
                  "type":{"type":"string"},"field":{"type":"string"},"newName":{"type":"string"}},
                 "required":["type","field","newName"],"additionalProperties":false}""";
    }

    @Override
    ModelEdit edit(JsonNode args) {
        return new ModelEdit.RenameField(
                ToolArgs.text(args, "type"), ToolArgs.text(args, "field"), ToolArgs.text(args, "newName"));
    }
}
