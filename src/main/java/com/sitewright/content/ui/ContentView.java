package com.sitewright.content.ui;

import com.sitewright.assets.AssetService;
import com.sitewright.assets.ui.AssetPickerDialog;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.Poller;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ContentService;
import com.sitewright.content.ItemStatus;
import com.sitewright.content.bulk.BulkAction;
import com.sitewright.content.bulk.BulkProgress;
import com.sitewright.content.bulk.BulkRequest;
import com.sitewright.content.bulk.BulkResult;
import com.sitewright.content.bulk.BulkSelection;
import com.sitewright.content.bulk.BulkService;
import com.sitewright.content.transfer.TransferFormat;
import com.sitewright.content.transfer.TransferService;
import com.sitewright.model.ContentModelService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The content grid of one project. Rows load lazily, a page at a time, through the content service's
 * paged SQL queries, so scrolling stays smooth at any number of items. The type, search, status and
 * selected item live in the URL, so every view of the grid is bookmarkable.
 */
@Route("projects/:projectId/content")
@PageTitle("Content · Sitewright")
@PermitAll
class ContentView extends VerticalLayout
        implements BeforeEnterObserver, BulkBar.Actions, ColumnChooser.Listener, InlineEditor.Listener {

    private static final String ALL_STATUSES = "Any status";

    private final ProjectService projects;
    private final ContentModelService model;
    private final ContentService content;
    private final BulkService bulk;
    private final TransferService transfer;
    private final AssetService assets;

    private final ViewHeader header = new ViewHeader("Content");
    private final ComboBox<ContentTypeDefinition> typeSelect = new ComboBox<>("Content type");
    private final TextField search = new TextField("Search");
    private final Select<String> statusSelect = new Select<>();
    private final Span total = new Span();
    private final Grid<ContentItemRow> grid = new Grid<>();
    private final ReferenceTitles referenceTitles;
    private final ContentColumns columns;
    private final ColumnChooser columnChooser;
    private final InlineEditor inline;
    private final ItemEditor detail = new ItemEditor(
            new EditorActions(),
            new ReferenceInputs.Candidates() {
                @Override
                public List<com.sitewright.content.ReferenceCandidate> find(
                        List<String> types, String search, int offset, int limit) {
                    return content.candidates(projectId, types, search, offset, limit);
                }

                @Override
                public List<com.sitewright.content.ReferenceCandidate> named(java.util.Collection<UUID> ids) {
                    return content.candidatesById(projectId, ids);
                }
            },
            this::chooseAsset);
    private final Button newItem = new Button("New item", VaadinIcon.PLUS.create());
    private final BulkBar bulkBar = new BulkBar(this);
    private final Poller bulkPoller = new Poller(500, this::followBulk);
    /** The bulk selection is every item the filter matches, not only the ticked rows. */
    private boolean allMatching;

    private long matching;
    private UUID runningBulk;

    /** The selector's first entry: every item of the project, whatever its type. */
    private static final ContentTypeDefinition ALL_TYPES =
            new ContentTypeDefinition("*", "All types", com.sitewright.model.ContentKind.DATA, null, List.of());

    private UUID projectId;
    private ContentTypeDefinition type;
    private Map<String, ContentTypeDefinition> typesByKey = Map.of();
    private Map<String, Long> typeCounts = Map.of();
    private boolean updatingFromUrl;

    private final Anchor exportCsv = new Anchor((DownloadEvent event) -> export(event, TransferFormat.CSV), "CSV");
    private final Anchor exportJson = new Anchor((DownloadEvent event) -> export(event, TransferFormat.JSON), "JSON");
    private final Button importButton = new Button("Import…", VaadinIcon.UPLOAD.create());
    private final Span transferActions = new Span();
    /** What the grid shows, for downloads, which run outside the UI's lock. */
    private volatile ContentQuery shownQuery;

    ContentView(
            ProjectService projects,
            ContentModelService model,
            ContentService content,
            BulkService bulk,
            TransferService transfer,
            AssetService assets) {
        this.projects = projects;
        this.model = model;
        this.content = content;
        this.bulk = bulk;
        this.transfer = transfer;
        this.assets = assets;
        this.referenceTitles = new ReferenceTitles(ids -> content.titles(projectId, ids));
        this.columns = new ContentColumns(grid, referenceTitles, this::displayName);
        this.columnChooser = new ColumnChooser(columns, this);
        this.inline =
                new InlineEditor(grid, (row, data) -> content.update(projectId, row.id(), data, row.version()), this);
        addClassName("content-view");
        setSizeFull();

        typeSelect.setItemLabelGenerator(t -> t.displayName() + " (" + Formats.count(countOf(t)) + ")");
        typeSelect.setWidth("18rem");
        typeSelect.addValueChangeListener(event -> {
            if (!updatingFromUrl && event.getValue() != null) {
                selectType(event.getValue(), null);
                syncUrl(null);
            }
        });
        search.setPlaceholder("Find in titles and text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setMaxLength(200);
        search.setWidth("20rem");
        search.addValueChangeListener(event -> {
            if (!updatingFromUrl) {
                refreshGrid();
                syncUrl(null);
            }
        });
        statusSelect.setLabel("Status");
        statusSelect.setItems(ALL_STATUSES, "published", "draft");
        statusSelect.setValue(ALL_STATUSES);
        statusSelect.addValueChangeListener(event -> {
            if (!updatingFromUrl) {
                refreshGrid();
                syncUrl(null);
            }
        });
        total.addClassName("grid-total");

        header.addActions(new Button(
                "Content model",
                VaadinIcon.SITEMAP.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/model"))));
        header.addActions(new Button(
                "Assets",
                VaadinIcon.PICTURE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/assets"))));
        header.addActions(new Button(
                "Source",
                VaadinIcon.CODE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/source"))));
        header.addActions(new Button(
                "Delivery API",
                VaadinIcon.CONNECT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/delivery"))));
        header.addActions(new Button(
                "CMS",
                VaadinIcon.CLOUD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/cms"))));
        header.addActions(new Button(
                "Deployments",
                VaadinIcon.CLOUD_UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/deployments"))));
        var preview = new Button(
                "Preview",
                VaadinIcon.EYE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/" + projectId + "/preview")));
        preview.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        header.addActions(preview);
        exportCsv.addClassName("export-csv");
        exportJson.addClassName("export-json");
        exportCsv.getElement().setAttribute("download", true);
        exportJson.getElement().setAttribute("download", true);
        importButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        importButton.addClassName("import-items");
        importButton.addClickListener(click -> new ImportDialog(transfer, projectId, type, () -> {
                    typeCounts = content.countByType(projectId);
                    refreshGrid();
                })
                .open());
        var exportLabel = new Span("Export");
        exportLabel.addClassName("export-label");
        newItem.addThemeVariants(
                com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        newItem.addClassName("new-item");
        newItem.addClickListener(click -> newItem());
        transferActions.add(newItem, exportLabel, exportCsv, exportJson, importButton);
        transferActions.addClassName("transfer-actions");
        var toolbar = new HorizontalLayout(typeSelect, search, statusSelect, total, columnChooser, transferActions);
        toolbar.addClassName("content-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.setWidthFull();

        grid.addClassName("content-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.asMultiSelect().addSelectionListener(event -> {
            if (event.isFromClient()) {
                allMatching = false;
            }
            showBulkBar();
        });
        grid.addItemClickListener(event -> {
            if (inline.isEditing(event.getItem())) {
                return;
            }
            showDetail(event.getItem());
            syncUrl(event.getItem().id());
        });

        var body = new HorizontalLayout(grid, detail);
        body.addClassName("content-body");
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        add(header, toolbar, bulkBar, body);
        setFlexGrow(1, body);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        bulkPoller.attach(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        bulkPoller.detach();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        projectId = id.get();
        ProjectSummary project = projects.get(projectId);
        header.setSubtitle(project.name() + " · " + Formats.count(project.contentItems()) + " items in "
                + Formats.count(project.contentTypes()) + " types");
        List<ContentTypeDefinition> types = model.model(projectId);
        typesByKey = types.stream().collect(java.util.stream.Collectors.toMap(ContentTypeDefinition::key, t -> t));
        typeCounts = content.countByType(projectId);
        QueryParameters params = event.getLocation().getQueryParameters();

        updatingFromUrl = true;
        try {
            List<ContentTypeDefinition> choices = new java.util.ArrayList<>(types.size() + 1);
            choices.add(ALL_TYPES);
            choices.addAll(types);
            typeSelect.setItems(choices);
            ContentTypeDefinition initial =
                    typesByKey.getOrDefault(params.getSingleParameter("type").orElse(""), ALL_TYPES);
            search.setValue(params.getSingleParameter("q").orElse(""));
            String status = params.getSingleParameter("status").orElse(null);
            statusSelect.setValue("published".equals(status) || "draft".equals(status) ? status : ALL_STATUSES);
            typeSelect.setValue(initial);
            String chosenColumns = params.getSingleParameter("cols").orElse(null);
            selectType(
                    initial,
                    chosenColumns == null
                            ? null
                            : java.util.Arrays.stream(chosenColumns.split(","))
                                    .map(String::strip)
                                    .filter(key -> !key.isEmpty())
                                    .toList());
        } finally {
            updatingFromUrl = false;
        }
        params.getSingleParameter("item").flatMap(RouteIds::parse).ifPresent(itemId -> {
            ContentItemRow item = content.get(projectId, itemId);
            showDetail(item);
        });
    }

    /** Shows the type's items; {@code shownColumns} names the visible field columns, or is null for the default. */
    private void selectType(ContentTypeDefinition selected, List<String> shownColumns) {
        type = selected;
        transferActions.setVisible(selected != ALL_TYPES);
        newItem.setVisible(canEdit());
        importButton.setVisible(canEdit());
        closeDetailPanelOnly();
        referenceTitles.forget();
        inline.cancel();
        columns.build(selected, selected == ALL_TYPES, shownColumns);
        inline.bind(columns, canEdit());
        columnChooser.refresh();
        refreshGrid();
    }

    @Override
    public void columnsChanged() {
        inline.cancel();
        columns.rebuild();
        inline.bind(columns, canEdit());
        // A newly shown reference column needs its titles, which come with the next fetch of the visible rows.
        grid.getDataProvider().refreshAll();
        syncUrl(detail.item() == null ? null : detail.item().id());
    }

    @Override
    public void resetColumns() {
        selectType(type, null);
        syncUrl(null);
    }

    @Override
    public void savedInline(ContentItemRow saved) {
        if (detail.item() != null && detail.item().id().equals(saved.id())) {
            showDetail(saved);
        }
        Notifications.success("Saved \"" + saved.title() + "\" (version " + saved.version() + ").");
    }

    @Override
    public void staleInline(ContentItemRow mine) {
        ContentItemRow theirs = content.get(projectId, mine.id());
        grid.getDataProvider().refreshAll();
        warn("\"" + mine.title() + "\" was changed by someone else (now version " + theirs.version()
                + "). Their version is shown; your change was not saved.");
    }

    @Override
    public void refusedInline(String message) {
        warn(message);
    }

    private void refreshGrid() {
        if (type == null || projectId == null) {
            return;
        }
        ContentQuery base = baseQuery();
        shownQuery = base;
        allMatching = false;
        inline.cancel();
        grid.deselectAll();
        grid.scrollToStart();
        grid.setItems(
                        query -> {
                            ContentQuery sorted = withSort(base, query.getSortOrders());
                            List<ContentItemRow> rows =
                                    content.page(projectId, sorted, query.getOffset(), query.getLimit());
                            referenceTitles.load(rows, columns.shownReferences());
                            return rows.stream();
                        },
                        query -> {
                            // The grid asks for the size once per refresh; the label shows the same number.
                            long matches = content.count(projectId, base);
                            matching = matches;
                            total.setText(Formats.count(matches) + " items");
                            return (int) Math.min(Integer.MAX_VALUE, matches);
                        })
                .setIdentifierProvider(ContentItemRow::id);
    }

    private ContentQuery baseQuery() {
        String status = statusSelect.getValue();
        ItemStatus itemStatus = status == null || ALL_STATUSES.equals(status) ? null : ItemStatus.of(status);
        return ContentQuery.ofType(type == ALL_TYPES ? null : type.key())
                .withText(search.getValue())
                .withStatus(itemStatus);
    }

    private static ContentQuery withSort(ContentQuery query, List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return query;
        }
        QuerySortOrder order = orders.getFirst();
        return query.sortedBy(order.getSorted(), order.getDirection() == SortDirection.ASCENDING);
    }

    private void showDetail(ContentItemRow item) {
        ContentTypeDefinition itemType = typesByKey.getOrDefault(item.typeKey(), type);
        detail.show(item, itemType, typeNames(), canEdit());
    }

    private Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        typesByKey.values().forEach(t -> names.put(t.key(), t.displayName()));
        return names;
    }

    /** The item editor's asset fields choose from, or upload to, this project's library. */
    private void chooseAsset(java.util.function.Consumer<Object> chosen) {
        new AssetPickerDialog(assets, projectId, canEdit(), chosen::accept).open();
    }

    private static boolean canEdit() {
        return com.sitewright.security.CurrentUser.require().canEdit();
    }

    /** What the editor's buttons do: each calls the content service and shows the outcome. */
    private final class EditorActions implements ItemEditor.Actions {

        @Override
        public void save() {
            List<String> unreadable = detail.unreadable();
            if (!unreadable.isEmpty()) {
                warn("Fix first: " + String.join("; ", unreadable));
                return;
            }
            ContentItemRow item = detail.item();
            try {
                ContentItemRow saved = item == null
                        ? content.create(projectId, detail.type().key(), detail.data())
                        : content.update(projectId, item.id(), detail.data(), item.version());
                saved(saved, item == null ? "Created" : "Saved");
            } catch (com.sitewright.content.InvalidContentException e) {
                detail.showErrors(e.errors());
                warn(e.getMessage());
            } catch (com.sitewright.content.StaleItemException e) {
                ContentItemRow theirs = content.get(projectId, item.id());
                java.util.Map<String, Object> mine = detail.data();
                new ConflictDialog(detail.type(), mine, theirs, () -> showDetail(theirs), () -> {
                            try {
                                saved(
                                        content.update(projectId, item.id(), mine, theirs.version()),
                                        "Saved over version " + theirs.version());
                            } catch (InvalidInputException | com.sitewright.base.ConflictException again) {
                                warn(again.getMessage());
                            }
                        })
                        .open();
            } catch (InvalidInputException | com.sitewright.base.ConflictException e) {
                warn(e.getMessage());
            }
        }

        @Override
        public void publish(boolean publish) {
            UUID id = detail.item().id();
            List<ContentItemRow> changed =
                    publish ? content.publish(projectId, List.of(id)) : content.unpublish(projectId, List.of(id));
            saved(changed.getFirst(), publish ? "Published" : "Unpublished");
        }

        @Override
        public void duplicate() {
            saved(content.duplicate(projectId, detail.item().id()), "Duplicated as a draft:");
        }

        @Override
        public void delete() {
            ContentItemRow item = detail.item();
            Confirmation.ask("Delete \"" + item.title() + "\"?", "Delete")
                    .message("It is removed from the studio and from production, and every reference to it is "
                            + "removed.")
                    .destructive()
                    .open(() -> {
                        content.delete(projectId, List.of(item.id()));
                        closeDetail();
                        typeCounts = content.countByType(projectId);
                        refreshGrid();
                        Notifications.info("Deleted \"" + item.title() + "\".");
                    });
        }

        @Override
        public void openInPreview() {
            getUI().ifPresent(ui -> ui.navigate(
                    "projects/" + projectId + "/preview",
                    QueryParameters.simple(Map.of("item", detail.item().id().toString()))));
        }

        @Override
        public void close() {
            closeDetail();
        }
    }

    private void saved(ContentItemRow item, String what) {
        showDetail(item);
        syncUrl(item.id());
        grid.getDataProvider().refreshAll();
        typeCounts = content.countByType(projectId);
        Notifications.success(what + " \"" + item.title() + "\" (version " + item.version() + ").");
    }

    private void newItem() {
        if (type == null || type == ALL_TYPES) {
            warn("Choose a content type first.");
            return;
        }
        detail.show(null, type, typeNames(), true);
    }

    private void closeDetail() {
        closeDetailPanelOnly();
        syncUrl(null);
    }

    /** The type's items as the grid filters them, written straight into the download. */
    private void export(DownloadEvent event, TransferFormat format) throws java.io.IOException {
        ContentQuery query = shownQuery;
        ContentTypeDefinition exported = transfer.exportable(projectId, query.typeKey());
        event.setFileName(transfer.fileName(exported, format));
        event.setContentType(format.contentType());
        try (var out = event.getOutputStream()) {
            transfer.export(projectId, exported.key(), query.text(), query.status(), format, out);
        }
    }

    // ---- bulk changes ---------------------------------------------------------------------------------

    private void showBulkBar() {
        if (runningBulk == null) {
            bulkBar.showSelection(grid.getSelectedItems().size(), matching, allMatching);
        }
    }

    @Override
    public void selectAllMatching() {
        allMatching = true;
        showBulkBar();
    }

    @Override
    public void clearSelection() {
        allMatching = false;
        grid.deselectAll();
        showBulkBar();
    }

    @Override
    public void act(BulkAction action) {
        BulkSelection selection = allMatching
                ? BulkSelection.matching(
                        baseQuery().typeKey(), baseQuery().text(), baseQuery().status())
                : BulkSelection.of(
                        grid.getSelectedItems().stream().map(ContentItemRow::id).toList());
        long count = bulk.count(projectId, selection);
        if (action == BulkAction.SET) {
            ContentTypeDefinition only = singleType();
            if (only == null) {
                warn("Choose one content type to set a field on its items.");
                return;
            }
            new SetFieldDialog(only, count, (field, value) -> run(new BulkRequest(action, selection, field, value)))
                    .open();
            return;
        }
        Confirmation.ask(
                        action.label() + " " + Formats.count(count) + (count == 1 ? " item?" : " items?"),
                        action.label() + " " + Formats.count(count))
                .message(
                        switch (action) {
                            case PUBLISH -> "Production sites show their current versions from now on.";
                            case UNPUBLISH -> "They leave production sites and stay here as drafts.";
                            case DELETE ->
                                "They are removed from the studio and from production for good, and every reference to them is removed.";
                            case SET -> "";
                        })
                .destructive(action == BulkAction.DELETE)
                .open(() -> run(new BulkRequest(action, selection, null, null)));
    }

    private void run(BulkRequest request) {
        BulkResult result;
        try {
            result = bulk.start(projectId, request);
        } catch (InvalidInputException e) {
            warn(e.getMessage());
            return;
        }
        if (result.queued()) {
            runningBulk = result.operation().orElseThrow().id();
            bulkBar.showProgress(result.operation().orElseThrow());
            bulkPoller.setActive(true);
        } else {
            finishedBulk(request.action(), result.affected());
        }
    }

    private void followBulk() {
        if (runningBulk == null) {
            return;
        }
        BulkProgress progress = bulk.get(projectId, runningBulk);
        bulkBar.showProgress(progress);
        if (progress.state().isFinished()) {
            runningBulk = null;
            bulkPoller.setActive(false);
            bulkBar.hideProgress();
            if (progress.error() != null) {
                warn(progress.action().label() + " stopped after " + Formats.count(progress.done()) + " items: "
                        + progress.error());
                refreshGrid();
            } else {
                finishedBulk(progress.action(), progress.affected());
            }
        }
    }

    private void finishedBulk(BulkAction action, int affected) {
        Notifications.success(capitalised(action.pastTense()) + " " + Formats.count(affected)
                + (affected == 1 ? " item." : " items."));
        allMatching = false;
        grid.deselectAll();
        typeCounts = content.countByType(projectId);
        refreshGrid();
        showBulkBar();
    }

    private ContentTypeDefinition singleType() {
        if (type != ALL_TYPES) {
            return type;
        }
        List<String> keys = grid.getSelectedItems().stream()
                .map(ContentItemRow::typeKey)
                .distinct()
                .toList();
        return !allMatching && keys.size() == 1 ? typesByKey.get(keys.getFirst()) : null;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void warn(String message) {
        Notifications.error(message);
    }

    private void closeDetailPanelOnly() {
        detail.hide();
    }

    private void syncUrl(UUID itemId) {
        Map<String, String> params = new LinkedHashMap<>();
        if (type != null && type != ALL_TYPES) {
            params.put("type", type.key());
        }
        if (!search.getValue().isBlank()) {
            params.put("q", search.getValue());
        }
        if (statusSelect.getValue() != null && !ALL_STATUSES.equals(statusSelect.getValue())) {
            params.put("status", statusSelect.getValue());
        }
        if (type != null && !columns.isDefaultChoice()) {
            params.put("cols", String.join(",", columns.shown()));
        }
        if (itemId != null) {
            params.put("item", itemId.toString());
        }
        Location location = new Location("projects/" + projectId + "/content", QueryParameters.simple(params));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    private long countOf(ContentTypeDefinition choice) {
        return choice == ALL_TYPES
                ? typeCounts.values().stream().mapToLong(Long::longValue).sum()
                : typeCounts.getOrDefault(choice.key(), 0L);
    }

    private String displayName(String typeKey) {
        ContentTypeDefinition known = typesByKey.get(typeKey);
        return known == null ? typeKey : known.displayName();
    }
}
