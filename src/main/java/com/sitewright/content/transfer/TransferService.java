package com.sitewright.content.transfer;

import com.sitewright.base.InvalidInputException;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ContentService;
import com.sitewright.content.ImportReport;
import com.sitewright.content.ImportRow;
import com.sitewright.content.ItemStatus;
import com.sitewright.model.ContentModelService;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exporting a type's items (all, or the ones a filter matches) as CSV or JSON, and importing such a file: checked
 * row by row into a report (row, field, reason) before anything is written, then applied completely or not at all.
 */
@Service
public class TransferService {

    /** Larger files are refused before they are read. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final int PAGE = ContentService.MAX_PAGE_SIZE;

    private final ContentService content;
    private final ContentModelService model;
    private final JsonMapper json;
    private final ItemFileReader reader;
    private final CsvCells cells;

    TransferService(ContentService content, ContentModelService model, JsonMapper json) {
        this.content = content;
        this.model = model;
        this.json = json;
        this.reader = new ItemFileReader(json);
        this.cells = new CsvCells(json);
    }

    /** Checks that the export can be made (the type exists, the user may read it) before the download starts. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public ContentTypeDefinition exportable(UUID projectId, String typeKey) {
        if (typeKey == null || typeKey.isBlank()) {
            throw new InvalidInputException("Name the content type to export (\"type\").");
        }
        return model.type(projectId, typeKey);
    }

    /** Writes the type's items that match the search and status, a page at a time, so any number fits. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public void export(
            UUID projectId,
            String typeKey,
            @Nullable String text,
            @Nullable ItemStatus status,
            TransferFormat format,
            OutputStream out) {
        ContentTypeDefinition type = exportable(projectId, typeKey);
        ContentQuery query = new ContentQuery(typeKey, text, status, "title", true);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (format == TransferFormat.CSV) {
                exportCsv(projectId, type, query, writer);
            } else {
                exportJson(projectId, type, query, writer);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the file and checks every row; with {@code dryRun} (or any problem) nothing is written. A file with
     * problems and {@code dryRun=false} throws {@link com.sitewright.content.InvalidImportException} with the report.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public ImportReport importFile(UUID projectId, String typeKey, TransferFormat format, byte[] file, boolean dryRun) {
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException("The file is " + (file.length / (1024 * 1024))
                    + " MB; an import is at most " + (MAX_BYTES / (1024 * 1024)) + " MB. Split it into smaller files.");
        }
        ContentTypeDefinition type = exportable(projectId, typeKey);
        List<ImportRow> rows = reader.read(type, format, file);
        return dryRun ? content.checkImport(projectId, typeKey, rows) : content.importItems(projectId, typeKey, rows);
    }

    private void exportCsv(UUID projectId, ContentTypeDefinition type, ContentQuery query, Writer writer)
            throws IOException {
        List<String> header = new ArrayList<>(CsvCells.ITEM_COLUMNS);
        List<FieldDefinition> fields = type.fields().stream()
                .filter(field -> !CsvCells.ITEM_COLUMNS.contains(field.key()))
                .toList();
        fields.forEach(field -> header.add(field.key()));
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
        pages(projectId, query, row -> {
            List<String> cellsOfRow = new ArrayList<>(header.size());
            cellsOfRow.add(row.id().toString());
            cellsOfRow.add(row.slug());
            cellsOfRow.add(row.status().name().toLowerCase(java.util.Locale.ROOT));
            for (FieldDefinition field : fields) {
                cellsOfRow.add(cells.write(field, row.data().get(field.key())));
            }
            try {
                printer.printRecord(cellsOfRow);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    private void exportJson(UUID projectId, ContentTypeDefinition type, ContentQuery query, Writer writer) {
        // Not closed here: closing the generator would close the response's stream before the caller flushes it.
        JsonGenerator generator = json.createGenerator(writer);
        generator.writeStartArray();
        pages(projectId, query, row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", row.id());
            item.put("slug", row.slug());
            item.put("status", row.status().name().toLowerCase(java.util.Locale.ROOT));
            Map<String, Object> data = new LinkedHashMap<>();
            type.fields().forEach(field -> {
                if (row.data().containsKey(field.key())) {
                    data.put(field.key(), row.data().get(field.key()));
                }
            });
            item.put("data", data);
            json.writeValue(generator, item);
        });
        generator.writeEndArray();
        generator.flush();
    }

    /** Every matching item, a page at a time in title order. */
    private void pages(UUID projectId, ContentQuery query, Consumer<ContentItemRow> each) {
        for (int offset = 0; ; offset += PAGE) {
            List<ContentItemRow> page = content.page(projectId, query, offset, PAGE);
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
