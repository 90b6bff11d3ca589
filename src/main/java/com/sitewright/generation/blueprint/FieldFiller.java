package com.sitewright.generation.blueprint;

import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills a type's fields in order. Values come from the field's source, else from defaults chosen by
 * field type and key; every value is then brought inside the field's length, range and item limits.
 */
final class FieldFiller {

    private FieldFiller() {}

    static void fill(TypeSpec type, ItemContext ctx, Map<String, Object> into) {
        type.bindings().forEach((name, source) -> ctx.bind(name, String.valueOf(source.next(ctx))));
        for (FieldSpec field : type.fields()) {
            FieldDefinition definition = field.definition();
            if (definition.type() == FieldType.ASSET) {
                continue;
            }
            if (!definition.required() && !ctx.chance(field.fillRate())) {
                continue;
            }
            Object value = field.source() != null ? field.source().next(ctx) : byType(definition, ctx);
            value = fit(definition, value);
            if (value == null) {
                if (definition.required()) {
                    throw new IllegalStateException(
                            "No value for required field " + type.key() + "." + definition.key());
                }
                continue;
            }
            into.put(definition.key(), value);
        }
    }

    /** An inline component object for a blocks field: its type key first, then its fields. */
    static Map<String, Object> block(String componentKey, ItemContext ctx) {
        TypeSpec component = ctx.blueprint().type(componentKey);
        return ctx.nested(map -> {
            map.put("type", componentKey);
            fill(component, ctx, map);
        });
    }

    private static Object byType(FieldDefinition field, ItemContext ctx) {
        Validations v = field.validations();
        String key = field.key().toLowerCase(Locale.ROOT);
        return switch (field.type()) {
            case TEXT -> text(key, ctx);
            case LONG_TEXT -> ctx.paragraph(ctx.between(2, 3));
            case RICH_TEXT -> ctx.richText(2, 4);
            case NUMBER -> ctx.decimal(v.min() == null ? 0 : v.min(), v.max() == null ? 100 : v.max(), 2);
            case INTEGER ->
                ctx.between(
                        v.min() == null ? 0 : v.min().intValue(),
                        v.max() == null ? 100 : v.max().intValue());
            case BOOLEAN -> ctx.chance(0.5);
            case DATE -> ctx.date(2023, 2026);
            case DATE_TIME -> ctx.dateTime(2023, 2026);
            case ENUM -> v.allowedValues() == null ? null : ctx.pick(v.allowedValues());
            case SLUG -> ctx.slug();
            case URL -> url(key, ctx);
            case EMAIL -> ctx.email(ctx.pick(List.of("hello", "info", "team", "press", "bookings")));
            case ASSET -> null;
            case REFERENCE -> ctx.ref(field.referenceTypes());
            case REFERENCES ->
                ctx.refs(
                        field.referenceTypes(),
                        v.minItems() == null ? 1 : v.minItems(),
                        v.maxItems() == null
                                ? Math.max(4, v.minItems() == null ? 1 : v.minItems())
                                : Math.min(v.maxItems(), 6));
            case JSON -> new LinkedHashMap<String, Object>();
            case BLOCKS -> blocks(field, ctx);
        };
    }

    private static List<Map<String, Object>> blocks(FieldDefinition field, ItemContext ctx) {
        Validations v = field.validations();
        int min = v.minItems() == null ? 1 : v.minItems();
        int max = v.maxItems() == null ? Math.max(min, 5) : Math.min(v.maxItems(), Math.max(min, 6));
        int n = ctx.between(min, max);
        List<Map<String, Object>> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            blocks.add(block(ctx.pick(field.referenceTypes()), ctx));
        }
        return blocks;
    }

    private static String text(String key, ItemContext ctx) {
        if (key.equals("title") || key.equals("name")) {
            return ctx.title();
        }
        if (key.contains("subheading")
                || key.contains("subtitle")
                || key.contains("tagline")
                || key.contains("summary")
                || key.contains("excerpt")
                || key.contains("intro")
                || key.contains("teaser")) {
            return ctx.sentence();
        }
        if (key.contains("heading") || key.contains("headline")) {
            return ctx.fill(ctx.pick("headline"));
        }
        if (key.endsWith("label")) {
            return ctx.pick("cta");
        }
        if (key.contains("phone")) {
            return ctx.phone();
        }
        if (key.equals("city")) {
            return ctx.site().city();
        }
        if (key.contains("postal") || key.contains("zip")) {
            return ctx.postalCode();
        }
        if (key.contains("address") || key.contains("street")) {
            return ctx.streetAddress();
        }
        if (key.contains("country")) {
            return ctx.site().country();
        }
        if (key.endsWith("name")) {
            return ctx.personName();
        }
        return ctx.sentence();
    }

    private static String url(String key, ItemContext ctx) {
        for (String network : List.of("instagram", "facebook", "linkedin", "youtube", "tiktok", "x")) {
            if (key.startsWith(network)) {
                return "https://www." + (network.equals("x") ? "x" : network) + ".com/"
                        + ctx.site().domain().replace(".com", "");
            }
        }
        if (key.contains("website") || key.contains("map") || key.contains("external")) {
            return ctx.siteUrl(ctx.sitePath());
        }
        return ctx.sitePath();
    }

    /** Keeps a value inside the field's declared limits so sources need not repeat them. */
    private static Object fit(FieldDefinition field, Object value) {
        if (value == null) {
            return null;
        }
        Validations v = field.validations();
        if (value instanceof String text) {
            if (text.isBlank()) {
                return null;
            }
            if (v.maxLength() != null && text.length() > v.maxLength() && field.type() != FieldType.RICH_TEXT) {
                return Text.truncate(text, v.maxLength());
            }
            return text;
        }
        if (value instanceof Double number) {
            double d = number;
            if (v.min() != null) {
                d = Math.max(v.min(), d);
            }
            if (v.max() != null) {
                d = Math.min(v.max(), d);
            }
            return d;
        }
        if (value instanceof Integer number) {
            int i = number;
            if (v.min() != null) {
                i = (int) Math.max(Math.ceil(v.min()), i);
            }
            if (v.max() != null) {
                i = (int) Math.min(Math.floor(v.max()), i);
            }
            return i;
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            if (v.maxItems() != null && list.size() > v.maxItems()) {
                return List.copyOf(list.subList(0, v.maxItems()));
            }
            return list;
        }
        return value;
    }
}
