package com.sitewright.content.transfer;

import com.sitewright.model.FieldDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a field's value is written in a CSV cell and read back: text as it is, numbers and booleans plainly, a
 * reference as the target's ID, several references as IDs separated by "; ", JSON and blocks as JSON text.
 * Text that a spreadsheet would run as a formula is written behind an apostrophe, which spreadsheets read as "this is
 * text" (OWASP's advice on CSV injection), and reading such a cell takes the apostrophe away again.
 */
final class CsvCells {

    static final String LIST_SEPARATOR = "; ";
    /** The item's own columns, before its fields; a field keyed like one of them (a "slug" field) shares its column. */
    static final List<String> ITEM_COLUMNS = List.of("id", "slug", "status");

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final JsonMapper json;

    CsvCells(JsonMapper json) {
        this.json = json;
    }

    /** A value that could not be read: the reason, for the report. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    String write(FieldDefinition field, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case NUMBER, INTEGER, BOOLEAN -> plain(field, value);
            default -> asText(plain(field, value));
        };
    }

    private String plain(FieldDefinition field, Object value) {
        return switch (field.type()) {
            case REFERENCES ->
                value instanceof List<?> list
                        ? String.join(
                                LIST_SEPARATOR,
                                list.stream().map(String::valueOf).toList())
                        : String.valueOf(value);
            case JSON, BLOCKS -> json.writeValueAsString(value);
            case ASSET -> value instanceof String text ? text : json.writeValueAsString(value);
            case NUMBER ->
                value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15
                        ? Long.toString(number.longValue())
                        : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }

    /**
     * A cell that a spreadsheet opens as text: one starting with a formula's first character ({@code = + - @}, tab or
     * carriage return), optionally behind apostrophes, gets one apostrophe more.
     */
    static String asText(String cell) {
        return startsFormula(cell) ? "'" + cell : cell;
    }

    /** The value {@link #asText} was given. */
    static String fromText(String cell) {
        return cell.startsWith("'") && startsFormula(cell) ? cell.substring(1) : cell;
    }

    private static boolean startsFormula(String cell) {
        int first = 0;
        while (first < cell.length() && cell.charAt(first) == '\'') {
            first++;
        }
        return first < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(first)) >= 0;
    }

    /** The value of a cell, null for an empty one (which clears the field). */
    @Nullable
    Object read(FieldDefinition field, @Nullable String rawCell) throws Unreadable {
        String cell = rawCell == null
                ? null
                : switch (field.type()) {
                    case NUMBER, INTEGER, BOOLEAN -> rawCell;
                    default -> fromText(rawCell);
                };
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        return switch (field.type()) {
            case NUMBER -> {
                try {
                    double number = Double.parseDouble(text);
                    if (!Double.isFinite(number)) {
                        throw new NumberFormatException();
                    }
                    yield number;
                } catch (NumberFormatException e) {
                    throw new Unreadable("must be a number, not \"" + shortened(text) + "\"");
                }
            }
            case INTEGER -> {
                try {
                    yield Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new Unreadable("must be a whole number, not \"" + shortened(text) + "\"");
                }
            }
            case BOOLEAN ->
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1" -> Boolean.TRUE;
                    case "false", "no", "0" -> Boolean.FALSE;
                    default -> throw new Unreadable("must be true or false, not \"" + shortened(text) + "\"");
                };
            case REFERENCES ->
                Arrays.stream(text.split(";"))
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .toList();
            case JSON, BLOCKS -> parse(text);
            case ASSET -> text.startsWith("{") ? parse(text) : text;
            default -> cell;
        };
    }

    private Object parse(String text) throws Unreadable {
        try {
            return json.readValue(text, Object.class);
        } catch (JacksonException e) {
            throw new Unreadable("is not valid JSON");
        }
    }

    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
