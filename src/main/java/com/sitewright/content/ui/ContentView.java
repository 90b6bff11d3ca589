package com.sitewright.content.ui;

import com.sitewright.assets.AssetService;
import com.sitewright.assets.ui.AssetPickerDialog;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Navigate;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ContentService;
import com.sitewright.content.bulk.BulkService;
import com.sitewright.content.transfer.TransferFormat;
import com.sitewright.content.transfer.TransferService;
import com.sitewright.model.ContentModelService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.project.ProjectSummary;
import com.sitewright.project.ui.ProjectLayout;
import com.sitewright.security.CurrentUser;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The content grid of one project: toolbar, grid, item editor and bulk bar. The children report what the person did
 * and read or write through the functions given here: only this view calls services. The URL holds the grid's state
 * ({@link ContentUrl}), so every view of the grid is bookmarkable.
 */
@Route(value = "content", layout = ProjectLayout.class)
@PageTitle("Content · Sitewright")
@PermitAll
class ContentView extends VerticalLayout implements BeforeEnterObserver {

    private final ContentModelService model;
    private final ContentService content;
    private final TransferService transfer;

    private UUID projectId;
    private final ViewHeader header = new ViewHeader("Content");
    private final ContentGrid grid = new ContentGrid();
    private final ContentToolbar toolbar = new ContentToolbar(grid.columnChooser());
    private final ItemEditor detail;
    private final BulkBar bulkBar = new BulkBar();

    ContentView(
            ContentModelService model,
            ContentService content,
            BulkService bulk,
            TransferService transfer,
            AssetService assets) {
        this.model = model;
        this.content = content;
        this.transfer = transfer;
        detail = new ItemEditor(
                new ReferenceInputs.Candidates(
                        (types, search, offset, limit) -> content.candidates(projectId, types, search, offset, limit),
                        ids -> content.candidatesById(projectId, ids)),
                chosen -> new AssetPickerDialog(assets, projectId, canEdit(), chosen::accept).open());
        addClassName("content-view");
        setSizeFull();

        toolbar.onTypeChosen(() -> showType(null, true));
        toolbar.onFilterChange(() -> {
            refreshGrid();
            syncUrl(null);
        });
        toolbar.onNewItem(() -> detail.show(null, toolbar.type(), toolbar.typeNames(), true));
        toolbar.onImport(() -> new ImportDialog(transfer, projectId, toolbar.type(), this::reload).open());
        toolbar.onExport(this::export);

        grid.readWith(
                (query, offset, limit) -> content.page(projectId, query, offset, limit),
                query -> content.count(projectId, query),
                ids -> content.titles(projectId, ids));
        grid.nameTypesWith(toolbar::displayName);
        InlineEditor.Saver update = (row, data) -> content.update(projectId, row.id(), data, row.version());
        Function<UUID, ContentItemRow> current = id -> content.get(projectId, id);
        grid.saveWith(update, current);
        grid.onOpen(row -> {
            showDetail(row);
            syncUrl(row.id());
        });
        grid.onSavedInline(detail::showIfOpen);
        grid.onSelectionChange(bulkBar::showSelection);
        grid.onCount(toolbar::showTotal);
        grid.onColumnsChange(() -> syncUrl(detail.itemId()));
        grid.onColumnsReset(() -> showType(null, true));

        detail.saveWith((type, data) -> content.create(projectId, type.key(), data), update, current);
        detail.changeWith(
                item -> content.publish(projectId, List.of(item.id())).getFirst(),
                item -> content.unpublish(projectId, List.of(item.id())).getFirst(),
                item -> content.duplicate(projectId, item.id()),
                item -> content.delete(projectId, List.of(item.id())));
        detail.onSaved(item -> {
            syncUrl(item.id());
            grid.refresh();
            toolbar.showCounts(content.countByType(projectId));
        });
        detail.onDeleted(this::reload);
        detail.onOpenInPreview(item -> Navigate.to(this, ProjectRoutes.previewOfItem(projectId, item.id())));
        detail.onClose(() -> syncUrl(null));

        bulkBar.runWith(
                selection -> bulk.count(projectId, selection),
                request -> bulk.start(projectId, request),
                operation -> bulk.get(projectId, operation));
        bulkBar.onAct(
                action -> bulkBar.confirm(action, grid.bulkSelection(), toolbar.typeForBulk(grid.selectedTypeKey())));
        bulkBar.onSelectAllMatching(grid::selectAllMatching);
        bulkBar.onClearSelection(grid::clearSelection);
        bulkBar.onCompleted(this::reload);
        bulkBar.onStopped(this::refreshGrid);

        var body = new HorizontalLayout(grid, detail);
        body.addClassName("content-body");
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        add(header, toolbar, bulkBar, body);
        setFlexGrow(1, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = RouteIds.require(event, "projectId").orElse(null);
        if (projectId == null) {
            return;
        }
        ProjectSummary project = ProjectLayout.project(event);
        header.setSubtitle(Formats.count(project.contentItems()) + " items in " + Formats.count(project.contentTypes())
                + " types");
        toolbar.showCounts(content.countByType(projectId));
        ContentUrl url = ContentUrl.parse(event.getLocation().getQueryParameters());
        toolbar.show(model.model(projectId), url);
        showType(url.columns(), false);
        if (url.item() != null) {
            showDetail(content.get(projectId, url.item()));
        }
    }

    /** Shows the toolbar's type with these field columns (null: the default), and says so in the URL if asked. */
    private void showType(List<String> shownColumns, boolean syncUrl) {
        toolbar.showActions(canEdit());
        detail.hide();
        grid.showType(toolbar.type(), toolbar.allTypes(), shownColumns, canEdit());
        refreshGrid();
        if (syncUrl) {
            syncUrl(null);
        }
    }

    private void refreshGrid() {
        grid.load(toolbar.query());
    }

    /** After items were added or removed: the types' counts and the grid are read again. */
    private void reload() {
        toolbar.showCounts(content.countByType(projectId));
        refreshGrid();
    }

    /** Puts the grid's state in the address bar without a navigation; {@code itemId} is the open item, or null. */
    private void syncUrl(UUID itemId) {
        var url = ContentUrl.of(toolbar.query(), grid.chosenColumns(), itemId);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, url.location(projectId)));
    }

    private void showDetail(ContentItemRow item) {
        detail.show(item, toolbar.typeOf(item), toolbar.typeNames(), canEdit());
    }

    /** The type's items as the grid filters them, written straight into the download. */
    private void export(DownloadEvent event, TransferFormat format) throws IOException {
        ContentQuery query = grid.shownQuery();
        ContentTypeDefinition exported = transfer.exportable(projectId, query.typeKey());
        event.setFileName(format.fileName(exported.key()));
        event.setContentType(format.contentType());
        try (var out = event.getOutputStream()) {
            transfer.export(projectId, exported.key(), query.text(), query.status(), format, out);
        }
    }

    private static boolean canEdit() {
        return CurrentUser.require().canEdit();
    }
}
