package com.sitewright.chat.tools;

import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewService;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Builds the latest site source and starts it; changes no content, so it runs without a card. */
@Component
class StartPreviewTool implements StudioTool {

    private final PreviewService previews;

    StartPreviewTool(PreviewService previews) {
        this.previews = previews;
    }

    @Override
    public String name() {
        return "start_preview";
    }

    @Override
    public String description() {
        return "Build the latest site source and start a preview of it.";
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
        return "Build and start a preview of the latest site source.";
    }

    @Override
    public ToolResult run(UUID projectId, JsonNode args) {
        PreviewInfo preview = previews.start(projectId);
        return new ToolResult(
                "Preview of commit " + preview.shortCommit() + " is "
                        + preview.state().id() + "; the build log and the site are on the preview page.",
                ProjectRoutes.link(projectId, ProjectPage.PREVIEW),
                "Open preview");
    }
}
