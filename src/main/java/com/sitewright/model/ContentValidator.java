package com.sitewright.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a content item's data against its type: required fields, value types, lengths, ranges,
 * patterns, allowed values, list sizes, and the shape of slugs, emails, URLs and references.
 * Whether referenced items exist is not checked here. Thread-safe.
 */
public final class ContentValidator {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    /** Blocks carry their component type in this key besides the component's own fields. */
    public static final String BLOCK_TYPE_KEY = "type";

    /** Validates data; block entries are checked for shape and allowed type only. */
    public List<ValidationError> validate(ContentTypeDefinition type, Map<String, Object> data) {
        return validate(type, data, key -> Optional.empty());
    }

    /**
     * Validates data, and validates each block entry's fields against the component type the
     * lookup returns for its {@code type}.
     */
    public List<ValidationError> validate(
            ContentTypeDefinition type,
            Map<String, Object> data,
            Function<String, Optional<ContentTypeDefinition>> components) {
        List<ValidationError> errors = new ArrayList<>();
        validateObject(type, data == null ? Map.of() : data, "", false, components, errors);
        return errors;
    }

    private void validateObject(
            ContentTypeDefinition type,
            Map<String, Object> data,
            String prefix,
            boolean block,
            Function<String, Optional<ContentTypeDefinition>> components,
            List<ValidationError> errors) {
        for (String key : data.keySet()) {
            if (type.field(key).isEmpty() && !(block && key.equals(BLOCK_TYPE_KEY))) {
                errors.add(new ValidationError(prefix + key, "is not a field of " + type.displayName()));
            }
        }
        for (FieldDefinition field : type.fields()) {
            validateField(field, data.get(field.key()), prefix + field.key(), components, errors);
        }
    }

    private void validateField(
            FieldDefinition field,
            @Nullable Object value,
            String name,
            Function<String, Optional<ContentTypeDefinition>> components,
            List<ValidationError> errors) {
        if (value == null || isEmpty(value)) {
            if (field.required()) {
                errors.add(new ValidationError(name, "is required"));
            }
            return;
        }
        int before = errors.size();
        checkType(field, value, name, components, errors);
        if (errors.size() == before) {
            checkRules(field.validations(), value, name, errors);
        }
    }

    private static boolean isEmpty(@Nullable Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }

    private void checkType(
            FieldDefinition field,
            Object value,
            String name,
            Function<String, Optional<ContentTypeDefinition>> components,
            List<ValidationError> errors) {
        switch (field.type()) {
            case TEXT, LONG_TEXT, RICH_TEXT -> require(value instanceof String, name, "must be text", errors);
            case NUMBER ->
                require(
                        value instanceof Number n && Double.isFinite(n.doubleValue()),
                        name,
                        "must be a number",
                        errors);
            case INTEGER -> require(isWholeNumber(value), name, "must be a whole number", errors);
            case BOOLEAN -> require(value instanceof Boolean, name, "must be true or false", errors);
            case DATE ->
                require(value instanceof String text && isDate(text), name, "must be a date like 2026-03-14", errors);
            case DATE_TIME ->
                require(
                        value instanceof String text && isDateTime(text),
                        name,
                        "must be a date and time like 2026-03-14T09:30:00Z",
                        errors);
            case ENUM -> require(value instanceof String, name, "must be one of the listed values", errors);
            case SLUG ->
                require(
                        value instanceof String text && SLUG.matcher(text).matches(),
                        name,
                        "must be lowercase letters and digits separated by single hyphens",
                        errors);
            case URL ->
                require(
                        value instanceof String text && isUrl(text),
                        name,
                        "must be a web address (https://...) or a path on this site (/...)",
                        errors);
            case EMAIL ->
                require(
                        value instanceof String text && EMAIL.matcher(text).matches() && text.length() <= 254,
                        name,
                        "must be an email address",
                        errors);
            case ASSET ->
                require(
                        isAsset(value),
                        name,
                        "must be an asset: an image address (https://... or /...), an asset ID, or an object with such a \"url\"",
                        errors);
            case REFERENCE -> require(isUuid(value), name, "must be the id of a content item", errors);
            case REFERENCES -> checkReferences(value, name, errors);
            case JSON ->
                require(
                        value instanceof Map<?, ?> || value instanceof List<?>,
                        name,
                        "must be a JSON object or array",
                        errors);
            case BLOCKS -> checkBlocks(field, value, name, components, errors);
        }
    }

    private static void checkReferences(Object value, String name, List<ValidationError> errors) {
        if (!(value instanceof List<?> list)) {
            errors.add(new ValidationError(name, "must be a list of content item ids"));
            return;
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Object id = list.get(i);
            if (!isUuid(id)) {
                errors.add(new ValidationError(name + "[" + i + "]", "must be the id of a content item"));
            } else if (!seen.add(((String) id).toLowerCase(Locale.ROOT))) {
                errors.add(new ValidationError(name + "[" + i + "]", "lists the same item twice"));
            }
        }
    }

