package com.sitewright.project;

import com.sitewright.base.JobApi;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects for jobs and listeners: status, counts and usage as work goes on, and whether a project still exists. */
@Service
@JobApi
public class ProjectJobs {

    private final ProjectRepository projects;
    private final Clock clock;

    ProjectJobs(ProjectRepository projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    /** The project by ID, or empty once it has been deleted. */
    @Transactional(readOnly = true)
    public Optional<ProjectSummary> find(UUID projectId) {
        return projects.findById(projectId).map(Project::summary);
    }

    /** Adds one model call's tokens and estimated cost to the project's totals. */
    @Transactional
    public void addUsage(UUID projectId, boolean priced, long promptTokens, long completionTokens, BigDecimal costUsd) {
        projects.addUsage(projectId, priced ? 0 : 1, promptTokens, completionTokens, costUsd);
    }

    @Transactional
    public void markStatus(UUID projectId, ProjectStatus status) {
        projects.findById(projectId).ifPresent(project -> project.changeStatus(status, clock.instant()));
    }

    @Transactional
    public void updateCounts(UUID projectId, int contentTypes, int contentItems) {
        projects.findById(projectId)
                .ifPresent(project -> project.updateCounts(contentTypes, contentItems, clock.instant()));
    }
}
