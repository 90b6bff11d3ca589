package com.sitewright.content.bulk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.sitewright.base.InvalidInputException;
import java.util.Locale;

/** What a bulk operation does to each selected item. */
public enum BulkAction {
    PUBLISH("Publish", "published"),
    UNPUBLISH("Unpublish", "unpublished"),
    DELETE("Delete", "deleted"),
    SET("Set field", "changed");

    private final String label;
    private final String pastTense;

    BulkAction(String label, String pastTense) {
        this.label = label;
        this.pastTense = pastTense;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String pastTense() {
        return pastTense;
    }

    @JsonCreator
    public static BulkAction of(String id) {
        for (BulkAction action : values()) {
            if (action.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return action;
            }
        }
        throw new InvalidInputException("\"action\" is one of publish, unpublish, delete or set.");
    }
}
