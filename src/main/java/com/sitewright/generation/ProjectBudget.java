package com.sitewright.generation;

import com.sitewright.project.ProjectJobs;
import com.sitewright.project.ProjectSummary;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The project's budget for model calls as the AI engine's run sees it: whether it is reached, checked before each
 * step and batch, and what the person reads when it stopped the run.
 */
@Component
class ProjectBudget {

    private final ProjectJobs projects;
    private final RunTracker tracker;

    ProjectBudget(ProjectJobs projects, RunTracker tracker) {
        this.projects = projects;
        this.tracker = tracker;
    }

    boolean reached(UUID projectId) {
        return projects.find(projectId).map(ProjectSummary::budgetReached).orElseThrow(ProjectGoneException::new);
    }

    /** Why the run stopped early, with how many items its batches wrote. */
    String stopMessage(UUID runId, UUID projectId) {
        ProjectSummary project = projects.find(projectId).orElseThrow(ProjectGoneException::new);
        return stopMessage(project.budgetUsd(), tracker.itemsInBatches(runId));
    }

    static String stopMessage(BigDecimal budgetUsd, int written) {
        BigDecimal budget = budgetUsd == null ? BigDecimal.ZERO : budgetUsd;
        return "Budget of $" + budget.toPlainString() + " reached after " + written
                + " items; what was generated is kept"
                + " and the project is ready with it. Raise the budget to generate more.";
    }
}
