package com.sitewright.content;

import java.util.List;

/**
 * What an import does or would do: how many rows are valid, the problems of the others (the first
 * {@link #MAX_LISTED} of {@code errorCount}), how many items the valid rows create and update, and whether it was
 * written.
 */
public record ImportReport(
        int valid, int errorCount, List<ImportProblem> errors, int created, int updated, boolean written) {

    public static final int MAX_LISTED = 1_000;

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }
}
