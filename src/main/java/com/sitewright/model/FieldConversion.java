package com.sitewright.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Carries a stored value over when its field changes type: text to number when it reads as one, a date to a
 * date-time, one reference to a list of one, and so on. A value that cannot be carried over, or that breaks the
 * field's new rules, gives {@link Optional#empty()}, so the caller can list it before anything changes.
 */
public final class FieldConversion {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final ContentValidator VALIDATOR = new ContentValidator();

    private FieldConversion() {}

    /** Whether any value of {@code from} could become a value of {@code to} (the same type always can). */
    public static boolean possible(FieldType from, FieldType to) {
        if (from == to) {
            return true;
        }
        return switch (to) {
            case TEXT, LONG_TEXT, RICH_TEXT, NUMBER, INTEGER, BOOLEAN, DATE, DATE_TIME, ENUM, SLUG, URL, EMAIL ->
                from.isTextual() || textual(from);
            case REFERENCES -> from == FieldType.REFERENCE;
            case REFERENCE -> from == FieldType.REFERENCES;
            case ASSET, JSON, BLOCKS -> false;
        };
    }

    /** The value as the new field holds it, or empty when it cannot be carried over or breaks the field's rules. */
    public static Optional<Object> convert(Object value, FieldType from, FieldDefinition to) {
        if (value == null) {
            return Optional.empty();
        }
        Object converted = from == to.type() ? value : carry(value, from, to.type());
        if (converted == null) {
            return Optional.empty();
        }
        // The new field's own rules (allowed values, lengths, ranges, patterns) decide whether it fits.
        ContentTypeDefinition holder = new ContentTypeDefinition(
                "conversion", "Conversion", ContentKind.DATA, null, List.of(to.withRequired(false)));
        return VALIDATOR.validate(holder, Map.of(to.key(), converted)).isEmpty()
                ? Optional.of(converted)
                : Optional.empty();
    }

    /** Types whose values read as one line of text: numbers, booleans and dates print as themselves. */
    private static boolean textual(FieldType type) {
        return switch (type) {
            case RICH_TEXT, NUMBER, INTEGER, BOOLEAN, DATE, DATE_TIME -> true;
            default -> false;
        };
    }

    private static @Nullable Object carry(Object value, FieldType from, FieldType to) {
        if (to == FieldType.REFERENCES) {
            return from == FieldType.REFERENCE ? List.of(value) : null;
        }
        if (to == FieldType.REFERENCE) {
            return value instanceof List<?> list && list.size() == 1 ? list.getFirst() : null;
        }
        String text = asText(value, from);
        if (text == null) {
            return null;
        }
        return switch (to) {
            case TEXT, LONG_TEXT, ENUM, URL, EMAIL -> text;
            case RICH_TEXT -> "<p>" + escape(text) + "</p>";
            case NUMBER -> number(text);
            case INTEGER -> whole(text);
            case BOOLEAN -> bool(text);
            case DATE -> text.length() >= 10 && from == FieldType.DATE_TIME ? text.substring(0, 10) : text;
            case DATE_TIME -> from == FieldType.DATE ? text + "T00:00:00Z" : text;
            case SLUG -> slug(text);
            default -> null;
        };
    }

    private static @Nullable String asText(Object value, FieldType from) {
        return switch (value) {
            case String text
            when from == FieldType.RICH_TEXT ->
                unescape(TAG.matcher(text).replaceAll(" "))
                        .replaceAll("\\s+", " ")
                        .strip();
            case String text -> text.strip();
            case Number number -> plain(number);
            case Boolean flag -> flag.toString();
            default -> null;
        };
    }

    private static @Nullable Object number(String text) {
        try {
            double number = Double.parseDouble(text.replace(",", ""));
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Object whole(String text) {
        try {
            BigDecimal number = new BigDecimal(text.replace(",", ""));
            return number.stripTrailingZeros().scale() <= 0 ? number.longValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static @Nullable Object bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "on" -> Boolean.TRUE;
            case "false", "no", "n", "0", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static @Nullable String slug(String text) {
        String slug = NOT_SLUG.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT))
                .replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? null : slug;
    }

    private static String plain(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : Double.toString(value);
        }
        return number.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }
}