    private void checkBlocks(
            FieldDefinition field,
            Object value,
            String name,
            Function<String, Optional<ContentTypeDefinition>> components,
            List<ValidationError> errors) {
        if (!(value instanceof List<?> list)) {
            errors.add(new ValidationError(name, "must be a list of blocks"));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String entry = name + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> block) || !(block.get(BLOCK_TYPE_KEY) instanceof String blockType)) {
                errors.add(new ValidationError(entry, "must be a block with a type"));
                continue;
            }
            if (!field.referenceTypes().isEmpty() && !field.referenceTypes().contains(blockType)) {
                errors.add(new ValidationError(entry, "is a " + blockType + " block, which is not allowed here"));
                continue;
            }
            Optional<ContentTypeDefinition> component = components.apply(blockType);
            if (component.isPresent()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) block;
                validateObject(component.get(), fields, entry + ".", true, components, errors);
            }
        }
    }

    private void checkRules(Validations rules, Object value, String name, List<ValidationError> errors) {
        if (value instanceof String text) {
            int length = text.codePointCount(0, text.length());
            if (rules.minLength() != null && length < rules.minLength()) {
                errors.add(new ValidationError(name, "must be at least " + rules.minLength() + " characters"));
            }
            if (rules.maxLength() != null && length > rules.maxLength()) {
                errors.add(new ValidationError(name, "must be at most " + rules.maxLength() + " characters"));
            }
            if (rules.pattern() != null) {
                checkPattern(rules.pattern(), text, name, errors);
            }
            if (rules.allowedValues() != null
                    && !rules.allowedValues().isEmpty()
                    && !rules.allowedValues().contains(text)) {
                errors.add(new ValidationError(name, "must be one of: " + String.join(", ", rules.allowedValues())));
            }
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (rules.min() != null && d < rules.min()) {
                errors.add(new ValidationError(name, "must be at least " + plain(rules.min())));
            }
            if (rules.max() != null && d > rules.max()) {
                errors.add(new ValidationError(name, "must be at most " + plain(rules.max())));
            }
        }
        if (value instanceof List<?> list) {
            if (rules.minItems() != null && list.size() < rules.minItems()) {
                errors.add(new ValidationError(
                        name,
                        "must have at least " + rules.minItems() + " " + (rules.minItems() == 1 ? "item" : "items")));
            }
            if (rules.maxItems() != null && list.size() > rules.maxItems()) {
                errors.add(new ValidationError(
                        name,
                        "must have at most " + rules.maxItems() + " " + (rules.maxItems() == 1 ? "item" : "items")));
            }
        }
    }

    private static void checkPattern(String pattern, String text, String name, List<ValidationError> errors) {
        switch (FieldPatterns.match(pattern, text)) {
            case MATCHES -> {}
            case DIFFERS -> errors.add(new ValidationError(name, "must match the pattern " + pattern));
            case UNUSABLE_PATTERN -> errors.add(new ValidationError(name, "has an invalid pattern in its definition"));
            case TOO_SLOW ->
                errors.add(new ValidationError(
                        name,
                        "could not be checked against its pattern in time; simplify the pattern or shorten the text"));
        }
    }

    private static void require(boolean ok, String name, String reason, List<ValidationError> errors) {
        if (!ok) {
            errors.add(new ValidationError(name, reason));
        }
    }

    private static boolean isWholeNumber(Object value) {
        return switch (value) {
            case Integer i -> true;
            case Long l -> true;
            case Short s -> true;
            case Byte b -> true;
            case BigInteger b -> true;
            case BigDecimal d -> d.stripTrailingZeros().scale() <= 0;
            case Double d -> Double.isFinite(d) && d == Math.rint(d);
            case Float f -> Float.isFinite(f) && f == Math.rint(f);
            default -> false;
        };
    }

    private static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Absolute http(s) URLs with a host, or root-relative paths on the site itself. */
    /** An asset's address is shown as an image: only web addresses and site paths, never script or data URLs. */
    private static boolean isAsset(Object value) {
        if (value instanceof String text) {
            return isUuid(text) || isUrl(text);
        }
        if (value instanceof Map<?, ?> map) {
            Object url = map.get("url");
            return url == null || url instanceof String address && isUrl(address);
        }
        return false;
    }

    private static boolean isUrl(String text) {
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (text.startsWith("/")) {
            return !text.startsWith("//");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isUuid(Object value) {
        if (!(value instanceof String text) || !UUID_TEXT.matcher(text).matches()) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String plain(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? String.valueOf((long) number)
                : String.valueOf(number);
    }
}
