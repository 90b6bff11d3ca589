package com.sitewright.content;

import com.sitewright.base.InvalidInputException;

/** An import with problems: nothing was written, and the report says which rows and why. */
public class InvalidImportException extends InvalidInputException {

    private final ImportReport report;

    public InvalidImportException(ImportReport report) {
        super(report.errorCount() + (report.errorCount() == 1 ? " row has a problem" : " rows have problems")
                + "; nothing was imported. Fix them and import again.");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
