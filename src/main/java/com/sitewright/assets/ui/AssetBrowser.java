package com.sitewright.assets.ui;

import com.sitewright.assets.AssetService;
import com.sitewright.assets.AssetSummary;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Background;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Uploads;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A project's image library: an upload area, a search over file names and alt text, and the images in a grid that
 * loads page by page. New uploads are checked and stored off the UI thread, then selected.
 */
public final class AssetBrowser extends Composite<Div> implements HasSize {

    private static final String ACCEPTED = "PNG, JPEG, GIF or WebP";

    private final AssetService assets;
    private final UUID projectId;
    private final TextField search = new TextField();
    private final Grid<AssetSummary> grid = new Grid<>();
    private final Span problem = new Span();
    private final Span total = new Span();
    private Consumer<AssetSummary> onSelect = asset -> {};

    public AssetBrowser(AssetService assets, UUID projectId, boolean canUpload) {
        this.assets = assets;
        this.projectId = projectId;
        Div box = getContent();
        box.addClassName("asset-browser");
        problem.addClassName("asset-problem");
        problem.setVisible(false);
        search.setPlaceholder("Search by file name or alt text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh(selected().orElse(null)));
        search.addClassName("asset-search");
        search.setWidthFull();
        total.addClassName("asset-total");
        var toolbar = new Div(search, total);
        toolbar.addClassName("asset-toolbar");
        configureGrid();
        if (canUpload) {
            box.add(upload());
        }
        box.add(problem, toolbar, grid);
        refresh();
    }

    /** Called with the image a person selects, or null when the selection is cleared. */
    public void onSelect(Consumer<AssetSummary> listener) {
        this.onSelect = listener;
    }

    public Optional<AssetSummary> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    /** Loads the images again, with nothing selected. */
    public void refresh() {
        refresh(null);
    }

    /** Loads the images again and selects {@code asset} (as it is now), when given. */
    public void refresh(AssetSummary asset) {
        String text = search.getValue();
        long count = assets.count(projectId, text);
        total.setText(Formats.count(count) + (count == 1 ? " image" : " images"));
        // Rows are the same image by ID, so a fresh upload can be selected among the loaded ones.
        grid.setItems(query -> assets.page(projectId, text, query.getPage(), query.getPageSize()).stream())
                .setIdentifierProvider(AssetSummary::id);
        if (asset != null) {
            grid.select(asset);
        }
    }

    private void configureGrid() {
        grid.addClassName("asset-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(30);
        grid.addColumn(new ComponentRenderer<>(AssetBrowser::thumbnail))
                .setHeader("Image")
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(AssetSummary::fileName).setHeader("File").setFlexGrow(2);
        grid.addColumn(AssetSummary::alt).setHeader("Alt text").setFlexGrow(2);
        grid.addColumn(AssetBrowser::size).setHeader("Size").setWidth("11rem").setFlexGrow(0);
        grid.setEmptyStateText("No images yet: upload one above.");
        grid.asSingleSelect().addValueChangeListener(event -> onSelect.accept(event.getValue()));
    }

    private Upload upload() {
        var upload = new Upload();
        upload.addClassName("asset-upload");
        upload.setAcceptedFileTypes(
                "image/png", "image/jpeg", "image/gif", "image/webp", ".png", ".jpg", ".jpeg", ".gif", ".webp");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, assets.maxSize().toBytes()));
        upload.setMaxFiles(10);
        upload.setDropLabel(new Span(ACCEPTED + ", up to " + assets.maxSize().toMegabytes() + " MB"));
        upload.setUploadHandler(Uploads.inMemory(
                assets.maxSize().toBytes(),
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> Background.run(
                        ui,
                        () -> assets.upload(projectId, metadata.fileName(), bytes),
                        this::uploaded,
                        this::refused)))));
        upload.addFileRejectedListener(event -> showProblem(
                event.getErrorMessage().toLowerCase(Locale.ROOT).contains("large")
                        ? "\"" + event.getFileName() + "\" is larger than "
                                + assets.maxSize().toMegabytes() + " MB."
                        : "\"" + event.getFileName() + "\" is not a " + ACCEPTED + " image."));
        upload.addAllFinishedListener(event -> upload.clearFileList());
        return upload;
    }

    private void uploaded(AssetSummary asset) {
        problem.setVisible(false);
        search.clear();
        refresh(asset);
    }

    private void refused(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            showProblem(invalid.getMessage());
        } else {
            showProblem("The image could not be stored; try again.");
            throw e;
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static Image thumbnail(AssetSummary asset) {
        var image = new Image(asset.url(), asset.alt());
        image.addClassName("asset-thumbnail");
        image.getElement().setAttribute("loading", "lazy");
        return image;
    }

    private static String size(AssetSummary asset) {
        String bytes = Formats.bytes(asset.sizeBytes());
        return asset.width() == null ? bytes : asset.width() + "×" + asset.height() + " · " + bytes;
    }
}
