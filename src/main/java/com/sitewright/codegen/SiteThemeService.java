package com.sitewright.codegen;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobPickup;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.UUID;

/**
 * The look of a project's site. Until someone changes it, a site uses its industry's default palette;
 * a change is stored and the site source regenerated (a new commit), which the next preview builds.
 */
@Service
public class SiteThemeService {

    private final SiteThemeStore store;
    private final ProjectService projects;
    private final JobScheduler jobs;
    private final JobPickup pickup;

    SiteThemeService(SiteThemeStore store, ProjectService projects, JobScheduler jobs, JobPickup pickup) {
        this.store = store;
        this.projects = projects;
        this.jobs = jobs;
        this.pickup = pickup;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SiteTheme current(UUID projectId) {
        return themeOf(projects.get(projectId));
    }

    /** Applies the change to the current theme, stores it and queues the source regeneration. */
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    @Transactional
    public SiteTheme change(UUID projectId, ThemeChange change) {
        SiteTheme next = next(projectId, change);
        store.save(projectId, next);
        jobs.<SiteSourceJob>enqueue(job -> job.generate(projectId));
        pickup.now();
        return next;
    }

    /** The theme the change would give, or a clear error; stores nothing. */
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    @Transactional(readOnly = true)
    public SiteTheme check(UUID projectId, ThemeChange change) {
        return next(projectId, change);
    }

    private SiteTheme next(UUID projectId, ThemeChange change) {
        if (change == null || change.isEmpty()) {
            throw new InvalidInputException("Say what to change: a colour (primary, accent, background, text), "
                    + "a font (heading, body) or the header, card or corner style.");
        }
        SiteTheme now = themeOf(projects.get(projectId));
        SiteTheme next;
        try {
            next = new SiteTheme(
                    colour(change.primary(), now.primary()), colour(change.accent(), now.accent()),
                    colour(change.background(), now.background()), colour(change.text(), now.text()),
                    change.headingFont() == null ? now.headingFont() : SiteFonts.stack(change.headingFont()),
                    change.bodyFont() == null ? now.bodyFont() : SiteFonts.stack(change.bodyFont()),
                    choice(change.headerStyle(), now.headerStyle()), choice(change.cardStyle(), now.cardStyle()),
                    choice(change.radius(), now.radius()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("That theme cannot be used: " + e.getMessage());
        }
        return next;
    }

    /** For jobs: the theme a project's site is generated with. */
    @Transactional(readOnly = true)
    public SiteTheme themeOf(ProjectSummary project) {
        return store.find(project.id()).orElseGet(() -> SiteTheme.defaultFor(project.industry(), project.seed()));
    }

    private static String colour(String requested, String current) {
        return requested == null ? current : SiteColours.parse(requested);
    }

    private static String choice(String requested, String current) {
        return requested == null ? current : requested.strip().toLowerCase(Locale.ROOT);
    }
}
