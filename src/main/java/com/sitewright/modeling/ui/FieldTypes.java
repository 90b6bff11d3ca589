package com.sitewright.modeling.ui;

import com.sitewright.model.FieldType;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** How the designer names and pictures each field type. */
final class FieldTypes {

    private FieldTypes() {}

    static String label(FieldType type) {
        return switch (type) {
            case TEXT -> "Text";
            case LONG_TEXT -> "Long text";
            case RICH_TEXT -> "Rich text";
            case NUMBER -> "Number";
            case INTEGER -> "Integer";
            case BOOLEAN -> "Boolean";
            case DATE -> "Date";
            case DATE_TIME -> "Date & time";
            case ENUM -> "Choice";
            case SLUG -> "Slug";
            case URL -> "URL";
            case EMAIL -> "Email";
            case ASSET -> "Asset";
            case REFERENCE -> "Reference";
            case REFERENCES -> "References";
            case JSON -> "JSON";
            case BLOCKS -> "Blocks";
        };
    }

    static Icon icon(FieldType type) {
        Icon icon = (switch (type) {
                    case TEXT -> VaadinIcon.TEXT_LABEL;
                    case LONG_TEXT -> VaadinIcon.ALIGN_LEFT;
                    case RICH_TEXT -> VaadinIcon.FILE_TEXT_O;
                    case NUMBER -> VaadinIcon.CALC;
                    case INTEGER -> VaadinIcon.HASH;
                    case BOOLEAN -> VaadinIcon.CHECK_SQUARE_O;
                    case DATE -> VaadinIcon.CALENDAR;
                    case DATE_TIME -> VaadinIcon.CALENDAR_CLOCK;
                    case ENUM -> VaadinIcon.LIST_SELECT;
                    case SLUG -> VaadinIcon.LINK;
                    case URL -> VaadinIcon.GLOBE;
                    case EMAIL -> VaadinIcon.ENVELOPE_O;
                    case ASSET -> VaadinIcon.PICTURE;
                    case REFERENCE -> VaadinIcon.CONNECT;
                    case REFERENCES -> VaadinIcon.CLUSTER;
                    case JSON -> VaadinIcon.CURLY_BRACKETS;
                    case BLOCKS -> VaadinIcon.GRID_BIG;
                })
                .create();
        icon.addClassName("field-type-icon");
        return icon;
    }

    /** Types whose values are text, so length and pattern rules apply. */
    static boolean hasLength(FieldType type) {
        return switch (type) {
            case TEXT, LONG_TEXT, RICH_TEXT, SLUG, URL, EMAIL -> true;
            default -> false;
        };
    }

    static boolean hasRange(FieldType type) {
        return type == FieldType.NUMBER || type == FieldType.INTEGER;
    }

    static boolean pointsToTypes(FieldType type) {
        return type.isReference() || type == FieldType.BLOCKS;
    }

    static boolean hasItems(FieldType type) {
        return type == FieldType.REFERENCES || type == FieldType.BLOCKS;
    }
}
