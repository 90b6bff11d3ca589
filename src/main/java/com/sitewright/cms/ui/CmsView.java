package com.sitewright.cms.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Background;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.Poller;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.cms.connection.CmsConnectionService;
import com.sitewright.cms.connection.CmsConnectionView;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.push.CmsPushService;
import com.sitewright.cms.push.PushFailure;
import com.sitewright.cms.push.PushRequest;
import com.sitewright.cms.push.PushView;
import com.sitewright.content.ContentService;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project's CMS: the connection with Test, the dry run's plan, Push with live progress, the last pushes with
 * Retry failed, and a link to the content in the vendor's own editor.
 */
@Route("projects/:projectId/cms")
@PageTitle("CMS · Sitewright")
@PermitAll
class CmsView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(CmsView.class);
    private static final int POLL_MILLIS = 1000;

    private final ProjectService projects;
    private final CmsConnectionService connections;
    private final CmsPushService pushes;
    private final ContentService content;
    private final boolean canEdit;

    private final ViewHeader header = new ViewHeader("CMS");
    private final Anchor openVendor = new Anchor();
    private final ConnectionForm form;
    private final Div pushCard = new Div();
    private final Div notConnected = new Div();
    private final Button dryRun = new Button("Dry run", VaadinIcon.SEARCH.create());
    private final Button push = new Button("Push", VaadinIcon.UPLOAD.create());
    private final PushProgress progress;
    private final PlanPanel plan = new PlanPanel();
    private final PushHistory history;
    private final Poller poller = new Poller(POLL_MILLIS, this::refreshQuietly);

    private UUID projectId;
    private CmsConnectionView connection;
    /** The push this page started or saw running, to say how it ended. */
    private UUID following;

    CmsView(
            ProjectService projects,
            CmsConnectionService connections,
            CmsPushService pushes,
            ContentService content,
            AuthenticationContext authentication) {
        this.projects = projects;
        this.connections = connections;
        this.pushes = pushes;
        this.content = content;
        this.canEdit = authentication.hasAnyRole("ADMIN", "EDITOR");
        addClassName("cms-view");

        openVendor.setTarget(AnchorTarget.BLANK);
        openVendor.getElement().setAttribute("rel", "noopener");
        openVendor.addClassNames("button-link", "open-in-cms");
        header.addActions(
                openVendor,
                new Button(
                        "Content",
                        VaadinIcon.TABLE.create(),
                        click -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/content"))));

        form = new ConnectionForm(this::save, this::test, this::confirmDelete);
        progress = new PushProgress(this::retry);
        history = new PushHistory(this::failedTitles, this::retry);

        dryRun.addClassName("dry-run");
        dryRun.addClickListener(click -> start(new PushRequest(true, false, false)));
        push.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        push.addClassName("push");
        push.addClickListener(click -> confirmPush());
        var about = new Paragraph("A dry run compares the studio with the CMS and writes nothing. A push writes the "
                + "content types, images and items, publishes what is published here, and sends only what changed "
                + "since the last push.");
        about.addClassName("cms-secondary");
        var buttons = new Div(dryRun, push);
        buttons.addClassName("cms-buttons");
        var head = new Div(new H2("Push"), buttons);
        head.addClassName("cms-card-head");
        notConnected.addClassNames("empty-state", "cms-not-connected");
        notConnected.add(
                new Span("Not connected yet"),
                new Paragraph("Save the connection above, test it, then run a "
                        + "dry run to see what the push would write."));
        pushCard.addClassNames("card", "cms-push");
        pushCard.add(head, about, notConnected, progress, plan);

        var history = new Div(this.history);
        history.addClassName("card");
        add(header, form, pushCard, history);
        if (!canEdit) {
            var readOnly = new Paragraph(
                    "You can look at the connection and the pushes; changing them takes the " + "editor role.");
            readOnly.addClassName("cms-read-only");
            addComponentAtIndex(1, readOnly);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        projectId = id.get();
        following = null;
        ProjectSummary project = projects.get(projectId);
        connection = connections.find(projectId).orElse(null);
        form.setReadOnly(!canEdit);
        form.show(connection, suggested(project));
        showConnection(project);
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

    /** The CMS the project was made for, when it names one; Optimizely otherwise. */
    private static CmsProvider suggested(ProjectSummary project) {
        return project.cmsType() == null
                ? CmsProvider.OPTIMIZELY
                : CmsProvider.of(project.cmsType().id()).orElse(CmsProvider.OPTIMIZELY);
    }

    private void showConnection(ProjectSummary project) {
        Optional<VendorLink> link = VendorLink.of(connection);
        openVendor.setVisible(link.isPresent());
        link.ifPresent(vendor -> {
            openVendor.removeAll();
            openVendor.setText(vendor.label());
            openVendor.add(VaadinIcon.EXTERNAL_LINK.create());
            openVendor.setHref(vendor.url());
        });
        header.setSubtitle(project.name() + " · "
                + (connection == null
                        ? "no CMS connected"
                        : CmsProvider.of(connection.provider())
                                .map(ConnectionForm::providerName)
                                .orElse(connection.provider())));
        notConnected.setVisible(connection == null);
        plan.setVisible(connection != null);
    }

    private void save(CmsProvider provider, Map<String, String> settings) {
        if (saved(provider, settings)) {
            Notifications.success("Connection saved");
        }
    }

    private boolean saved(CmsProvider provider, Map<String, String> settings) {
        try {
            connection = connections.save(projectId, provider.id(), settings);
        } catch (InvalidInputException e) {
            error(e.getMessage());
            return false;
        }
        form.show(connection, provider);
        showConnection(projects.get(projectId));
        refresh();
        return true;
    }

    /** Saves what is typed, then asks the vendor off the UI thread: the answer may take up to the probe's timeouts. */
    private void test(CmsProvider provider, Map<String, String> settings) {
        if (!saved(provider, settings)) {
            return;
        }
        form.setTesting(true);
        UUID project = projectId;
        UI ui = UI.getCurrent();
        Background.run(ui, () -> connections.test(project), form::showCheck, failed -> {
            form.hideCheck();
            log.warn("Testing the CMS connection of project {} failed", project, failed);
            error(
                    failed instanceof InvalidInputException || failed instanceof NotFoundException
                            ? failed.getMessage()
                            : "The connection could not be tested. Please try again.");
        });
    }

    private void confirmDelete() {
        Confirmation.ask("Delete the CMS connection?", "Delete connection")
                .message("The studio forgets these settings and secrets. Nothing is deleted in the CMS: what was "
                        + "pushed stays there.")
                .destructive()
                .open(() -> {
                    connections.delete(projectId);
                    connection = null;
                    ProjectSummary project = projects.get(projectId);
                    form.show(null, suggested(project));
                    showConnection(project);
                    refresh();
                    Notifications.info("Connection deleted");
                });
    }

    /** Asks first when the plan deletes: deleting in the CMS what was removed here is opt-in. */
    private void confirmPush() {
        int deletions = plan.deletions();
        if (deletions == 0) {
            start(new PushRequest(false, false, plan.confirmTypeChanges()));
            return;
        }
        var alsoDelete = new Checkbox("Also delete " + Formats.count(deletions)
                + (deletions == 1 ? " entry" : " entries") + " removed in the studio");
        alsoDelete.addClassName("confirm-deletes");
        Confirmation.ask(
                        "Push to "
                                + (connection == null ? "the CMS" : PushProgress.providerName(connection.provider()))
                                + "?",
                        "Push")
                .with(
                        new Paragraph("The plan has entries that were removed in the studio but are still in the CMS. "
                                + "Left unticked, they stay there."),
                        alsoDelete)
                .open(() -> start(new PushRequest(false, alsoDelete.getValue(), plan.confirmTypeChanges())));
    }

    private void start(PushRequest request) {
        try {
            PushView started = pushes.start(projectId, request);
            following = started.id();
            refresh();
        } catch (InvalidInputException | ConflictException e) {
            error(e.getMessage());
            refresh();
        }
    }

    private void retry(PushView earlier) {
        try {
            PushView started = pushes.retry(projectId, earlier.id());
            following = started.id();
            refresh();
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            error(e.getMessage());
            refresh();
        }
    }

    private void refresh() {
        List<PushView> recent = pushes.recent(projectId);
        PushView latest = recent.isEmpty() ? null : recent.getFirst();
        boolean running = latest != null && !latest.state().isFinished();
        progress.show(latest, canEdit);
        plan.show(recent.stream().filter(p -> p.plan() != null).findFirst().orElse(null));
        history.show(recent, canEdit);
        dryRun.setEnabled(connection != null && !running);
        push.setEnabled(connection != null && !running);
        dryRun.setVisible(canEdit);
        push.setVisible(canEdit);
        if (running && following == null) {
            following = latest.id();
        }
        if (following != null
                && latest != null
                && following.equals(latest.id())
                && latest.state().isFinished()) {
            following = null;
            report(latest);
        }
        poller.setActive(running);
    }

    private void report(PushView finished) {
        if (finished.state().id().equals("succeeded")) {
            String text = finished.dryRun()
                    ? "Dry run done: the plan is below"
                    : "Pushed to " + PushProgress.providerName(finished.provider()) + ": "
                            + Formats.count(finished.counts().created()) + " created, "
                            + Formats.count(finished.counts().updated()) + " updated";
            Notifications.success(text);
        } else {
            error(finished.error() == null ? "The push failed." : finished.error());
        }
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
            log.warn("Refreshing the pushes of project {} failed", projectId, e);
            error("The pushes could not be refreshed. Reload the page to try again.");
        }
    }

    /** Item titles for the failures that name items; types and images keep their keys. */
    private Map<String, String> failedTitles(List<PushFailure> failures) {
        Collection<UUID> ids = failures.stream()
                .filter(failure -> failure.kind().equals("item"))
                .map(failure -> RouteIds.parse(failure.itemId()).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        Map<String, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            content.titles(projectId, ids).forEach((id, title) -> titles.put(id.toString(), title));
        }
        return titles;
    }

    private static void error(String message) {
        Notifications.error(message);
    }
}
