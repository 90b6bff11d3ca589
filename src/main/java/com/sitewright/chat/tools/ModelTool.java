package com.sitewright.chat.tools;

import com.sitewright.modeling.ModelChange;
import com.sitewright.modeling.ModelEdit;
import com.sitewright.modeling.ModelingService;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A tool that is one content-model edit: its card shows the check's summary, running applies it. */
abstract class ModelTool implements StudioTool {

    private final ModelingService modeling;

    ModelTool(ModelingService modeling) {
        this.modeling = modeling;
    }

    abstract ModelEdit edit(JsonNode args);

    @Override
    public boolean changesData() {
        return true;
    }

    @Override
    public String preview(UUID projectId, JsonNode args) {
        ModelChange change = modeling.check(projectId, edit(args));
        return change.summary() + ".";
    }

    @Override
    public ToolResult run(UUID projectId, JsonNode args) {
        ModelChange change = modeling.apply(projectId, edit(args));
        String items = change.affectedItems() == 0
                ? "Done."
                : "Done; " + change.affectedItems() + (change.affectedItems() == 1 ? " item" : " items")
                        + " updated with it.";
        return new ToolResult(
                items + " The site source is being regenerated; preview again to see it.",
                ProjectRoutes.link(projectId, ProjectPage.CONTENT),
                "Open content");
    }
}
