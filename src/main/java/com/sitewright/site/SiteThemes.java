package com.sitewright.site;

import com.sitewright.base.JobApi;
import com.sitewright.generation.ThemeDesigner;
import com.sitewright.llm.AiCall;
import com.sitewright.llm.AiService;
import com.sitewright.llm.ThemeAnswer;
import com.sitewright.llm.ThemeDesign;
import com.sitewright.llm.ThemeRequest;
import com.sitewright.project.ProjectJobs;
import com.sitewright.project.ProjectSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Site themes for generation and site jobs: the model's design for a new project, the palette, the theme in use. */
@Service
@JobApi
public class SiteThemes implements ThemeDesigner {

    private final SiteThemeStore store;
    private final ProjectJobs projects;
    private final AiService ai;

    SiteThemes(SiteThemeStore store, ProjectJobs projects, AiService ai) {
        this.store = store;
        this.projects = projects;
        this.ai = ai;
    }

    /** The model's theme for a new AI project, stored when it is usable (no transaction held during the call). */
    @Override
    public Optional<String> design(UUID projectId, UUID runId, String siteBrief) {
        ThemeAnswer answer = ai.designTheme(
                AiCall.theming(projectId, runId),
                new ThemeRequest(
                        siteBrief, SiteFonts.NAMES, SiteTheme.HEADER_STYLES, SiteTheme.CARD_STYLES, SiteTheme.RADII),
                SiteThemeRules::problems);
        ThemeDesign design = answer.design();
        if (design == null) {
            return Optional.of(
                    "The model's theme could not be used (" + answer.problems().getFirst()
                            + "), so the site starts with its industry's default look; ask the chat to change colours or fonts.");
        }
        store.save(projectId, SiteThemeRules.toTheme(design));
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> palette(UUID projectId) {
        SiteTheme theme = projects.find(projectId).map(this::themeOf).orElseGet(() -> SiteTheme.defaultFor(null, 0));
        return List.of(theme.primary(), theme.accent(), theme.background(), theme.text());
    }

    /** The theme a project's site is generated with. */
    @Transactional(readOnly = true)
    public SiteTheme themeOf(ProjectSummary project) {
        return store.find(project.id()).orElseGet(() -> SiteTheme.defaultFor(project.industry(), project.seed()));
    }
}
