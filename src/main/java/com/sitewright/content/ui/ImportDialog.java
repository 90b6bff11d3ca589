package com.sitewright.content.ui;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Background;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.Uploads;
import com.sitewright.content.ImportProblem;
import com.sitewright.content.ImportReport;
import com.sitewright.content.InvalidImportException;
import com.sitewright.content.transfer.TransferFormat;
import com.sitewright.content.transfer.TransferService;
import com.sitewright.model.ContentTypeDefinition;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import java.util.UUID;

/**
 * Import of a CSV or JSON file into one type: the file is checked first and every problem listed by row and field;
 * only a file without problems can be imported, and then completely.
 */
final class ImportDialog extends Dialog {

    private final TransferService transfer;
    private final UUID projectId;
    private final ContentTypeDefinition type;
    private final Runnable onImported;
    private final Div report = new Div();
    private final Button apply = new Button();
    private final Upload upload = new Upload();
    private byte[] file;
    private TransferFormat format;

    ImportDialog(TransferService transfer, UUID projectId, ContentTypeDefinition type, Runnable onImported) {
        this.transfer = transfer;
        this.projectId = projectId;
        this.type = type;
        this.onImported = onImported;
        setHeaderTitle("Import " + type.displayName() + " items");
        addClassName("import-dialog");
        setWidth("46rem");
        var hint = new Paragraph(
                "A CSV file whose first line names the columns (id, slug, status and field keys, as an export "
                        + "has them) or a JSON export. Rows with an id update that item, the others are new. Nothing is written until "
                        + "the whole file checks out.");
        hint.addClassName("import-hint");
        upload.setUploadHandler(Uploads.inMemory(TransferService.MAX_BYTES, (metadata, bytes) -> {
            String name = metadata.fileName() == null ? "" : metadata.fileName().toLowerCase(Locale.ROOT);
            TransferFormat chosen = name.endsWith(".json") ? TransferFormat.JSON : TransferFormat.CSV;
            getUI().ifPresent(ui -> ui.access(() -> {
                check(ui, bytes, chosen);
                // One file at a time: the next choice replaces this one.
                upload.clearFileList();
            }));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TransferService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".json", "text/csv", "application/json");
        upload.addFileRejectedListener(event -> showProblem(
                event.getErrorMessage().contains("large")
                        ? "The file is larger than " + (TransferService.MAX_BYTES / (1024 * 1024))
                                + " MB; split it into smaller files."
                        : "Choose a .csv or .json file."));
        report.addClassName("import-report");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClassName("apply-import");
        apply.setEnabled(false);
        apply.addClickListener(click -> apply());
        add(hint, upload, report);
        getFooter().add(new Button("Close", click -> close()), apply);
    }

    /** Checks the whole file off the UI thread (tens of thousands of rows take a moment); nothing is written. */
    private void check(UI ui, byte[] bytes, TransferFormat chosen) {
        file = bytes;
        format = chosen;
        apply.setEnabled(false);
        report.removeAll();
        report.add(working("Checking the file…"));
        Background.run(
                ui, () -> transfer.importFile(projectId, type.key(), chosen, bytes, true), this::show, this::refused);
    }

    /** Writes the checked file off the UI thread; it applies completely or not at all. */
    private void apply() {
        apply.setEnabled(false);
        report.add(working("Importing…"));
        Background.run(
                UI.getCurrent(),
                () -> transfer.importFile(projectId, type.key(), format, file, false),
                done -> {
                    close();
                    onImported.run();
                    Notifications.success("Imported: " + Formats.count(done.created()) + " new, "
                            + Formats.count(done.updated()) + " updated.");
                },
                this::refused);
    }

    private void refused(RuntimeException e) {
        if (e instanceof InvalidImportException invalid) {
            show(invalid.report());
        } else if (e instanceof InvalidInputException invalid) {
            showProblem(invalid.getMessage());
        } else {
            showProblem("The file could not be read; nothing was imported.");
            throw e;
        }
    }

    private static Div working(String what) {
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        var box = new Div(new Span(what), progress);
        box.addClassName("import-working");
        return box;
    }

    private void show(ImportReport checked) {
        report.removeAll();
        var summary = new Div(new Span(Formats.count(checked.valid()) + " valid rows: "
                + Formats.count(checked.created()) + " new, " + Formats.count(checked.updated()) + " updates"));
        summary.addClassName("import-summary");
        report.add(summary);
        if (checked.hasErrors()) {
            var problems = new Span(Formats.count(checked.errorCount())
                    + (checked.errorCount() == 1 ? " problem" : " problems")
                    + (checked.errorCount() > checked.errors().size()
                            ? " (the first " + Formats.count(checked.errors().size()) + " listed)"
                            : "")
                    + ": fix them in the file and choose it again.");
            problems.addClassName("import-problems-count");
            Grid<ImportProblem> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.addColumn(ImportProblem::row).setHeader("Row").setWidth("5rem").setFlexGrow(0);
            grid.addColumn(ImportProblem::field)
                    .setHeader("Field")
                    .setWidth("10rem")
                    .setFlexGrow(0);
            grid.addColumn(ImportProblem::reason).setHeader("Problem").setFlexGrow(1);
            grid.setItems(checked.errors());
            grid.setHeight("16rem");
            grid.addClassName("import-errors");
            report.add(problems, grid);
        }
        apply.setText("Import " + Formats.count(checked.valid()) + (checked.valid() == 1 ? " item" : " items"));
        apply.setEnabled(!checked.hasErrors() && checked.valid() > 0);
    }

    private void showProblem(String message) {
        report.removeAll();
        var problem = new Span(message);
        problem.addClassName("import-file-problem");
        report.add(problem);
        apply.setEnabled(false);
    }
}
