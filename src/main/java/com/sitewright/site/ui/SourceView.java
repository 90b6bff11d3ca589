package com.sitewright.site.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.base.ui.WhileAttached;
import com.sitewright.project.ui.ProjectLayout;
import com.sitewright.site.CommitInfo;
import com.sitewright.site.SourceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;

/** The generated Next.js source of a project: every generation as a commit, and the latest as a zip. */
@Route(value = "source", layout = ProjectLayout.class)
@PageTitle("Source · Sitewright")
@PermitAll
class SourceView extends VerticalLayout implements BeforeEnterObserver {

    private static final int POLL_MILLIS = 2000;

    private final SourceService source;

    private final ViewHeader header = new ViewHeader("Source");
    private final Grid<CommitInfo> grid = new Grid<>();
    private final Div empty = new Div(
            new Paragraph(
                    "The site's source is generated right after the content model and items. It appears here in a few seconds."));
    private final Anchor download;
    private UUID projectId;
    private final WhileAttached.Polling poller;

    SourceView(SourceService source) {
        this.source = source;
        addClassName("source-view");
        poller = WhileAttached.poll(this, POLL_MILLIS, this::refresh);
        addAttachListener(event -> refresh());
        setSizeFull();

        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var out = new java.io.ByteArrayOutputStream();
                    source.writeZip(projectId, out);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(out.toByteArray()),
                            source.zipFileName(projectId),
                            "application/zip",
                            out.size());
                }),
                AttachmentType.DOWNLOAD,
                "");
        var downloadButton = new Button("Download source (.zip)", VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        download.addClassName("download-source");
        header.addActions(download);

        empty.addClassName("empty-state");
        grid.addClassName("commits-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CommitInfo::shortId).setHeader("Commit").setFlexGrow(0).setWidth("130px");
        grid.addColumn(CommitInfo::message).setHeader("Message").setFlexGrow(4);
        grid.addColumn(commit -> Formats.dateTime(commit.time()))
                .setHeader("When")
                .setFlexGrow(1);
        add(header, empty, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        projectId = id.get();
        header.setSubtitle("Next.js, TypeScript and Tailwind CSS, one commit per generation");
        refresh();
    }

    /** Until the first commit exists, look again every few seconds. */
    private void refresh() {
        if (projectId == null) {
            return;
        }
        List<CommitInfo> commits = source.history(projectId);
        grid.setItems(commits);
        grid.setVisible(!commits.isEmpty());
        empty.setVisible(commits.isEmpty());
        download.setEnabled(!commits.isEmpty());
        poller.setActive(commits.isEmpty());
    }
}
