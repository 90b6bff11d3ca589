package com.sitewright.content.transfer;

import com.sitewright.contentmodel.FieldDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a field's value is written in a CSV cell and read back: text as it is, numbers and booleans plainly, a
 * reference as the target's ID, several references as IDs separated by "; ", JSON and blocks as JSON text.
 */
final class CsvCells {

    static final String LIST_SEPARATOR = "; ";

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

    String write(FieldDefinition field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case REFERENCES -> value instanceof List<?> list
                    ? String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList()) : String.valueOf(value);
            case JSON, BLOCKS -> json.writeValueAsString(value);
            case ASSET -> value instanceof String text ? text : json.writeValueAsString(value);
            case NUMBER -> value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15
                    ? Long.toString(number.longValue()) : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }

    /** The value of a cell, null for an empty one (which clears the field). */
    Object read(FieldDefinition field, String cell) throws Unreadable {
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
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> throw new Unreadable("must be true or false, not \"" + shortened(text) + "\"");
            };
            case REFERENCES -> Arrays.stream(text.split(";")).map(String::strip).filter(id -> !id.isEmpty()).toList();
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
