package com.sitewright.llm;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON schema of an item batch answer, derived from the content type's fields: {"items": [...]}, each
 * item with its "key" and the type's fields. Slug fields are left out (the studio derives them from the key),
 * and so are asset fields (assets are not written by the model). References are candidates' keys.
 */
final class ItemSchema {

    static final String KEY = "key";
    static final String KEY_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    private ItemSchema() {}

    static Map<String, Object> of(ContentTypeDefinition type, Map<String, ContentTypeDefinition> components) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("type", "string");
        key.put("description", "unique kebab-case key made from the title");
        key.put("pattern", KEY_PATTERN);
        key.put("maxLength", 80);
        Map<String, Object> item = object(type, components, true);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) item.get("properties");
        Map<String, Object> withKey = new LinkedHashMap<>();
        withKey.put(KEY, key);
        withKey.putAll(properties);
        item.put("properties", withKey);
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) Objects.requireNonNull(item.get("required"), "required");
        required.addFirst(KEY);

        Map<String, Object> items = new LinkedHashMap<>();
        items.put("type", "array");
        items.put("items", item);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("required", List.of("items"));
        schema.put("additionalProperties", false);
        schema.put("properties", Map.of("items", items));
        return schema;
    }

    private static Map<String, Object> object(
            ContentTypeDefinition type, Map<String, ContentTypeDefinition> components, boolean allowBlocks) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (FieldDefinition field : type.fields()) {
            if (field.type() == FieldType.SLUG
                    || field.type() == FieldType.ASSET
                    || field.type() == FieldType.BLOCKS && !allowBlocks) {
                continue;
            }
            properties.put(field.key(), field(field, components));
            if (field.required()) {
                required.add(field.key());
            }
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        object.put("required", required);
        object.put("additionalProperties", false);
        object.put("properties", properties);
        return object;
    }

    private static Map<String, Object> field(FieldDefinition field, Map<String, ContentTypeDefinition> components) {
        Map<String, Object> schema = new LinkedHashMap<>();
        Validations v = field.validations();
        String description = field.label();
        switch (field.type()) {
            case TEXT, LONG_TEXT -> text(schema, v);
            case RICH_TEXT -> {
                text(schema, v);
                description += " (simple HTML)";
            }
            case NUMBER, INTEGER -> {
                schema.put("type", field.type() == FieldType.NUMBER ? "number" : "integer");
                putIfSet(schema, "minimum", v.min());
                putIfSet(schema, "maximum", v.max());
            }
            case BOOLEAN -> schema.put("type", "boolean");
            case DATE -> format(schema, "date");
            case DATE_TIME -> format(schema, "date-time");
            case URL -> {
                schema.put("type", "string");
                description += " (https://... or a path on the site such as /menu)";
            }
            case EMAIL -> format(schema, "email");
            case ENUM -> schema.put("enum", v.allowedValues() == null ? List.of() : v.allowedValues());
            case REFERENCE -> {
                schema.put("type", field.required() ? "string" : List.of("string", "null"));
                description += " (a candidate's \"type/key\": " + String.join(" or ", field.referenceTypes()) + ")";
            }
            case REFERENCES -> {
                schema.put("type", "array");
                schema.put("items", Map.of("type", "string"));
                putIfSet(schema, "minItems", v.minItems());
                putIfSet(schema, "maxItems", v.maxItems());
                description += " (candidates' \"type/key\": " + String.join(" or ", field.referenceTypes()) + ")";
            }
            case JSON -> schema.put("type", List.of("object", "array"));
            case BLOCKS -> {
                List<Object> choices = new ArrayList<>();
                for (String key : field.referenceTypes()) {
                    ContentTypeDefinition component = components.get(key);
                    if (component == null) {
                        continue;
                    }
                    Map<String, Object> block = object(component, components, false);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> properties = (Map<String, Object>) block.get("properties");
                    Map<String, Object> withType = new LinkedHashMap<>();
                    withType.put("type", Map.of("const", key));
                    withType.putAll(properties);
                    block.put("properties", withType);
                    @SuppressWarnings("unchecked")
                    List<String> required = (List<String>) Objects.requireNonNull(block.get("required"), "required");
                    required.addFirst("type");
                    choices.add(block);
                }
                schema.put("type", "array");
                schema.put("items", Map.of("anyOf", choices));
                putIfSet(schema, "minItems", v.minItems());
                putIfSet(schema, "maxItems", v.maxItems());
            }
            case SLUG, ASSET -> throw new IllegalArgumentException("not written by the model: " + field.type());
        }
        schema.put("description", description);
        return schema;
    }

    private static void text(Map<String, Object> schema, Validations v) {
        schema.put("type", "string");
        putIfSet(schema, "minLength", v.minLength());
        putIfSet(schema, "maxLength", v.maxLength());
        putIfSet(schema, "pattern", v.pattern());
        if (v.allowedValues() != null && !v.allowedValues().isEmpty()) {
            schema.put("enum", v.allowedValues());
        }
    }

    private static void format(Map<String, Object> schema, String format) {
        schema.put("type", "string");
        schema.put("format", format);
    }

    private static void putIfSet(Map<String, Object> schema, String key, @Nullable Object value) {
        if (value != null) {
            schema.put(
                    key,
                    value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                            ? (Object) d.longValue()
                            : value);
        }
    }
}
