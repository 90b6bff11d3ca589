package com.sitewright.model;

import static com.sitewright.model.FieldType.ASSET;
import static com.sitewright.model.FieldType.BLOCKS;
import static com.sitewright.model.FieldType.ENUM;
import static com.sitewright.model.FieldType.INTEGER;
import static com.sitewright.model.FieldType.JSON;
import static com.sitewright.model.FieldType.LONG_TEXT;
import static com.sitewright.model.FieldType.NUMBER;
import static com.sitewright.model.FieldType.REFERENCE;
import static com.sitewright.model.FieldType.REFERENCES;
import static com.sitewright.model.FieldType.RICH_TEXT;
import static com.sitewright.model.FieldType.TEXT;
import static com.sitewright.model.FieldType.URL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a field means on a page, apart from its storage type: generated sites choose a type's layout
 * (product, event, location, article, person) from the roles its fields have. {@link #NONE} switches
 * off the role a field's key would otherwise get.
 */
public enum FieldRole {
    TITLE("title", "Title", EnumSet.of(TEXT)),
    SUMMARY("summary", "Summary", EnumSet.of(TEXT, LONG_TEXT, RICH_TEXT)),
    BODY("body", "Body", EnumSet.of(RICH_TEXT, LONG_TEXT, BLOCKS)),
    IMAGE("image", "Image", EnumSet.of(ASSET, REFERENCE)),
    GALLERY("gallery", "Gallery", EnumSet.of(REFERENCES, JSON)),
    PRICE("price", "Price", EnumSet.of(NUMBER, INTEGER)),
    DATE("date", "Date", EnumSet.of(FieldType.DATE, FieldType.DATE_TIME)),
    START("start", "Starts", EnumSet.of(FieldType.DATE, FieldType.DATE_TIME)),
    END("end", "Ends", EnumSet.of(FieldType.DATE, FieldType.DATE_TIME)),
    ADDRESS("address", "Address or place", EnumSet.of(TEXT, LONG_TEXT, JSON, REFERENCE)),
    GEO("geo", "Map position", EnumSet.of(NUMBER, JSON, TEXT)),
    HOURS("hours", "Opening hours", EnumSet.of(JSON, TEXT, LONG_TEXT, RICH_TEXT)),
    PERSON("person", "Person", EnumSet.of(REFERENCE, REFERENCES, TEXT)),
    RATING("rating", "Rating", EnumSet.of(NUMBER, INTEGER)),
    CATEGORY("category", "Category", EnumSet.of(ENUM, REFERENCE, TEXT)),
    TAGS("tags", "Tags", EnumSet.of(REFERENCES, JSON, TEXT)),
    CTA("cta", "Call to action", EnumSet.of(URL, REFERENCE)),
    NONE("none", "No role", EnumSet.allOf(FieldType.class));

    private final String id;
    private final String label;
    private final Set<FieldType> types;

    FieldRole(String id, String label, Set<FieldType> types) {
        this.id = id;
        this.label = label;
        this.types = types;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether a field of this storage type can carry the role (a price is a number, a date a date). */
    public boolean fits(FieldType type) {
        return types.contains(type);
    }

    @JsonCreator
    public static FieldRole of(String id) {
        return Arrays.stream(values())
                .filter(role -> role.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown field role: " + id + " (one of "
                        + String.join(
                                ", ", Arrays.stream(values()).map(FieldRole::id).toList()) + ")"));
    }
}
