package com.sitewright.model;

/** One problem with a content item's data: the field (or "field[2].child" inside lists) and a human reason. */
public record ValidationError(String field, String reason) {

    @Override
    public String toString() {
        return field + " " + reason;
    }
}
