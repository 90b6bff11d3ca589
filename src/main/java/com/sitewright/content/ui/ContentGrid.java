package com.sitewright.content.ui;

import com.sitewright.base.ui.Notifications;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.bulk.BulkSelection;
import com.sitewright.model.ContentTypeDefinition;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;

/**
 * The items of one type, or of all types. Rows load lazily, a page at a time, through the readers the view gives
 * ({@link #readWith}), so scrolling stays smooth at any number of items; reference columns get their targets' titles
 * with each page. Rows can be ticked for a bulk change (or every item the filter matches), opened in the item editor
 * with a click, and their simple fields edited in place.
 */
final class ContentGrid extends Composite<Grid<ContentItemRow>> {

    /** Told the number of ticked rows, of items the filter matches, and whether all of those are chosen. */
    interface SelectionListener {
        void selectionChanged(long selected, long matching, boolean allMatching);
    }

    /** Reads a page of the items a query matches. */
    interface PageReader {
        List<ContentItemRow> page(ContentQuery query, int offset, int limit);
    }

    private final Grid<ContentItemRow> grid = new Grid<>();
    private final ReferenceTitles referenceTitles;
    private final ContentColumns columns;
    private final ColumnChooser columnChooser;
    private final InlineEditor inline;
    private PageReader pages;
    private ToLongFunction<ContentQuery> counter;
    private Function<Collection<UUID>, Map<UUID, String>> titles;
    private Function<String, String> typeNames = key -> key;
    private InlineEditor.Saver saver;
    private Function<UUID, ContentItemRow> current;
    private Consumer<ContentItemRow> onOpen = row -> {};
    private Consumer<ContentItemRow> onSavedInline = row -> {};
    private SelectionListener onSelectionChange = (selected, matching, all) -> {};
    private LongConsumer onCount = matches -> {};
    private Runnable onColumnsChange = () -> {};
    private Runnable onColumnsReset = () -> {};
    /** The bulk selection is every item the filter matches, not only the ticked rows. */
    private boolean allMatching;
    /** Whether the shown type's rows may be edited in place. */
    private boolean editable;

    private long matching;
    /** What the grid shows, for downloads, which run outside the UI's lock. */
    private volatile ContentQuery shownQuery;

