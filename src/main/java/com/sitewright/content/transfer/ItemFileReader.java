package com.sitewright.content.transfer;

import com.sitewright.base.InvalidInputException;
import com.sitewright.content.ImportProblem;
import com.sitewright.content.ImportRow;
import com.sitewright.content.ItemStatus;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import file into rows for one content type. What is wrong with the file as a whole (not text, no
 * header, too many rows) is refused at once; what is wrong with a row or a cell becomes a problem of that row, so
 * that the report lists them all.
 */
final class ItemFileReader {

    static final int MAX_ROWS = 50_000;
    private final JsonMapper json;
    private final CsvCells cells;

    ItemFileReader(JsonMapper json) {
        this.json = json;
        this.cells = new CsvCells(json);
    }

    List<ImportRow> read(ContentTypeDefinition type, TransferFormat format, byte[] bytes) {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new InvalidInputException("The file is empty.");
        }
        return format == TransferFormat.CSV ? csv(type, text) : json(type, text);
    }

    private List<ImportRow> csv(ContentTypeDefinition type, String text) {
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setTrim(false)
                .get();
        try (CSVParser parser = csv.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            List<ImportProblem> headerProblems = new ArrayList<>();
            int known = 0;
            for (String column : header) {
                if (CsvCells.ITEM_COLUMNS.contains(column) || type.field(column).isPresent()) {
                    known++;
                } else {
                    headerProblems.add(new ImportProblem(
                            1,
                            column.isBlank() ? "(empty column name)" : CsvCells.shortened(column),
                            "is not a field of " + type.displayName()));
                }
            }
            if (known == 0) {
                throw new InvalidInputException(
                        "The first line of a CSV file names its columns: id, slug, status and field keys of "
                                + type.displayName() + " ("
                                + String.join(
                                        ", ",
                                        type.fields().stream()
                                                .map(FieldDefinition::key)
                                                .toList())
                                + "). This file's first line names none of them; is it CSV?");
            }
            List<ImportRow> rows = new ArrayList<>();
            boolean first = true;
            for (CSVRecord record : parser) {
                int rowNumber = (int) record.getRecordNumber() + 1;
                checkSize(rows.size());
                List<ImportProblem> problems = new ArrayList<>(first ? headerProblems : List.of());
                first = false;
                Map<String, Object> data = new LinkedHashMap<>();
                UUID id = null;
                String slug = null;
                ItemStatus status = null;
                if (!record.isConsistent()) {
                    problems.add(new ImportProblem(
                            rowNumber, "(row)", "has " + record.size() + " cells; the header has " + header.size()));
                }
                for (String column : header) {
                    if (!record.isSet(column)) {
                        continue;
                    }
                    String cell = record.get(column);
                    switch (column) {
                        case "id" -> id = id(cell, rowNumber, problems);
                        case "slug" -> {
                            String value = cell.isBlank() ? null : cell.strip();
                            slug = value;
                            type.field("slug").ifPresent(field -> data.put(field.key(), value));
                        }
                        case "status" -> status = status(cell, rowNumber, problems);
                        default ->
                            type.field(column).ifPresent(field -> {
                                try {
                                    data.put(field.key(), cells.read(field, cell));
                                } catch (CsvCells.Unreadable e) {
                                    problems.add(
                                            new ImportProblem(rowNumber, field.key(), String.valueOf(e.getMessage())));
                                }
                            });
                    }
                }
                rows.add(new ImportRow(rowNumber, id, slug, status, data, problems));
            }
            if (rows.isEmpty()) {
                throw new InvalidInputException("The file has a header but no rows.");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(
                    "The file is not valid CSV: " + CsvCells.shortened(String.valueOf(e.getMessage())));
        }
    }

    private List<ImportRow> json(ContentTypeDefinition type, String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidInputException(
                    "The file is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ").");
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException(
                    "A JSON import is an array of items: [{\"id\", \"slug\", \"status\", \"data\": {…}}, …].");
        }
        List<ImportRow> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode element : root) {
            number++;
            checkSize(rows.size());
            List<ImportProblem> problems = new ArrayList<>();
            if (!element.isObject() || !element.path("data").isObject()) {
                problems.add(new ImportProblem(number, "(item)", "must be an object with a \"data\" object"));
                rows.add(new ImportRow(number, null, null, null, Map.of(), problems));
                continue;
            }
            UUID id = element.hasNonNull("id") ? id(element.path("id").asString(""), number, problems) : null;
            String slug = element.hasNonNull("slug")
                    ? element.path("slug").asString("").strip()
                    : null;
            ItemStatus status =
                    element.hasNonNull("status") ? status(element.path("status").asString(""), number, problems) : null;
            Map<String, Object> data = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : element.path("data").properties()) {
                if (type.field(entry.getKey()).isEmpty()) {
                    problems.add(new ImportProblem(
                            number, CsvCells.shortened(entry.getKey()), "is not a field of " + type.displayName()));
                } else {
                    data.put(
                            entry.getKey(),
                            entry.getValue().isNull() ? null : json.treeToValue(entry.getValue(), Object.class));
                }
            }
            rows.add(new ImportRow(number, id, slug == null || slug.isEmpty() ? null : slug, status, data, problems));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("The file holds no items.");
        }
        return rows;
    }

    private static @Nullable UUID id(@Nullable String text, int row, List<ImportProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(row, "id", "is not an item ID: \"" + CsvCells.shortened(text) + "\""));
            return null;
        }
    }

    private static @Nullable ItemStatus status(@Nullable String text, int row, List<ImportProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ItemStatus.of(text);
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(
                    row, "status", "is draft or published, not \"" + CsvCells.shortened(text) + "\""));
            return null;
        }
    }

    private static void checkSize(int rows) {
        if (rows >= MAX_ROWS) {
            throw new InvalidInputException(
                    "An import holds at most " + String.format("%,d", MAX_ROWS) + " items; split the file.");
        }
    }

    /** UTF-8 text (a byte-order mark is dropped); anything else is refused before parsing. */
    private static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidInputException(
                        "The file is not text: save it as CSV (UTF-8) or JSON and import that.");
            }
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(
                    "The file is not UTF-8 text: save it as CSV (UTF-8) or JSON and import that.");
        }
    }
}
