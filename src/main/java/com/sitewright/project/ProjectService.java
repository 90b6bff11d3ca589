package com.sitewright.project;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.security.CurrentUser;
import com.sitewright.security.StudioPrincipal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and who may see them: a user sees only projects they own, an admin sees all.
 * Someone else's project is reported as not found, exactly like a missing one ({@link ProjectAccess}).
 * Jobs use {@link ProjectJobs}.
 */
@Service
public class ProjectService {

    private static final BigDecimal MAX_BUDGET = new BigDecimal("1000000");

    private final ProjectRepository projects;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.projects = projects;
        this.events = events;
    }

    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    @Transactional
    public ProjectSummary create(NewProject request) {
        ProjectSummary created = projects.save(new Project(CurrentUser.require().id(), request, clock.instant()))
                .summary();
        events.publishEvent(new ProjectCreatedEvent(created.id(), created.ownerId(), created.prompt()));
        return created;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectSummary> listVisible() {
        StudioPrincipal user = CurrentUser.require();
        var found = user.isAdmin()
                ? projects.findAllByOrderByCreatedAtDesc()
                : projects.findByOwnerIdOrderByCreatedAtDesc(user.id());
        return found.stream().map(Project::summary).toList();
    }

    /** The project if the signed-in user may see it; otherwise "not found". */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public ProjectSummary get(UUID projectId) {
        return existing(projectId).summary();
    }

    /** Deletes the project with its model, items and runs (the database cascades); a running job notices and stops. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public void delete(UUID projectId) {
        projects.deleteRegardlessOfVersion(existing(projectId).getId());
        events.publishEvent(new ProjectDeletedEvent(projectId));
    }

    /**
     * Sets or clears ({@code null}) the project's budget for model calls, in US dollars. Generation stops
     * starting new work once the project's estimated cost reaches it.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public ProjectSummary setBudget(UUID projectId, @Nullable BigDecimal budgetUsd) {
        Project project = existing(projectId);
        project.changeBudget(checkedBudget(budgetUsd), clock.instant());
        return project.summary();
    }

    /** A budget as stored (cents), or a clear error for one that cannot be. */
    public static @Nullable BigDecimal checkedBudget(@Nullable BigDecimal budgetUsd) {
        if (budgetUsd == null) {
            return null;
        }
        if (budgetUsd.signum() < 0 || budgetUsd.compareTo(MAX_BUDGET) > 0) {
            throw new InvalidInputException(
                    "A budget is between $0 and $" + MAX_BUDGET.toPlainString() + " (or null for no limit).");
        }
        return budgetUsd.setScale(2, RoundingMode.HALF_UP);
    }

    /** Which engine writes the project's further content and answers its chat; the caller checks it is available. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public ProjectSummary changeEngine(UUID projectId, GenerationEngine engine, @Nullable String model) {
        Project project = existing(projectId);
        project.changeEngine(engine, engine == GenerationEngine.AI ? model : null, clock.instant());
        return project.summary();
    }

    /** The project, checked visible by {@link ProjectAccess} before the call; "not found" if deleted since. */
    private Project existing(UUID projectId) {
        return projects.findById(projectId).orElseThrow(() -> new NotFoundException("No such project"));
    }
}
