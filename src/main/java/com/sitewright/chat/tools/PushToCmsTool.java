package com.sitewright.chat.tools;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.cms.connection.CmsConnectionService;
import com.sitewright.cms.connection.CmsConnectionView;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.push.CmsPushService;
import com.sitewright.cms.push.PushPlan;
import com.sitewright.cms.push.PushRequest;
import com.sitewright.cms.push.PushState;
import com.sitewright.cms.push.PushView;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes the project to its connected CMS. The card names the CMS and, when the last thing done was a dry run, its
 * plan; deleting in the CMS what was removed in the studio is left to the CMS page, where it is confirmed.
 */
@Component
class PushToCmsTool implements StudioTool {

    private final CmsConnectionService connections;
    private final CmsPushService pushes;

    PushToCmsTool(CmsConnectionService connections, CmsPushService pushes) {
        this.connections = connections;
        this.pushes = pushes;
    }

    @Override
    public String name() {
        return "push_to_cms";
    }

    @Override
    public String description() {
        return "Push the project's content types, images and items to its connected CMS (Optimizely, Contentful or "
                + "Sanity), publishing there what is published in the studio; only what changed since the last push "
                + "is written. Give the provider only when the person named one.";
    }

    @Override
    public String inputSchema() {
        return """
                {"type":"object","properties":{
                  "provider":{"type":"string","enum":["optimizely","contentful","sanity"]}},
                 "additionalProperties":false}""";
    }

    @Override
    public boolean changesData() {
        return true;
    }

    @Override
    public JsonNode resolve(UUID projectId, JsonNode args) {
        CmsConnectionView connection = connection(projectId);
        String named = ToolArgs.optionalText(args, "provider");
        ObjectNode resolved = JsonNodeFactory.instance.objectNode();
        resolved.put("provider", named == null || named.isBlank() ? connection.provider() : named.strip());
        return resolved;
    }

    @Override
    public String preview(UUID projectId, JsonNode args) {
        CmsConnectionView connection = connection(projectId);
        String provider = provider(args);
        if (!provider.equals(connection.provider())) {
            throw new InvalidInputException("this project is connected to " + connection.provider() + ", not "
                    + provider + "; change the connection on the CMS page first.");
        }
        List<PushView> recent = pushes.recent(projectId);
        if (!recent.isEmpty() && !recent.getFirst().state().isFinished()) {
            throw new ConflictException("a push of this project is already running; the CMS page shows its progress.");
        }
        String text = "Push to " + provider + ": the content types, images and items go to the CMS, and what is "
                + "published here is published there. Only what changed since the last push is written; entries "
                + "deleted in the studio stay in the CMS (delete them from the CMS page).";
        if (!recent.isEmpty()
                && recent.getFirst().dryRun()
                && recent.getFirst().state() == PushState.SUCCEEDED
                && recent.getFirst().plan() != null) {
            text += " The last dry run planned " + plan(recent.getFirst().plan()) + ".";
        }
        return text;
    }

    @Override
    public ToolResult run(UUID projectId, JsonNode args) {
        PushView push = pushes.start(projectId, new PushRequest(false, false, false));
        return new ToolResult(
                "The push to " + push.provider() + " is " + push.state().id()
                        + "; the CMS page shows its progress and, at the end, its report.",
                ProjectRoutes.link(projectId, ProjectPage.CMS),
                "Open CMS page");
    }

    private static String count(int value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    private CmsConnectionView connection(UUID projectId) {
        return connections
                .find(projectId)
                .orElseThrow(() -> new InvalidInputException(
                        "this project is not connected to a CMS yet; save its connection on the CMS page first."));
    }

    private static String provider(JsonNode args) {
        String provider = ToolArgs.text(args, "provider");
        return CmsProvider.of(provider)
                .map(CmsProvider::id)
                .orElseThrow(() -> new InvalidInputException("the CMS is one of optimizely, contentful or sanity."));
    }

    private static String plan(PushPlan plan) {
        return count(plan.types().create() + plan.types().update()) + " content types, "
                + count(plan.assets().create() + plan.assets().update()) + " images and "
                + count(plan.items().create() + plan.items().update()) + " items to write, "
                + count(plan.items().unchanged()) + " items unchanged";
    }
}
