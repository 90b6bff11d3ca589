package com.sitewright.content;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import java.util.Locale;

/** The lower-cased text an item is found by: its title, slug and short text fields, bounded in size. */
final class SearchText {

    private static final int MAX_LENGTH = 2_000;

    private SearchText() {}

    static String of(ContentTypeDefinition type, NewContentItem item) {
        StringBuilder text =
                new StringBuilder(256).append(item.title()).append(' ').append(item.slug());
        for (FieldDefinition field : type.fields()) {
            if (field.type().isTextual() && item.data().get(field.key()) instanceof String value) {
                text.append(' ').append(value);
            }
            if (text.length() >= MAX_LENGTH) {
                break;
            }
        }
        String result = text.toString().toLowerCase(Locale.ROOT);
        return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH) : result;
    }
}
