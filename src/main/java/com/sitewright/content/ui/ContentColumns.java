package com.sitewright.content.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.SortValues;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The grid's columns for one content type: title, the chosen fields (by default the first few that read well in a
 * cell), slug, status and last change. Reference
 * columns show their targets' titles, which {@link ReferenceTitles} fetches a page at a time.
 */
final class ContentColumns {

    static final int DEFAULT_FIELD_COLUMNS = 5;
    /** Fields that hold the item's title, which already has its own column. */
    private static final Set<String> TITLE_LIKE_FIELDS = Set.of("title", "name", "slug");

    private static final int CELL_TEXT = 120;

    private final Grid<ContentItemRow> grid;
    private final ReferenceTitles titles;
    private final Function<String, String> typeNames;
    private final Map<String, Grid.Column<ContentItemRow>> fieldColumns = new LinkedHashMap<>();
    private ContentTypeDefinition type;
    private boolean anyType;
    private Set<String> defaults = Set.of();
    private Set<String> shown = new LinkedHashSet<>();

    ContentColumns(Grid<ContentItemRow> grid, ReferenceTitles titles, Function<String, String> typeNames) {
        this.grid = grid;
        this.titles = titles;
        this.typeNames = typeNames;
    }

    /**
     * Replaces the grid's columns with the type's; {@code shown} names the visible field columns, or is null for
     * the default choice. With {@code anyType} the rows are of many types and only a type column is added.
     */
    void build(ContentTypeDefinition type, boolean anyType, Collection<String> shown) {
        this.type = type;
        this.anyType = anyType;
        defaults = defaultFields(type);
        this.shown = new LinkedHashSet<>(shown == null ? defaults : shown);
        rebuild();
    }

    /**
     * Adds the columns afresh: only the shown fields get one. (A grid column hidden at first and shown later
     * would come back without its header, so columns are rebuilt rather than hidden.)
     */
    void rebuild() {
        fieldColumns.clear();
        grid.removeAllColumns();
        grid.addColumn(ContentItemRow::title)
                .setHeader("Title")
                .setKey("title")
                .setSortProperty("title")
                .setSortable(true)
                .setFlexGrow(4)
                .setWidth("280px")
                .setFrozen(true)
                .setResizable(true);
        if (anyType) {
            grid.addColumn(row -> typeNames.apply(row.typeKey()))
                    .setHeader("Type")
                    .setKey("type")
                    .setSortProperty("type")
                    .setSortable(true)
                    .setFlexGrow(2)
                    .setResizable(true);
        }
        for (FieldDefinition field : type.fields()) {
            if (!shown.contains(field.key())) {
                continue;
            }
            Grid.Column<ContentItemRow> column = grid.addColumn(row -> cell(row, field))
                    .setHeader(field.label())
                    .setKey("f_" + field.key())
                    .setResizable(true)
                    .setFlexGrow(field.type() == FieldType.LONG_TEXT || field.type() == FieldType.RICH_TEXT ? 3 : 1)
                    .setWidth(isNumeric(field) || field.type() == FieldType.BOOLEAN ? "110px" : "180px")
                    .setTextAlign(isNumeric(field) ? ColumnTextAlign.END : ColumnTextAlign.START);
            if (SortValues.isSortable(field)) {
                column.setSortProperty(field.key()).setSortable(true);
            }
            column.getElement().setAttribute("data-field", field.key());
            fieldColumns.put(field.key(), column);
        }
        grid.addColumn(ContentItemRow::slug)
                .setHeader("Slug")
                .setKey("slug")
                .setSortProperty("slug")
                .setSortable(true)
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(new ComponentRenderer<>(ItemStatusBadges::of))
                .setHeader("Status")
                .setKey("status")
                .setSortProperty("status")
                .setSortable(true)
                .setFlexGrow(0)
                .setWidth("120px");
        grid.addColumn(row -> Formats.dateTime(row.updatedAt()))
                .setHeader("Updated")
                .setKey("updatedAt")
                .setSortProperty("updatedAt")
                .setSortable(true)
                .setFlexGrow(0)
                .setWidth("170px");
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("title")).build());
    }

    List<FieldDefinition> fields() {
        return type == null ? List.of() : type.fields();
    }

    /** The field's column, or null when it is not shown. */
    Grid.Column<ContentItemRow> column(String fieldKey) {
        return fieldColumns.get(fieldKey);
    }

    boolean isShown(String fieldKey) {
        return shown.contains(fieldKey);
    }

    /** Changes the choice; {@link #rebuild()} puts it on the grid. */
    void show(String fieldKey, boolean visible) {
        if (visible) {
            shown.add(fieldKey);
        } else {
            shown.remove(fieldKey);
        }
    }

    /** The shown field columns, in the type's order. */
    List<String> shown() {
        return fields().stream()
                .map(FieldDefinition::key)
                .filter(shown::contains)
                .toList();
    }

    boolean isDefaultChoice() {
        return new LinkedHashSet<>(shown()).equals(defaults);
    }

    /** Reference fields whose column is visible: the ones whose titles a page of rows needs. */
    List<FieldDefinition> shownReferences() {
        return fields().stream()
                .filter(ReferenceTitles::isReference)
                .filter(field -> isShown(field.key()))
                .toList();
    }

    private static Set<String> defaultFields(ContentTypeDefinition type) {
        Set<String> chosen = new LinkedHashSet<>();
        type.fields().stream()
                .filter(field -> isScalar(field) || ReferenceTitles.isReference(field))
                .filter(field -> !TITLE_LIKE_FIELDS.contains(field.key()))
                .limit(DEFAULT_FIELD_COLUMNS)
                .forEach(field -> chosen.add(field.key()));
        return chosen;
    }

    private String cell(ContentItemRow row, FieldDefinition field) {
        Object value = row.data().get(field.key());
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case REFERENCE, REFERENCES -> titles.text(row, field);
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "Yes" : "No";
            case NUMBER ->
                value instanceof Number number
                        ? String.format(Locale.ENGLISH, "%.2f", number.doubleValue())
                        : String.valueOf(value);
            case RICH_TEXT ->
                shortened(String.valueOf(value)
                        .replaceAll("<[^>]*>", " ")
                        .replaceAll("\\s+", " ")
                        .strip());
            case BLOCKS ->
                value instanceof List<?> blocks
                        ? Formats.count(blocks.size()) + (blocks.size() == 1 ? " block" : " blocks")
                        : "";
            case ASSET ->
                value instanceof Map<?, ?> asset
                        ? String.valueOf(asset.get(asset.containsKey("url") ? "url" : "alt"))
                        : String.valueOf(value);
            case JSON ->
                value instanceof Map<?, ?> map
                        ? "{ " + Formats.count(map.size()) + " keys }"
                        : value instanceof List<?> list
                                ? "[ " + Formats.count(list.size()) + " entries ]"
                                : shortened(String.valueOf(value));
            default -> shortened(String.valueOf(value));
        };
    }

    private static String shortened(String text) {
        return text.length() <= CELL_TEXT ? text : text.substring(0, CELL_TEXT - 1) + "…";
    }

    /** Fields a cell shows whole and that sort by their value. */
    static boolean isScalar(FieldDefinition field) {
        return switch (field.type()) {
            case TEXT, NUMBER, INTEGER, BOOLEAN, DATE, DATE_TIME, ENUM, EMAIL, URL, SLUG -> true;
            default -> false;
        };
    }

    private static boolean isNumeric(FieldDefinition field) {
        return field.type() == FieldType.NUMBER || field.type() == FieldType.INTEGER;
    }
}
