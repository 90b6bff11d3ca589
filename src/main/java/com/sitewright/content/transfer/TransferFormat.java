package com.sitewright.content.transfer;

import com.sitewright.base.InvalidInputException;
import java.util.Locale;

/** The file formats items are exported to and imported from. */
public enum TransferFormat {
    CSV("text/csv", "csv"),
    JSON("application/json", "json");

    private final String contentType;
    private final String extension;

    TransferFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The download's file name for a content type's items, e.g. {@code article.csv}. */
    public String fileName(String typeKey) {
        return typeKey + "." + extension;
    }

    public static TransferFormat of(String name) {
        try {
            return valueOf((name == null ? "csv" : name.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"format\" is csv or json.");
        }
    }
}
