package com.sitewright.content;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/** The short scalar values of an item that lists sort by, kept apart from the full document. */
public final class SortValues {

    /** Longer text sorts by its first characters; that is all a sort needs. */
    private static final int MAX_TEXT = 64;

    private SortValues() {}

    public static boolean isSortable(FieldDefinition field) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT, SLUG, URL, EMAIL, ENUM, NUMBER, INTEGER, BOOLEAN, DATE, DATE_TIME -> true;
            default -> false;
        };
    }

    static Map<String, Object> of(ContentTypeDefinition type, Map<String, Object> data) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDefinition field : type.fields()) {
            Object value = data.get(field.key());
            if (value == null || !isSortable(field)) {
                continue;
            }
            if (value instanceof String text) {
                values.put(field.key(), text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            } else if (value instanceof Number || value instanceof Boolean) {
                values.put(field.key(), value);
            }
        }
        return values;
    }
}
