package com.sitewright.content.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ItemStatus;
import com.sitewright.content.transfer.TransferFormat;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row over the content grid: which type, what search and status it shows, how many items match, and the
 * type's actions (new item, export, import). It reports changes to the view and calls no service.
 */
final class ContentToolbar extends Composite<HorizontalLayout> {

    /** Writes the grid's items, as filtered, into the download. */
    interface Exporter {
        void export(DownloadEvent download, TransferFormat format) throws IOException;
    }

    private static final String ALL_STATUSES = "Any status";

    /** The selector's first entry: every item of the project, whatever its type. */
    private static final ContentTypeDefinition ALL_TYPES =
            new ContentTypeDefinition("*", "All types", ContentKind.DATA, null, List.of());

    private final ComboBox<ContentTypeDefinition> typeSelect = new ComboBox<>("Content type");
    private final TextField search = new TextField("Search");
    private final Select<String> statusSelect = new Select<>();
    private final Span total = new Span();
    private final Button newItem = new Button("New item", VaadinIcon.PLUS.create());
    private final Button importButton = new Button("Import…", VaadinIcon.UPLOAD.create());
    private final Span transferActions = new Span();
    private Runnable onTypeChosen = () -> {};
    private Runnable onFilterChange = () -> {};
    private Runnable onNewItem = () -> {};
    private Runnable onImport = () -> {};
    private Exporter exporter = (download, format) -> {};
    private Map<String, ContentTypeDefinition> types = Map.of();
    private ContentTypeDefinition type;
    private Map<String, Long> typeCounts = Map.of();
    /** Set while the URL's state is put on the inputs, which is not a change the person made. */
    private boolean showingUrl;

    ContentToolbar(Component columnChooser) {
        typeSelect.setItemLabelGenerator(t -> t.displayName() + " (" + Formats.count(countOf(t)) + ")");
        typeSelect.setWidth("18rem");
        typeSelect.addValueChangeListener(event -> {
            if (!showingUrl && event.getValue() != null) {
                type = event.getValue();
                onTypeChosen.run();
            }
        });
        search.setPlaceholder("Find in titles and text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setMaxLength(200);
        search.setWidth("20rem");
        search.addValueChangeListener(event -> filterChanged());
        statusSelect.setLabel("Status");
        statusSelect.setItems(ALL_STATUSES, "published", "draft");
        statusSelect.setValue(ALL_STATUSES);
        statusSelect.addValueChangeListener(event -> filterChanged());
        total.addClassName("grid-total");

        var exportLabel = new Span("Export");
        exportLabel.addClassName("export-label");
        newItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        newItem.addClassName("new-item");
        newItem.addClickListener(click -> {
            if (allTypes()) {
                Notifications.error("Choose a content type first.");
            } else {
                onNewItem.run();
            }
        });
        importButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importButton.addClassName("import-items");
        importButton.addClickListener(click -> onImport.run());
        transferActions.add(
                newItem,
                exportLabel,
                export("CSV", "export-csv", TransferFormat.CSV),
                export("JSON", "export-json", TransferFormat.JSON),
                importButton);
        transferActions.addClassName("transfer-actions");

        HorizontalLayout toolbar = getContent();
        toolbar.add(typeSelect, search, statusSelect, total, columnChooser, transferActions);
        toolbar.addClassName("content-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.setWidthFull();
    }

    /** Another type was chosen; {@link #type()} is it. */
    void onTypeChosen(Runnable listener) {
        onTypeChosen = listener;
    }

    /** The search or status changed; {@link #query()} is the new filter. */
    void onFilterChange(Runnable listener) {
        onFilterChange = listener;
    }

    /** New item was pressed while one type is chosen. */
    void onNewItem(Runnable listener) {
        onNewItem = listener;
    }

    void onImport(Runnable listener) {
        onImport = listener;
    }

    void onExport(Exporter listener) {
        exporter = listener;
    }

    /**
     * Offers the project's types and shows the URL's type, search and status; an unknown type shows all types.
     * Returns the type shown.
     */
    ContentTypeDefinition show(List<ContentTypeDefinition> projectTypes, ContentUrl url) {
        types = new LinkedHashMap<>();
        projectTypes.forEach(t -> types.put(t.key(), t));
        showingUrl = true;
        try {
            List<ContentTypeDefinition> choices = new ArrayList<>(projectTypes.size() + 1);
            choices.add(ALL_TYPES);
            choices.addAll(projectTypes);
            typeSelect.setItems(choices);
            type = url.type() == null ? ALL_TYPES : types.getOrDefault(url.type(), ALL_TYPES);
            search.setValue(url.query());
            statusSelect.setValue(
                    url.status() == null ? ALL_STATUSES : url.status().id());
            typeSelect.setValue(type);
        } finally {
            showingUrl = false;
        }
        return type;
    }

    /** The number of items of each type, which the type selector shows beside the names. */
    void showCounts(Map<String, Long> counts) {
        typeCounts = counts;
    }

    /** How many items the grid's filter matches. */
    void showTotal(long matching) {
        total.setText(Formats.count(matching) + " items");
    }

    /** A type's actions need one type; creating and importing need the right to edit. */
    void showActions(boolean canEdit) {
        transferActions.setVisible(!allTypes());
        newItem.setVisible(canEdit);
        importButton.setVisible(canEdit);
    }

    /** The chosen type; for all types an entry without fields (see {@link #allTypes()}). */
    ContentTypeDefinition type() {
        return type;
    }

    /** The item's type; the chosen one should the project no longer have it. */
    ContentTypeDefinition typeOf(ContentItemRow item) {
        return types.getOrDefault(item.typeKey(), type);
    }

    /** The project's types' names by their keys. */
    Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        types.values().forEach(t -> names.put(t.key(), t.displayName()));
        return names;
    }

    String displayName(String typeKey) {
        ContentTypeDefinition known = types.get(typeKey);
        return known == null ? typeKey : known.displayName();
    }

    /** The type a field is set on in bulk: the chosen one, or with all types the ticked rows' one type, or null. */
    ContentTypeDefinition typeForBulk(String selectedTypeKey) {
        return !allTypes() ? type : selectedTypeKey == null ? null : types.get(selectedTypeKey);
    }

    boolean allTypes() {
        return type == ALL_TYPES;
    }

    /** The filter the inputs describe; sorted by title until the grid says otherwise. */
    ContentQuery query() {
        String status = statusSelect.getValue();
        ItemStatus itemStatus = status == null || ALL_STATUSES.equals(status) ? null : ItemStatus.of(status);
        return ContentQuery.ofType(allTypes() ? null : type.key())
                .withText(search.getValue())
                .withStatus(itemStatus);
    }

    private void filterChanged() {
        if (!showingUrl) {
            onFilterChange.run();
        }
    }

    private long countOf(ContentTypeDefinition choice) {
        return choice == ALL_TYPES
                ? typeCounts.values().stream().mapToLong(Long::longValue).sum()
                : typeCounts.getOrDefault(choice.key(), 0L);
    }

    private Anchor export(String text, String className, TransferFormat format) {
        var anchor = new Anchor((DownloadEvent event) -> exporter.export(event, format), text);
        anchor.addClassName(className);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
