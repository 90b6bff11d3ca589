package com.sitewright.site;

import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.ProjectJobs;
import com.sitewright.project.ProjectSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a project's Next.js source from its content model and commits it. Deterministic templates,
 * so running it again on an unchanged model adds no commit; a new commit is announced, so that a running
 * preview can follow it.
 */
@Component
public class SiteSourceJob {

    private static final Logger log = LoggerFactory.getLogger(SiteSourceJob.class);

    private final ProjectJobs projects;
    private final ContentModels model;
    private final SiteSources source;
    private final SiteThemes themes;
    private final ApplicationEventPublisher events;
    private final SiteGenerator generator = new SiteGenerator();

    SiteSourceJob(
            ProjectJobs projects,
            ContentModels model,
            SiteSources source,
            SiteThemes themes,
            ApplicationEventPublisher events) {
        this.themes = themes;
        this.events = events;
        this.projects = projects;
        this.model = model;
        this.source = source;
    }

    @Job(name = "Generate site source for project %0", retries = 2)
    public void generate(UUID projectId) {
        Optional<ProjectSummary> project = projects.find(projectId);
        if (project.isEmpty()) {
            return;
        }
        List<ContentTypeDefinition> types = model.load(projectId);
        SiteTheme theme = themes.themeOf(project.get());
        GeneratedSite site =
                generator.generate(new SiteSpec(project.get().name(), types, theme), source.prepareWorkTree(projectId));
        source.commit(
                        projectId,
                        "Generate site from the content model: " + types.size() + " content types, "
                                + site.routes().size() + " routes, "
                                + site.files().size() + " files")
                .ifPresent(commit -> {
                    log.info("Committed site source {} for project {}", commit.shortId(), projectId);
                    events.publishEvent(new SiteSourceCommittedEvent(projectId, commit.id()));
                });
    }
}
