package com.sitewright.rewriting;

import com.sitewright.base.ConflictException;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentService;
import com.sitewright.content.InvalidContentException;
import com.sitewright.llm.AiGenerationException;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.modeling.ModelingService;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectService;
import com.sitewright.security.ActingUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Rewrites the matching items batch by batch, as the person who asked. Each item is saved on its own
 * with the version it was read at, so an edit made meanwhile wins and the item is counted as skipped.
 */
@Component
public class RewriteJob {

    private static final Logger log = LoggerFactory.getLogger(RewriteJob.class);
    private static final int BATCH = 20;

    private final ContentService content;
    private final ModelingService modeling;
    private final ProjectService projects;
    private final ModelRewriter rewriter;
    private final ActingUser acting;
    private final ApplicationEventPublisher events;

    RewriteJob(
            ContentService content,
            ModelingService modeling,
            ProjectService projects,
            ModelRewriter rewriter,
            ActingUser acting,
            ApplicationEventPublisher events) {
        this.content = content;
        this.modeling = modeling;
        this.projects = projects;
        this.rewriter = rewriter;
        this.acting = acting;
        this.events = events;
    }

    @Job(name = "Rewrite items of project %0", retries = 0)
    public void rewrite(
            UUID projectId,
            UUID userId,
            String typeKey,
            String fieldKey,
            @Nullable String query,
            String instruction,
            @Nullable Integer maxLength) {
        String summary = acting.as(
                userId, () -> run(projectId, new RewriteRequest(typeKey, fieldKey, query, instruction, maxLength)));
        events.publishEvent(new RewriteFinishedEvent(projectId, summary));
    }

    private String run(UUID projectId, RewriteRequest request) {
        ContentTypeDefinition type = modeling.find(projectId, request.type());
        FieldDefinition field = type.field(request.field()).orElse(null);
        if (field == null) {
            return "The rewrite stopped: " + type.displayName() + " no longer has the field \"" + request.field()
                    + "\".";
        }
        boolean byModel = projects.get(projectId).engine() == GenerationEngine.AI && rewriter.isConfigured();
        // Items are read from a fixed list of IDs, so rewritten items never shift the pages still to read.
        List<UUID> ids = new ArrayList<>();
        var query = RewriteService.query(type, request);
        for (int offset = 0; offset < RewriteService.MAX_ITEMS; offset += 500) {
            List<ContentItemRow> page = content.page(projectId, query, offset, 500);
            page.forEach(row -> ids.add(row.id()));
            if (page.size() < 500) {
                break;
            }
        }
        int changed = 0;
        int unchanged = 0;
        List<String> skipped = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<ContentItemRow> batch = ids.subList(start, Math.min(ids.size(), start + BATCH)).stream()
                    .map(id -> content.get(projectId, id))
                    .toList();
            Map<UUID, String> rewritten;
            try {
                rewritten = byModel
                        ? rewriter.rewrite(projectId, type, field, request, batch)
                        : shortened(field, request, batch);
            } catch (AiGenerationException e) {
                log.warn("Rewrite for project {} stopped: {}", projectId, e.getMessage());
                return "The rewrite stopped after " + changed + " of " + ids.size() + " items: " + e.getMessage()
                        + " The items rewritten so far are kept.";
            }
            for (ContentItemRow item : batch) {
                String value = rewritten.get(item.id());
                Object current = item.data().get(field.key());
                if (value == null || value.equals(current)) {
                    unchanged++;
                    continue;
                }
                Map<String, Object> data = new LinkedHashMap<>(item.data());
                data.put(field.key(), value);
                try {
                    content.update(projectId, item.id(), data, item.version());
                    changed++;
                } catch (ConflictException | InvalidContentException e) {
                    skipped.add(item.title() + " (" + e.getMessage() + ")");
                }
            }
        }
        return "Rewrote the " + Character.toLowerCase(field.label().charAt(0))
                + field.label().substring(1) + " of " + changed + " " + type.displayName() + " items"
                + (unchanged > 0 ? "; " + unchanged + " needed no change" : "")
                + (skipped.isEmpty()
                        ? "."
                        : "; skipped " + skipped.size() + ": "
                                + String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
                                + (skipped.size() > 5 ? ", …" : "") + ".");
    }

    private static Map<UUID, String> shortened(
            FieldDefinition field, RewriteRequest request, List<ContentItemRow> batch) {
        // The service refuses shortening without a model unless a length is given.
        int maxLength = Objects.requireNonNull(request.maxLength(), "maxLength");
        Map<UUID, String> values = new HashMap<>();
        for (ContentItemRow item : batch) {
            if (item.data().get(field.key()) instanceof String text) {
                values.put(item.id(), Shortener.shorten(text, maxLength));
            }
        }
        return values;
    }
}
