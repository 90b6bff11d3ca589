package com.sitewright.generation;

import com.sitewright.content.ContentJobs;
import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.ProjectJobs;
import com.sitewright.project.ProjectStatus;
import com.sitewright.project.ProjectSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The project as a run reads and changes it besides its items: its content model, the counts the project list
 * shows, and its status. Jobs call these without method security, inside the run's transactions.
 */
@Component
class ProjectRecord {

    private final ProjectJobs projects;
    private final ContentModels model;
    private final ContentJobs content;

    ProjectRecord(ProjectJobs projects, ContentModels model, ContentJobs content) {
        this.projects = projects;
        this.model = model;
        this.content = content;
    }

    /** Empty once the project is deleted. */
    Optional<ProjectSummary> find(UUID projectId) {
        return projects.find(projectId);
    }

    /** The content model as stored. */
    List<ContentTypeDefinition> types(UUID projectId) {
        return model.load(projectId);
    }

    /** Replaces the project's content model; it has no items yet. */
    void storeModel(UUID projectId, List<ContentTypeDefinition> types) {
        model.replace(projectId, types);
        projects.updateCounts(projectId, types.size(), 0);
    }

    /** Counts the stored types and items again. */
    void recount(UUID projectId) {
        long items = content.countAll(projectId);
        projects.updateCounts(projectId, model.load(projectId).size(), (int) items);
    }

    /** Counts the items again, the model being {@code types} types. */
    void recount(UUID projectId, int types) {
        projects.updateCounts(projectId, types, (int) content.countAll(projectId));
    }

    void markReady(UUID projectId) {
        projects.markStatus(projectId, ProjectStatus.READY);
    }

    void markFailed(UUID projectId) {
        projects.markStatus(projectId, ProjectStatus.FAILED);
    }
}
