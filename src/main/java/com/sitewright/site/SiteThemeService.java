package com.sitewright.site;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.base.NotFoundException;
import com.sitewright.generation.ThemeDesigner;
import com.sitewright.llm.AiCall;
import com.sitewright.llm.AiService;
import com.sitewright.llm.ThemeAnswer;
import com.sitewright.llm.ThemeDesign;
import com.sitewright.llm.ThemeRequest;
import com.sitewright.project.ProjectJobs;
import com.sitewright.project.ProjectSummary;
import java.util.ArrayList;
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
 * The look of a project's site. An AI project's run asks the model for it; otherwise, and when the model's
 * theme cannot be used, a site uses its industry's default palette. A change is stored and the site source
 * regenerated (a new commit), which the next preview builds.
 */
@Service
public class SiteThemeService implements ThemeDesigner {

    /** WCAG AA for body text, which sits on the background, on primary buttons and headers, and on accent bands. */
    private static final double TEXT_CONTRAST = 4.5;

    private final SiteThemeStore store;
    private final ProjectJobs projects;
    private final JobQueue jobs;
    private final AiService ai;

    SiteThemeService(SiteThemeStore store, ProjectJobs projects, JobQueue jobs, AiService ai) {
        this.store = store;
        this.projects = projects;
        this.jobs = jobs;
        this.ai = ai;
    }

    /** For generation jobs: the model's theme for a new AI project, stored when it is usable (no transaction held during the call). */
    @Override
    public Optional<String> design(UUID projectId, UUID runId, String siteBrief) {
        ThemeAnswer answer = ai.designTheme(
                AiCall.theming(projectId, runId),
                new ThemeRequest(
                        siteBrief, SiteFonts.NAMES, SiteTheme.HEADER_STYLES, SiteTheme.CARD_STYLES, SiteTheme.RADII),
                SiteThemeService::problems);
        if (!answer.usable()) {
            return Optional.of(
                    "The model's theme could not be used (" + answer.problems().getFirst()
                            + "), so the site starts with its industry's default look; ask the chat to change colours or fonts.");
        }
        store.save(projectId, toTheme(answer.design()));
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> palette(UUID projectId) {
        SiteTheme theme = projects.find(projectId).map(this::themeOf).orElseGet(() -> SiteTheme.defaultFor(null, 0));
        return List.of(theme.primary(), theme.accent(), theme.background(), theme.text());
    }

    /** What makes a theme unreadable on the generated site: too little contrast where text sits on a colour. */
    static List<String> problems(ThemeDesign design) {
        List<String> problems = new ArrayList<>();
        problems.addAll(contrastProblems(design.primary(), design.accent(), design.background(), design.text()));
        if (problems.isEmpty()) {
            try {
                toTheme(design);
            } catch (RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Each colour pair of the site that text is read on and falls below WCAG AA, with its ratio and the nearest
     * colour that would pass; every pair is checked against the colour the person or the model did not ask to move.
     */
    static List<String> contrastProblems(String primary, String accent, String background, String text) {
        List<String> problems = new ArrayList<>();
        contrast(problems, "text", text, "background", background);
        contrast(problems, "primary", primary, "background", background);
        contrast(problems, "accent", accent, "text", text);
        return problems;
    }

    private static void contrast(List<String> problems, String name, String colour, String otherName, String other) {
        String first = colour.toLowerCase(Locale.ROOT);
        String second = other.toLowerCase(Locale.ROOT);
        if (!first.matches("#[0-9a-f]{6}") || !second.matches("#[0-9a-f]{6}")) {
            return;
        }
        double ratio = SiteColours.contrast(first, second);
        if (ratio < TEXT_CONTRAST) {
            problems.add(String.format(
                    Locale.ROOT,
                    "%s %s against %s %s has a contrast of %.1f:1; it needs at least %.1f:1 (%s would do)",
                    name,
                    first,
                    otherName,
                    second,
                    ratio,
                    TEXT_CONTRAST,
                    SiteColours.readableOn(first, second, TEXT_CONTRAST + 0.1)));
        }
    }

    private static SiteTheme toTheme(ThemeDesign design) {
        return new SiteTheme(
                design.primary().toLowerCase(Locale.ROOT),
                design.accent().toLowerCase(Locale.ROOT),
                design.background().toLowerCase(Locale.ROOT),
                design.text().toLowerCase(Locale.ROOT),
                SiteFonts.stack(design.headingFont()),
                SiteFonts.stack(design.bodyFont()),
                design.headerStyle(),
                design.cardStyle(),
                design.radius());
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public SiteTheme current(UUID projectId) {
        return themeOf(project(projectId));
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
        SiteTheme now = themeOf(project(projectId));
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
        List<String> unreadable = contrastProblems(next.primary(), next.accent(), next.background(), next.text());
        if (coloursChange && !unreadable.isEmpty()) {
            throw new InvalidInputException(
                    "Those colours would make the site hard to read: " + String.join("; ", unreadable) + ".");
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
