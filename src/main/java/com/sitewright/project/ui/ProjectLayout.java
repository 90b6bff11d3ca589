package com.sitewright.project.ui;

import com.sitewright.base.ui.MainLayout;
import com.sitewright.base.ui.Navigate;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.project.CmsType;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RoutePrefix;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The frame of one project's pages ({@code projects/{id}/…}): resolves the project once per navigation, so a missing
 * or someone else's project shows the not-found page before any page of it is built, and shows its name and a tab for
 * each of its pages in the studio's top bar. The page fills the whole height below and scrolls itself, as it would
 * without the frame.
 */
@RoutePrefix("projects/:" + ProjectRoutes.PROJECT_ID)
@ParentLayout(MainLayout.class)
@PermitAll
@NamedInterface("layout")
public final class ProjectLayout extends Div implements RouterLayout, BeforeEnterObserver {

    private final ProjectService projects;
    private final Span name = new Span();
    private final Div status = new Div();
    private final Tabs tabs = new Tabs();
    private final Map<ProjectPage, Tab> tabOf = new EnumMap<>(ProjectPage.class);
    private final Map<Tab, ProjectPage> pageOf = new HashMap<>();
    private final Div page = new Div();
    private @Nullable UUID projectId;
    private @Nullable Tab shown;

    ProjectLayout(ProjectService projects) {
        this.projects = projects;
        addClassName("project-layout");
        name.addClassName("project-name");
        status.addClassName("project-status");
        var title = new Div(name, status);
        title.addClassName("project-title");
        for (ProjectPage each : ProjectPage.values()) {
            var tab = new Tab(new Icon("vaadin", each.icon()), new Span(each.label()));
            tab.addClassName("project-tab-" + each.segment());
            tabOf.put(each, tab);
            pageOf.put(tab, each);
            tabs.add(tab);
        }
        tabs.addClassName("project-tabs");
        tabs.addSelectedChangeListener(event -> {
            if (event.isFromClient() && event.getSelectedTab() != null && projectId != null) {
                ProjectPage chosen =
                        Objects.requireNonNull(pageOf.get(event.getSelectedTab()), "every tab has its page");
                Navigate.to(this, ProjectRoutes.of(projectId, chosen));
                // Shows the page that is open now: the new one, or the old one when it kept the reader there.
                tabs.setSelectedTab(shown);
            }
        });
        var bar = new Div(title, tabs);
        bar.addClassName("project-bar");
        // The bar sits in the studio's top bar, which is empty on project pages otherwise: the page keeps its height.
        addAttachListener(event -> {
            MainLayout main = findAncestor(MainLayout.class);
            if (main != null) {
                main.addToNavbar(bar);
            } else {
                addComponentAsFirst(bar);
            }
        });
        addDetachListener(event -> bar.getElement().removeFromParent());
        page.addClassName("project-page-content");
        add(page);
    }

    /**
     * The project this layout resolved for the navigation under way: the pages inside it read it in their own
     * {@code beforeEnter}, which runs after the layout's, instead of looking it up again.
     */
    public static ProjectSummary project(BeforeEnterEvent event) {
        ProjectSummary project = ComponentUtil.getData(event.getUI(), ProjectSummary.class);
        if (project == null
                || !Optional.of(project.id().toString())
                        .equals(event.getRouteParameters().get(ProjectRoutes.PROJECT_ID))) {
            throw new IllegalStateException("Only pages inside the project layout can ask for its project");
        }
        return project;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ComponentUtil.setData(event.getUI(), ProjectSummary.class, null);
        Optional<UUID> id = RouteIds.require(event, ProjectRoutes.PROJECT_ID);
        if (id.isEmpty()) {
            return;
        }
        // Throws NotFoundException for a missing or foreign project, which shows the not-found page.
        ProjectSummary project = projects.get(id.get());
        projectId = project.id();
        ComponentUtil.setData(event.getUI(), ProjectSummary.class, project);
        name.setText(project.name());
        status.removeAll();
        status.add(new StatusBadge(project.status().id()));
        tab(ProjectPage.CMS).setVisible(project.cmsType() != null && project.cmsType() != CmsType.STUDIO);
        shown = current(event.getLocation().getSegments());
        tabs.setSelectedTab(shown);
    }

    private @Nullable Tab current(List<String> segments) {
        String last = segments.isEmpty() ? "" : segments.getLast();
        for (ProjectPage each : ProjectPage.values()) {
            if (each != ProjectPage.CHAT && each.segment().equals(last)) {
                return tab(each);
            }
        }
        return null;
    }

    private Tab tab(ProjectPage page) {
        return Objects.requireNonNull(tabOf.get(page), "every page has its tab");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.getElement().removeAllChildren();
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        page.getElement().removeAllChildren();
    }
}