    ContentGrid() {
        referenceTitles = new ReferenceTitles(ids -> titles.apply(ids));
        columns = new ContentColumns(grid, referenceTitles, key -> typeNames.apply(key));
        columnChooser = new ColumnChooser(columns, new ColumnChooser.Listener() {
            @Override
            public void columnsChanged() {
                showChosenColumns();
            }

            @Override
            public void resetColumns() {
                onColumnsReset.run();
            }
        });
        inline = new InlineEditor(grid, (row, data) -> saver.save(row, data), new InlineOutcomes());
        grid.addClassName("content-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.asMultiSelect().addSelectionListener(event -> {
            if (event.isFromClient()) {
                allMatching = false;
            }
            selectionChanged();
        });
        grid.addItemClickListener(event -> {
            if (!inline.isEditing(event.getItem())) {
                onOpen.accept(event.getItem());
            }
        });
    }

    /** Where the rows come from: pages of a query's items, their number, and the titles of referenced items. */
    void readWith(
            PageReader pages,
            ToLongFunction<ContentQuery> counter,
            Function<Collection<UUID>, Map<UUID, String>> titles) {
        this.pages = pages;
        this.counter = counter;
        this.titles = titles;
    }

    /** How a type is named by its key, for the type column of all types' items. */
    void nameTypesWith(Function<String, String> typeNames) {
        this.typeNames = typeNames;
    }

    /**
     * How a row edited in place is saved (at the version it was read; it throws what the content service throws),
     * and how its current version is read when a colleague saved first.
     */
    void saveWith(InlineEditor.Saver saver, Function<UUID, ContentItemRow> current) {
        this.saver = saver;
        this.current = current;
    }

    /** A row was clicked (not one being edited in place). */
    void onOpen(Consumer<ContentItemRow> listener) {
        onOpen = listener;
    }

    /** A row edited in place was saved. */
    void onSavedInline(Consumer<ContentItemRow> listener) {
        onSavedInline = listener;
    }

    /** The ticked rows, or the choice of every matching item, changed. */
    void onSelectionChange(SelectionListener listener) {
        onSelectionChange = listener;
    }

    /** The filter matches this many items; known once per {@link #load}. */
    void onCount(LongConsumer listener) {
        onCount = listener;
    }

    /** Columns were shown or hidden with the column chooser. */
    void onColumnsChange(Runnable listener) {
        onColumnsChange = listener;
    }

    /** The column chooser asked for the studio's default columns. */
    void onColumnsReset(Runnable listener) {
        onColumnsReset = listener;
    }

    @Override
    protected Grid<ContentItemRow> initContent() {
        return grid;
    }

    /** The "Columns" button, which the toolbar shows. */
    ColumnChooser columnChooser() {
        return columnChooser;
    }

    /**
     * Puts the type's columns on the grid: {@code shownColumns} names the visible field columns, or is null for the
     * default; with {@code anyType} the rows are of many types. Without {@code editable} nothing is edited in place.
     */
    void showType(ContentTypeDefinition type, boolean anyType, List<String> shownColumns, boolean editable) {
        this.editable = editable;
        referenceTitles.forget();
        inline.cancel();
        columns.build(type, anyType, shownColumns);
        inline.bind(columns, editable);
        columnChooser.refresh();
    }

    /** Shows the items the query matches, from the first, with nothing selected. */
    void load(ContentQuery base) {
        shownQuery = base;
        allMatching = false;
        inline.cancel();
        grid.deselectAll();
        selectionChanged();
        grid.scrollToStart();
        grid.setItems(
                        query -> {
                            ContentQuery sorted = withSort(base, query.getSortOrders());
                            List<ContentItemRow> page = pages.page(sorted, query.getOffset(), query.getLimit());
                            referenceTitles.load(page, columns.shownReferences());
                            return page.stream();
                        },
                        query -> {
                            // The grid asks for the size once per refresh; the label shows the same number.
                            long matches = counter.applyAsLong(base);
                            matching = matches;
                            onCount.accept(matches);
                            return (int) Math.min(Integer.MAX_VALUE, matches);
                        })
                .setIdentifierProvider(ContentItemRow::id);
    }

    /** Reads the loaded rows again, keeping the position and the selection. */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    ContentQuery shownQuery() {
        return shownQuery;
    }

    /** The shown field columns, or null while they are the studio's default choice. */
    List<String> chosenColumns() {
        return columns.isDefaultChoice() ? null : columns.shown();
    }

    void selectAllMatching() {
        allMatching = true;
        selectionChanged();
    }

    void clearSelection() {
        allMatching = false;
        grid.deselectAll();
        selectionChanged();
    }

    /** The ticked rows, or every item the shown filter matches. */
    BulkSelection bulkSelection() {
        return allMatching
                ? BulkSelection.matching(shownQuery.typeKey(), shownQuery.text(), shownQuery.status())
                : BulkSelection.of(
                        grid.getSelectedItems().stream().map(ContentItemRow::id).toList());
    }

    /** The one type the ticked rows share, or null when they are of several (or all matching items are chosen). */
    String selectedTypeKey() {
        List<String> keys = grid.getSelectedItems().stream()
                .map(ContentItemRow::typeKey)
                .distinct()
                .toList();
        return !allMatching && keys.size() == 1 ? keys.getFirst() : null;
    }

    private void selectionChanged() {
        onSelectionChange.selectionChanged(grid.getSelectedItems().size(), matching, allMatching);
    }

    private void showChosenColumns() {
        inline.cancel();
        columns.rebuild();
        inline.bind(columns, editable);
        // A newly shown reference column needs its titles, which come with the next fetch of the visible rows.
        refresh();
        onColumnsChange.run();
    }

    private static ContentQuery withSort(ContentQuery query, List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return query;
        }
        QuerySortOrder order = orders.getFirst();
        return query.sortedBy(order.getSorted(), order.getDirection() == SortDirection.ASCENDING);
    }

    /** An edit in place that was refused or overtaken is reported here; a save goes up to the view. */
    private final class InlineOutcomes implements InlineEditor.Listener {

        @Override
        public void savedInline(ContentItemRow saved) {
            onSavedInline.accept(saved);
            Notifications.success("Saved \"" + saved.title() + "\" (version " + saved.version() + ").");
        }

        @Override
        public void staleInline(ContentItemRow mine) {
            ContentItemRow theirs = current.apply(mine.id());
            refresh();
            Notifications.error("\"" + mine.title() + "\" was changed by someone else (now version " + theirs.version()
                    + "). Their version is shown; your change was not saved.");
        }

        @Override
        public void refusedInline(String message) {
            Notifications.error(message);
        }
    }
}
