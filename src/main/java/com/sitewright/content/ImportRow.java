package com.sitewright.content;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One item of an import file, as read: its row number in the file, the item it updates ({@code id}, null for a new
 * item), its slug and status when given, its field values, and what could not be read from the file.
 */
public record ImportRow(
        int row,
        @Nullable UUID id,
        @Nullable String slug,
        @Nullable ItemStatus status,
        Map<String, Object> data,
        List<ImportProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }
}
