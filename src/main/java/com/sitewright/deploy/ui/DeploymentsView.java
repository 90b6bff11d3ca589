package com.sitewright.deploy.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.Poller;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.deploy.DeploymentInfo;
import com.sitewright.deploy.DeploymentService;
import com.sitewright.deploy.DeploymentState;
import com.sitewright.project.ProjectService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project's production history: every deployment with its build and state, the live one marked,
 * and rollback to a build that was live before.
 */
@Route("projects/:projectId/deployments")
@PageTitle("Deployments · Sitewright")
@PermitAll
class DeploymentsView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(DeploymentsView.class);
    private static final int POLL_MILLIS = 1000;

    private final ProjectService projects;
    private final DeploymentService deployments;
    private final boolean canEdit;

    private final ViewHeader header = new ViewHeader("Deployments");
    private final Anchor openLive = new Anchor();
    private final Div summary = new Div();
    private final Grid<DeploymentInfo> grid = new Grid<>();
    private final Div empty = new Div();
    private final Poller poller = new Poller(POLL_MILLIS, this::refreshQuietly);

    private UUID projectId;
    private Map<UUID, Integer> numbers = Map.of();
    /** The rollback started here, to say when it is done. */
    private UUID rollingBack;

    DeploymentsView(ProjectService projects, DeploymentService deployments, AuthenticationContext authentication) {
        this.projects = projects;
        this.deployments = deployments;
        this.canEdit = authentication.hasAnyRole("ADMIN", "EDITOR");
        addClassName("deployments-view");
        setSizeFull();

        openLive.setText("Open live site");
        openLive.setTarget(AnchorTarget.BLANK);
        openLive.getElement().setAttribute("rel", "noopener");
        openLive.addClassNames("button-link", "button-link-primary", "open-live-site");
        openLive.add(VaadinIcon.EXTERNAL_LINK.create());
        header.addActions(
                new Button(
                        "Preview",
                        VaadinIcon.EYE.create(),
                        click -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/preview"))),
                openLive);

        summary.addClassNames("card", "live-summary");
        configureGrid();
        empty.addClassName("empty-state");
        add(header, summary, empty, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addClassName("deployments-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setPartNameGenerator(deployment -> deployment.state() == DeploymentState.LIVE ? "live-row" : null);
        grid.addColumn(deployment -> "#" + numbers.getOrDefault(deployment.id(), 0))
                .setHeader("#")
                .setFlexGrow(0)
                .setWidth("64px");
        grid.addColumn(new ComponentRenderer<>(DeploymentsView::state))
                .setHeader("State")
                .setFlexGrow(0)
                .setWidth("124px")
                .setTooltipGenerator(deployment -> deployment.error() == null ? null : deployment.error());
        grid.addColumn(new ComponentRenderer<>(DeploymentsView::build))
                .setHeader("Build")
                .setFlexGrow(0)
                .setWidth("210px");
        grid.addColumn(new ComponentRenderer<>(DeploymentsView::address))
                .setHeader("Address")
                .setFlexGrow(1);
        grid.addColumn(deployment -> Formats.dateTime(deployment.createdAt()))
                .setHeader("Created")
                .setFlexGrow(0)
                .setWidth("180px");
        grid.addColumn(new ComponentRenderer<>(DeploymentsView::livePeriod))
                .setHeader("Live")
                .setFlexGrow(0)
                .setWidth("200px");
        if (canEdit) {
            grid.addColumn(new ComponentRenderer<>(this::rollbackButton))
                    .setHeader("")
                    .setFlexGrow(0)
                    .setWidth("130px");
        }
        // The state's tooltip has a failure's message; the row opens to show it in full, with the server's last lines.
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(deployment -> {
            var text = new Pre(deployment.error() == null ? "" : deployment.error());
            text.addClassNames("code-block", "deployment-error");
            return text;
        }));
        grid.addItemClickListener(event -> {
            if (event.getItem().error() != null) {
                grid.setDetailsVisible(event.getItem(), !grid.isDetailsVisible(event.getItem()));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        projectId = id.get();
        header.setSubtitle(projects.get(projectId).name() + " · production builds, newest first");
        empty.removeAll();
        var go = new Anchor("projects/" + projectId + "/preview", "Go to the preview");
        go.addClassNames("button-link", "button-link-primary");
        empty.add(
                new Span("Nothing deployed yet"),
                new Paragraph("Build a preview of the site, look at it, then approve it: "
                        + "the very build you checked goes live here, and every deployment can be rolled back to."),
                go);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        poller.attach(attachEvent.getUI());
        if (projectId != null) {
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        poller.detach();
    }

    private void refresh() {
        List<DeploymentInfo> all = deployments.list(projectId);
        Map<UUID, Integer> fresh = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            fresh.put(all.get(i).id(), all.size() - i);
        }
        numbers = fresh;
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        Optional<DeploymentInfo> live =
                all.stream().filter(d -> d.state() == DeploymentState.LIVE).findFirst();
        showSummary(live);
        boolean inProgress = all.stream().anyMatch(DeploymentsView::inProgress);
        poller.setActive(inProgress);
        if (rollingBack != null) {
            all.stream().filter(d -> d.id().equals(rollingBack)).findFirst().ifPresent(this::reportRollback);
        }
    }

    private void showSummary(Optional<DeploymentInfo> live) {
        summary.removeAll();
        summary.setVisible(live.isPresent());
        openLive.setVisible(live.isPresent() && live.get().url() != null);
        live.ifPresent(deployment -> {
            if (deployment.url() != null) {
                openLive.setHref(deployment.url());
            }
            var dot = new Span();
            dot.addClassName("live-dot");
            var title = new Span("Live");
            title.addClassName("live-summary-title");
            var url = new Anchor(
                    deployment.url() == null ? "" : deployment.url(), deployment.url() == null ? "" : deployment.url());
            url.setTarget(AnchorTarget.BLANK);
            url.addClassName("live-summary-url");
            var meta = new Span("Deployment #" + numbers.getOrDefault(deployment.id(), 0) + " · build "
                    + deployment.buildId() + " · commit " + deployment.shortCommit() + " · since "
                    + Formats.dateTime(deployment.liveAt()));
            meta.addClassName("live-summary-meta");
            summary.add(new Div(dot, title, url), meta);
        });
    }

    private void reportRollback(DeploymentInfo deployment) {
        if (deployment.state() == DeploymentState.LIVE) {
            rollingBack = null;
            Notifications.success("Deployment #" + numbers.get(deployment.id()) + " is live again");
        } else if (deployment.state() == DeploymentState.FAILED) {
            rollingBack = null;
            error("The rollback failed: " + firstLine(deployment.error()));
        }
    }

    private Component rollbackButton(DeploymentInfo deployment) {
        if (!deployment.state().canBeRestored()) {
            return new Span();
        }
        var button = new Button("Roll back", VaadinIcon.TIME_BACKWARD.create(), click -> confirmRollback(deployment));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("rollback");
        button.setAriaLabel("Roll back to deployment #" + numbers.getOrDefault(deployment.id(), 0));
        return button;
    }

    private void confirmRollback(DeploymentInfo deployment) {
        int number = numbers.getOrDefault(deployment.id(), 0);
        Confirmation.ask("Roll back to deployment #" + number + "?", "Roll back")
                .message("Build " + deployment.buildId() + " (commit " + deployment.shortCommit() + ") goes live "
                        + "again and replaces the current site once it answers. Content is not republished: the site "
                        + "shows what is published now.")
                .open(() -> {
                    try {
                        DeploymentInfo queued = deployments.rollback(projectId, deployment.id());
                        rollingBack = queued.id();
                        Notifications.info("Rolling back to deployment #" + number + "…");
                        refresh();
                    } catch (InvalidInputException | ConflictException e) {
                        error(e.getMessage());
                    } catch (NotFoundException e) {
                        error("That deployment no longer exists, or it is not yours to see.");
                        refresh();
                    }
                });
    }

    /** The poll's refresh: a failure stops the polling with one message instead of one every second. */
    private void refreshQuietly() {
        if (projectId == null) {
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            poller.setActive(false);
            error("This project no longer exists.");
        } catch (RuntimeException e) {
            poller.setActive(false);
            log.warn("Refreshing the deployments of project {} failed", projectId, e);
            error("The deployments could not be refreshed. Reload the page to try again.");
        }
    }

    private static Component state(DeploymentInfo deployment) {
        var badge = new StatusBadge(deployment.state().id());
        if (deployment.state() == DeploymentState.ROLLED_BACK) {
            badge.setText("rolled back");
        }
        var cell = new Span(badge);
        cell.addClassName("deployment-state");
        if (deployment.error() != null) {
            cell.add(VaadinIcon.INFO_CIRCLE.create());
        }
        return cell;
    }

    private static Component build(DeploymentInfo deployment) {
        var id = new Span(deployment.buildId());
        id.addClassName("deployment-build-id");
        var commit = new Span("commit " + deployment.shortCommit());
        commit.addClassName("deployment-secondary");
        var cell = new Div(id, commit);
        cell.addClassName("deployment-build");
        return cell;
    }

    /** When it went live and, once replaced, until when. */
    private static Component livePeriod(DeploymentInfo deployment) {
        var cell = new Div();
        cell.addClassName("deployment-when");
        if (deployment.liveAt() == null) {
            return cell;
        }
        cell.add(new Span(Formats.dateTime(deployment.liveAt())));
        if (deployment.endedAt() != null && deployment.state() != DeploymentState.LIVE) {
            var until = new Span("until " + Formats.dateTime(deployment.endedAt()));
            until.addClassName("deployment-secondary");
            cell.add(until);
        }
        return cell;
    }

    /** The public URL (once it has one) and the hosting target it is on. */
    private static Component address(DeploymentInfo deployment) {
        var cell = new Div();
        cell.addClassName("deployment-build");
        if (deployment.url() != null) {
            var anchor = new Anchor(deployment.url(), deployment.url());
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener");
            cell.add(anchor);
        }
        var target = new Span("target " + deployment.target());
        target.addClassName("deployment-secondary");
        cell.add(target);
        return cell;
    }

    private static boolean inProgress(DeploymentInfo deployment) {
        return deployment.state() == DeploymentState.QUEUED || deployment.state() == DeploymentState.DEPLOYING;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }

    private static void error(String message) {
        Notifications.error(message);
    }
}
