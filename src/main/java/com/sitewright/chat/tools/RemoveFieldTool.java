package com.sitewright.chat.tools;

import com.sitewright.modeling.ModelEdit;
import com.sitewright.modeling.ModelingService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

@Component
class RemoveFieldTool extends ModelTool {

    RemoveFieldTool(ModelingService modeling) {
        super(modeling);
    }

    @Override
    public String name() {
        return "remove_field";
    }

    @Override
    public String description() {
        return "Remove a field from a content type; its value is deleted from every item.";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","properties":{"type":{"type":"string"},"field":{"type":"string"}},
                 "required":["type","field"],"additionalProperties":false}""";
    }

    @Override
    ModelEdit edit(JsonNode args) {
        return new ModelEdit.RemoveField(ToolArgs.text(args, "type"), ToolArgs.text(args, "field"));
    }
}
