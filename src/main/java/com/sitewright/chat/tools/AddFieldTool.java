package com.sitewright.chat.tools;

import com.sitewright.base.InvalidInputException;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import com.sitewright.modeling.ModelEdit;
import com.sitewright.modeling.ModelingService;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

@Component
class AddFieldTool extends ModelTool {

    AddFieldTool(ModelingService modeling) {
        super(modeling);
    }

    @Override
    public String name() {
        return "add_field";
    }

    @Override
    public String description() {
        return "Add a field to a content type. Existing items keep their data; a required field can only be "
                + "added to a type without items.";
    }

    @Override
    public String inputSchema() {
        String types =
                Arrays.stream(FieldType.values()).map(t -> "\"" + t.id() + "\"").collect(Collectors.joining(","));
        return """
                {"type":"object","properties":{
                  "type":{"type":"string","description":"The content type's key or display name, e.g. MenuItem"},
                  "name":{"type":"string","description":"The field's name, e.g. \\"Calories\\""},
                  "fieldType":{"type":"string","enum":[%s]},
                  "required":{"type":"boolean"},
                  "min":{"type":"number"},"max":{"type":"number"},
                  "maxLength":{"type":"integer"},
                  "allowedValues":{"type":"array","items":{"type":"string"},"description":"For enum fields"},
                  "referenceTypes":{"type":"array","items":{"type":"string"},"description":"Target types of reference fields"},
                  "position":{"type":"integer","description":"0-based place among the fields; omit for last"}},
                 "required":["type","name","fieldType"],"additionalProperties":false}""".formatted(types);
    }

    @Override
    ModelEdit edit(JsonNode args) {
        String typeName = ToolArgs.text(args, "fieldType");
        FieldType fieldType;
        try {
            fieldType = FieldType.of(typeName.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"" + typeName + "\" is not a field type; use one of "
                    + Arrays.stream(FieldType.values()).map(FieldType::id).collect(Collectors.joining(", ")) + ".");
        }
        List<String> allowed = ToolArgs.texts(args, "allowedValues");
        Integer maxLength = ToolArgs.integer(args, "maxLength");
        Validations validations = new Validations(
                null,
                maxLength,
                ToolArgs.number(args, "min"),
                ToolArgs.number(args, "max"),
                null,
                allowed.isEmpty() ? null : allowed,
                null,
                null);
        return new ModelEdit.AddField(
                ToolArgs.text(args, "type"),
                ToolArgs.text(args, "name"),
                fieldType,
                ToolArgs.flag(args, "required"),
                validations,
                ToolArgs.texts(args, "referenceTypes"),
                ToolArgs.integer(args, "position"));
    }
}
