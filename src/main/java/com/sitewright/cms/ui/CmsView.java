package com.sitewright.cms.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Background;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.base.ui.WhileAttached;
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
import com.sitewright.project.ui.ProjectLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
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
@Route(value = "cms", layout = ProjectLayout.class)
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
    private final PushCard pushCard;
    private final PushHistory history;
    private final WhileAttached.Polling poller;

    private UUID projectId;
    private CmsConnectionView connection;
    private final PushFollower follower = new PushFollower();

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
        poller = WhileAttached.poll(this, POLL_MILLIS, this::refreshQuietly);
        addAttachListener(event -> {
            if (projectId != null) {
                refresh();
            }
        });

        openVendor.setTarget(AnchorTarget.BLANK);
        openVendor.getElement().setAttribute("rel", "noopener");
        openVendor.addClassNames("button-link", "open-in-cms");
        header.addActions(openVendor);

        form = new ConnectionForm(this::save, this::test, this::confirmDelete);
        pushCard = new PushCard(this::start, this::retry);
        history = new PushHistory(this::failedTitles, this::retry);

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
        follower.reset();
        ProjectSummary project = ProjectLayout.project(event);
        connection = connections.find(projectId).orElse(null);
        form.setReadOnly(!canEdit);
        form.show(connection, suggested(project));
        showConnection();
        refresh();
    }

    /** The CMS the project was made for, when it names one; Optimizely otherwise. */
    private static CmsProvider suggested(ProjectSummary project) {
        return project.cmsType() == null
                ? CmsProvider.OPTIMIZELY
                : CmsProvider.of(project.cmsType().id()).orElse(CmsProvider.OPTIMIZELY);
    }

    private void showConnection() {
        Optional<VendorLink> link = VendorLink.of(connection);
        openVendor.setVisible(link.isPresent());
        link.ifPresent(vendor -> {
            openVendor.removeAll();
            openVendor.setText(vendor.label());
            openVendor.add(VaadinIcon.EXTERNAL_LINK.create());
            openVendor.setHref(vendor.url());
        });
        header.setSubtitle(
                connection == null
                        ? "No CMS connected"
                        : CmsProvider.of(connection.provider())
                                .map(ConnectionForm::providerName)
                                .orElse(connection.provider()));
        pushCard.setConnection(connection);
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
        showConnection();
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
                    form.show(null, suggested(projects.get(projectId)));
                    showConnection();
                    refresh();
                    Notifications.info("Connection deleted");
                });
    }

    private void start(PushRequest request) {
        try {
            PushView started = pushes.start(projectId, request);
            follower.started(started.id());
            refresh();
        } catch (InvalidInputException | ConflictException e) {
            error(e.getMessage());
            refresh();
        }
    }

    private void retry(PushView earlier) {
        try {
            PushView started = pushes.retry(projectId, earlier.id());
            follower.started(started.id());
            refresh();
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            error(e.getMessage());
            refresh();
        }
    }

    private void refresh() {
        List<PushView> recent = pushes.recent(projectId);
        PushView latest = recent.isEmpty() ? null : recent.getFirst();
        pushCard.show(recent, canEdit);
        history.show(recent, canEdit);
        follower.look(latest).ifPresent(outcome -> {
            if (outcome.succeeded()) {
                Notifications.success(outcome.text());
            } else {
                error(outcome.text());
            }
        });
        poller.setActive(latest != null && !latest.state().isFinished());
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
