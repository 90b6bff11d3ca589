package com.sitewright.project.ui;

import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Navigate;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.base.ui.WhileAttached;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectStatus;
import com.sitewright.project.ProjectSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.Locale;

@Route("projects")
@RouteAlias("")
@PageTitle("Projects · Sitewright")
@Menu(order = 0, icon = "vaadin:folder-open", title = "Projects")
@PermitAll
class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    private static final int POLL_MILLIS = 2000;

    private final Grid<ProjectSummary> grid = new Grid<>();
    private final WhileAttached.Polling poller;
    private final Div empty = new Div();

    ProjectsView(ProjectService projects) {
        this.projects = projects;
        addClassName("projects-view");
        poller = WhileAttached.poll(this, POLL_MILLIS, this::refresh);
        addAttachListener(event -> refresh());
        setSizeFull();

        var create = new Button(
                "New project", VaadinIcon.PLUS.create(), click -> getUI().ifPresent(ui -> ui.navigate("chat")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new ViewHeader("Projects", create);
        header.setSubtitle("Every site you have built, with its content model and content.");

        configureGrid();
        empty.addClassName("empty-state");
        empty.add(
                new Span("No projects yet"),
                new Paragraph(
                        "Describe a site in one sentence, for example \"Build me a coffee shop website using Optimizely SaaS\", and the studio builds its model and content."),
                new Button("Start with a prompt", click -> getUI().ifPresent(ui -> ui.navigate("chat"))));
        add(header, empty, grid);
    }

    private void configureGrid() {
        grid.addClassName("projects-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(ProjectSummary::name)
                .setHeader("Name")
                .setFlexGrow(3)
                .setSortable(true)
                .setComparator(Comparator.comparing(ProjectSummary::name, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(project -> industry(project.industry()))
                .setHeader("Industry")
                .setFlexGrow(2);
        grid.addColumn(project -> project.cmsType().id()).setHeader("CMS").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::engine))
                .setHeader("Engine")
                .setFlexGrow(0)
                .setWidth("200px");
        grid.addColumn(new ComponentRenderer<>(
                        project -> new StatusBadge(project.status().id())))
                .setHeader("Status")
                .setFlexGrow(1);
        grid.addColumn(project -> Formats.count(project.contentTypes()))
                .setHeader("Types")
                .setFlexGrow(0)
                .setWidth("90px");
        grid.addColumn(project -> Formats.count(project.contentItems()))
                .setHeader("Items")
                .setFlexGrow(0)
                .setWidth("110px");
        grid.addColumn(project -> Formats.dateTime(project.createdAt()))
                .setHeader("Created")
                .setFlexGrow(2)
                .setSortable(true)
                .setComparator(Comparator.comparing(ProjectSummary::createdAt));
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setHeader("")
                .setFlexGrow(0)
                .setWidth("250px");
        grid.addItemDoubleClickListener(event -> openChat(event.getItem()));
        grid.setSizeFull();
    }

    private HorizontalLayout actions(ProjectSummary project) {
        var content =
                new Button("Content", click -> Navigate.to(this, ProjectRoutes.of(project.id(), ProjectPage.CONTENT)));
        content.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var preview = new Button(
                VaadinIcon.EYE.create(),
                click -> Navigate.to(this, ProjectRoutes.of(project.id(), ProjectPage.PREVIEW)));
        preview.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        preview.setTooltipText("Preview the site");
        preview.setAriaLabel("Preview " + project.name());
        var model = new Button(
                VaadinIcon.SITEMAP.create(),
                click -> Navigate.to(this, ProjectRoutes.of(project.id(), ProjectPage.MODEL)));
        model.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        model.setTooltipText("Design the content model");
        model.setAriaLabel("Content model of " + project.name());
        var chat = new Button(VaadinIcon.CHAT.create(), click -> openChat(project));
        chat.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        chat.setTooltipText("Open the chat and progress");
        chat.setAriaLabel("Open chat for " + project.name());
        var delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(project));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setTooltipText("Delete project");
        delete.setAriaLabel("Delete " + project.name());
        var row = new HorizontalLayout(content, model, preview, chat, delete);
        row.setSpacing(false);
        row.addClassName("row-actions");
        return row;
    }

    /**
     * The engine; for AI projects also the cost of their model calls against the budget (the tokens, and whether
     * prices were known, on hover) and the action that sets the budget.
     */
    private Div engine(ProjectSummary project) {
        var cell = new Div(new Span(project.engineLabel()));
        cell.addClassName("project-engine");
        if (project.engine() != GenerationEngine.AI) {
            return cell;
        }
        var cost = new Span(UsageLabels.againstBudget(project));
        cost.addClassName("project-usage");
        String tokens = UsageLabels.of(project.usage());
        cost.setTitle(tokens.isEmpty() ? "No model calls yet" : tokens);
        if (project.budgetReached()) {
            cost.getElement().setAttribute("data-budget", "reached");
        }
        var budget = new Button(VaadinIcon.DOLLAR.create(), click -> editBudget(project));
        budget.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        budget.setTooltipText("Budget for model calls");
        budget.setAriaLabel("Budget of " + project.name());
        var line = new Div(cost, budget);
        line.addClassName("project-cost");
        cell.add(line);
        return cell;
    }

    private void editBudget(ProjectSummary project) {
        new BudgetDialog(project, budget -> {
                    projects.setBudget(project.id(), budget);
                    Notifications.info(
                            budget == null
                                    ? "\"" + project.name() + "\" has no budget limit"
                                    : "Budget of \"" + project.name() + "\" set to " + Formats.usd(budget));
                    refresh();
                })
                .open();
    }

    private void openChat(ProjectSummary project) {
        Navigate.to(this, ProjectRoutes.of(project.id(), ProjectPage.CHAT));
    }

    private void confirmDelete(ProjectSummary project) {
        Confirmation.ask("Delete \"" + project.name() + "\"?", "Delete")
                .message("Its content model and " + Formats.count(project.contentItems())
                        + " items are deleted for good.")
                .destructive()
                .open(() -> {
                    projects.delete(project.id());
                    Notifications.info("Deleted \"" + project.name() + "\"");
                    refresh();
                });
    }

    private void refresh() {
        var all = projects.listVisible();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        // While something is generating, keep its status and counts current without a reload.
        boolean generating = all.stream().anyMatch(project -> project.status() == ProjectStatus.GENERATING);
        poller.setActive(generating);
    }

    private static String industry(String industry) {
        String words = industry.replace('_', ' ').toLowerCase(Locale.ROOT);
        return switch (industry) {
            case "SAAS" -> "SaaS product";
            case "ECOMMERCE" -> "E-commerce store";
            case "BLOG" -> "Blog / magazine";
            default -> Character.toUpperCase(words.charAt(0)) + words.substring(1);
        };
    }
}
