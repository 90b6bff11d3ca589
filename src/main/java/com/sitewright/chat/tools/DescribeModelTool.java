package com.sitewright.chat.tools;

import com.sitewright.content.ContentService;
import com.sitewright.model.ContentModelService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Lists the model's types with their item counts and fields; reads only. */
@Component
class DescribeModelTool implements StudioTool {

    private final ContentModelService model;
    private final ContentService content;

    DescribeModelTool(ContentModelService model, ContentService content) {
        this.model = model;
        this.content = content;
    }

    @Override
    public String name() {
        return "describe_model";
    }

    @Override
    public String description() {
        return "List the project's content types with their kinds, item counts and fields.";
    }

    @Override
    public String inputSchema() {
        return NO_ARGUMENTS;
    }

    @Override
    public boolean changesData() {
        return false;
    }

    @Override
    public String preview(UUID projectId, JsonNode args) {
        return "Show the content model.";
    }

    @Override
    public ToolResult run(UUID projectId, JsonNode args) {
        List<ContentTypeDefinition> types = model.model(projectId);
        Map<String, Long> counts = content.countByType(projectId);
        String text = types.stream()
                .map(type -> type.displayName() + " (" + type.key() + ", "
                        + type.kind().id() + ", "
                        + counts.getOrDefault(type.key(), 0L) + " items): "
                        + type.fields().stream().map(DescribeModelTool::field).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        return new ToolResult(
                types.size() + " content types:\n" + text,
                ProjectRoutes.link(projectId, ProjectPage.CONTENT),
                "Open content");
    }

    private static String field(FieldDefinition field) {
        return field.key() + " " + field.type().id() + (field.required() ? "*" : "")
                + (field.referenceTypes().isEmpty() ? "" : "→" + String.join("|", field.referenceTypes()));
    }
}
