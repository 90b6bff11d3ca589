package com.sitewright.generation.blueprint;

import java.util.List;

/**
 * An item's title plus the vocabulary choices it was built from, so fields can stay consistent with it. A part
 * is a word of a list or a record of a resource file (a wine, a room type) that the title was made from.
 */
record Title(String text, List<?> parts) {

    /** Patterns such as "%s, Explained" can start with a lower-case topic ("the French Press"); a title never does. */
    Title {
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }

    /** A part that is a word. */
    String part(int i) {
        return (String) parts.get(i);
    }

    /** A part that is a record, such as the wine a wine's title names. */
    <T> T part(int i, Class<T> type) {
        return type.cast(parts.get(i));
    }
}
