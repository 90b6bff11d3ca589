package com.sitewright.chat.tools;

import com.sitewright.base.InvalidInputException;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.release.deploy.DeploymentInfo;
import com.sitewright.release.deploy.DeploymentService;
import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewService;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Approves a built preview and deploys exactly that build; the card names the preview it ships. */
@Component
class DeployTool implements StudioTool {

    private final PreviewService previews;
    private final DeploymentService deployments;

    DeployTool(PreviewService previews, DeploymentService deployments) {
        this.previews = previews;
        this.deployments = deployments;
    }

    @Override
    public String name() {
        return "approve_and_deploy";
    }

    @Override
    public String description() {
        return "Approve the newest built preview and deploy exactly that build to production, publishing all content.";
    }

    @Override
    public String inputSchema() {
        return NO_ARGUMENTS;
    }

    @Override
    public boolean changesData() {
        return true;
    }

    @Override
    public JsonNode resolve(UUID projectId, JsonNode args) {
        ObjectNode resolved = JsonNodeFactory.instance.objectNode();
        resolved.put("previewId", newestBuilt(projectId).id().toString());
        return resolved;
    }

    @Override
    public String preview(UUID projectId, JsonNode args) {
        PreviewInfo preview = previews.get(projectId, previewId(args));
        return "Publish all content and deploy the preview of commit " + preview.shortCommit() + " (\""
                + preview.commitMessage() + "\") to production.";
    }

    @Override
    public ToolResult run(UUID projectId, JsonNode args) {
        DeploymentInfo deployment = deployments.approve(projectId, previewId(args));
        return new ToolResult(
                "Deployment of commit " + deployment.shortCommit() + " is "
                        + deployment.state().id() + "; the deployments page shows when it is live.",
                ProjectRoutes.link(projectId, ProjectPage.DEPLOYMENTS),
                "Open deployments");
    }

    private PreviewInfo newestBuilt(UUID projectId) {
        return previews.list(projectId).stream()
                .filter(p -> p.state().isBuilt())
                .max(Comparator.comparing(PreviewInfo::createdAt))
                .orElseThrow(() ->
                        new InvalidInputException("There is no built preview to deploy yet; ask for a preview first."));
    }

    private static UUID previewId(JsonNode args) {
        try {
            return UUID.fromString(ToolArgs.text(args, "previewId"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The preview to deploy is not a valid ID.");
        }
    }
}
