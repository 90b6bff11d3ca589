package com.sitewright.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The field types of the canonical content model; {@link #id()} is the name used in JSON and the API. */
public enum FieldType {
    TEXT("text"),
    LONG_TEXT("longText"),
    RICH_TEXT("richText"),
    NUMBER("number"),
    INTEGER("integer"),
    BOOLEAN("boolean"),
    DATE("date"),
    DATE_TIME("dateTime"),
    ENUM("enum"),
    SLUG("slug"),
    URL("url"),
    EMAIL("email"),
    ASSET("asset"),
    REFERENCE("reference"),
    REFERENCES("references"),
    JSON("json"),
    BLOCKS("blocks");

    private final String id;

    FieldType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static FieldType of(String id) {
        return Arrays.stream(values())
                .filter(type -> type.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown field type: " + id));
    }

    /** Whether values of this type point to other items by their IDs. */
    public boolean isReference() {
        return this == REFERENCE || this == REFERENCES;
    }

    /** Whether values of this type are text a person can search and sort alphabetically. */
    public boolean isTextual() {
        return switch (this) {
            case TEXT, LONG_TEXT, SLUG, URL, EMAIL, ENUM -> true;
            default -> false;
        };
    }
}
