package com.sitewright.rewriting;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ContentService;
import com.sitewright.llm.AiService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.modeling.ModelingService;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import com.sitewright.security.CurrentUser;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Rewrites a text field across the items that match a filter, in a background job: with the project's
 * language model when it uses the AI engine, otherwise by shortening. Every item is saved through the
 * content service, so validations and optimistic locking apply, and an item edited meanwhile is skipped.
 */
@Service
public class RewriteService {

    /** One request rewrites at most this many items; a larger set is narrowed with a search first. */
    public static final int MAX_ITEMS = 5_000;

    private static final Set<FieldType> TEXT = EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT, FieldType.RICH_TEXT);

    /** What a rewrite will touch, checked before it is queued. */
    public record Plan(ContentTypeDefinition type, FieldDefinition field, long items, boolean byModel) {}

    private final ModelingService modeling;
    private final ContentService content;
    private final ProjectService projects;
    private final AiService ai;
    private final JobQueue jobs;

    RewriteService(
            ModelingService modeling, ContentService content, ProjectService projects, AiService ai, JobQueue jobs) {
        this.modeling = modeling;
        this.content = content;
        this.projects = projects;
        this.ai = ai;
        this.jobs = jobs;
    }

    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public Plan plan(UUID projectId, RewriteRequest request) {
        ProjectSummary project = projects.get(projectId);
        ContentTypeDefinition type = modeling.find(projectId, required(request.type(), "type"));
        String fieldName = required(request.field(), "field");
        FieldDefinition field = type.field(fieldName)
                .or(() -> type.fields().stream()
                        .filter(f -> com.sitewright.modeling.ModelNames.matches(fieldName, f.key(), f.label()))
                        .findFirst())
                .orElseThrow(
                        () -> new InvalidInputException(type.displayName() + " has no field \"" + fieldName + "\"."));
        if (!TEXT.contains(field.type())) {
            throw new InvalidInputException("Only text fields can be rewritten; \"" + field.label() + "\" is a "
                    + field.type().id() + " field.");
        }
        boolean byModel = project.engine() == GenerationEngine.AI && ai.isConfigured();
        if (!byModel && request.maxLength() == null) {
            throw new InvalidInputException("Without a language model the studio can only shorten text, e.g. "
                    + "\"shorten " + field.key() + " of " + type.key() + " to 80 characters\".");
        }
        if (request.maxLength() != null && (request.maxLength() < 10 || request.maxLength() > 10_000)) {
            throw new InvalidInputException("A length limit is between 10 and 10,000 characters.");
        }
        if (request.query() != null && request.query().length() > 200) {
            throw new InvalidInputException("A search is at most 200 characters.");
        }
        long items = content.count(projectId, query(type, request));
        if (items == 0) {
            throw new InvalidInputException("No " + type.displayName() + " items match"
                    + (request.query() == null ? "" : " \"" + request.query() + "\"") + ".");
        }
        if (items > MAX_ITEMS) {
            throw new InvalidInputException(items + " items match; one rewrite takes at most " + MAX_ITEMS
                    + ". Narrow it with \"matching …\".");
        }
        return new Plan(type, field, items, byModel);
    }

    /** Checks the request and queues the rewrite; the chat hears when it has finished. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public Plan start(UUID projectId, RewriteRequest request) {
        Plan plan = plan(projectId, request);
        UUID userId = CurrentUser.require().id();
        RewriteRequest resolved = new RewriteRequest(
                plan.type().key(),
                plan.field().key(),
                blankToNull(request.query()),
                request.instruction() == null || request.instruction().isBlank()
                        ? "Shorten to at most " + request.maxLength() + " characters"
                        : request.instruction(),
                request.maxLength());
        jobs.<RewriteJob>start(job -> job.rewrite(
                projectId,
                userId,
                resolved.type(),
                resolved.field(),
                resolved.query(),
                resolved.instruction(),
                resolved.maxLength()));
        return plan;
    }

    static ContentQuery query(ContentTypeDefinition type, RewriteRequest request) {
        return ContentQuery.ofType(type.key()).withText(blankToNull(request.query()));
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("Say which " + what + " to rewrite.");
        }
        return value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
