package com.sitewright.site;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.base.NotFoundException;
import com.sitewright.project.ProjectJobs;
import com.sitewright.project.ProjectSummary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The look of a project's site as editors see and change it. An AI project's run asks the model for it
 * ({@link SiteThemes}); otherwise, and when the model's theme cannot be used, a site uses its industry's default
 * palette. A change is stored and the site source regenerated (a new commit), which the next preview builds.
 */
@Service
public class SiteThemeService {

    private final SiteThemeStore store;
    private final SiteThemes themes;
    private final ProjectJobs projects;
    private final JobQueue jobs;

    SiteThemeService(SiteThemeStore store, SiteThemes themes, ProjectJobs projects, JobQueue jobs) {
        this.store = store;
        this.themes = themes;
        this.projects = projects;
        this.jobs = jobs;
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public SiteTheme current(UUID projectId) {
        return themes.themeOf(project(projectId));
    }

    /** The theme the model or a person chose for the project's site; empty while it has its industry's default. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public Optional<SiteTheme> chosen(UUID projectId) {
        return store.find(projectId);
    }

    /** Applies the change to the current theme, stores it and queues the source regeneration. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public SiteTheme change(UUID projectId, ThemeChange change) {
        SiteTheme next = next(projectId, change);
        store.save(projectId, next);
        // After the commit, so the job reads the new theme.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.<SiteSourceJob>start(job -> job.generate(projectId));
            }
        });
        return next;
    }

    /** The theme the change would give, or a clear error; stores nothing. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional(readOnly = true)
    public SiteTheme check(UUID projectId, ThemeChange change) {
        return next(projectId, change);
    }

    /** The project its caller's access check let through; "not found" if deleted since. */
    private ProjectSummary project(UUID projectId) {
        return projects.find(projectId).orElseThrow(() -> new NotFoundException("No such project"));
    }

    private SiteTheme next(UUID projectId, ThemeChange change) {
        if (change == null || change.isEmpty()) {
            throw new InvalidInputException("Say what to change: a colour (primary, accent, background, text), "
                    + "a font (heading, body) or the header, card or corner style.");
        }
        SiteTheme now = themes.themeOf(project(projectId));
        SiteTheme next;
        try {
            next = new SiteTheme(
                    colour(change.primary(), now.primary()),
                    colour(change.accent(), now.accent()),
                    colour(change.background(), now.background()),
                    colour(change.text(), now.text()),
                    change.headingFont() == null ? now.headingFont() : SiteFonts.stack(change.headingFont()),
                    change.bodyFont() == null ? now.bodyFont() : SiteFonts.stack(change.bodyFont()),
                    choice(change.headerStyle(), now.headerStyle()),
                    choice(change.cardStyle(), now.cardStyle()),
                    choice(change.radius(), now.radius()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("That theme cannot be used: " + e.getMessage());
        }
        boolean coloursChange = change.primary() != null
                || change.accent() != null
                || change.background() != null
                || change.text() != null;
        List<String> unreadable =
                SiteThemeRules.contrastProblems(next.primary(), next.accent(), next.background(), next.text());
        if (coloursChange && !unreadable.isEmpty()) {
            throw new InvalidInputException(
                    "Those colours would make the site hard to read: " + String.join("; ", unreadable) + ".");
        }
        return next;
    }

    private static String colour(String requested, String current) {
        return requested == null ? current : SiteColours.parse(requested);
    }

    private static String choice(String requested, String current) {
        return requested == null ? current : requested.strip().toLowerCase(Locale.ROOT);
    }
}
