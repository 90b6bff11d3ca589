package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import com.sitewright.cms.VendorKeys;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.connection.OpenConnection;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The studio's model and values in Optimizely SaaS CMS's terms (the README's mapping table): PascalCase type keys,
 * pages as {@code _page} and everything else as {@code _component}, property values wrapped in {@code {"value"}},
 * references as {@code cms://content/<key>}, blocks as inline components in a content array.
 */
@Component
class OptimizelyVendor implements CmsVendor {

    static final int MAX_NAME = 255;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;

    OptimizelyVendor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CmsProvider provider() {
        return CmsProvider.OPTIMIZELY;
    }

    @Override
    public String target(OpenConnection connection) {
        return "optimizely " + connection.value("cmsUrl") + " " + connection.value("clientId") + " "
                + connection.value("locale");
    }

    @Override
    public VendorModel map(List<ContentTypeDefinition> model, OpenConnection connection) {
        List<VendorType> types = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, ContentTypeDefinition> byKey = new LinkedHashMap<>();
        model.forEach(type -> byKey.put(type.key(), type));
        for (ContentTypeDefinition type : model) {
            ObjectNode body = JSON.createObjectNode();
            body.put("key", VendorKeys.optimizelyType(type.key()));
            body.put("displayName", limit(type.displayName()));
            if (type.description() != null && !type.description().isBlank()) {
                body.put("description", type.description());
            }
            body.put("baseType", type.kind() == ContentKind.PAGE ? "_page" : "_component");
            ObjectNode properties = body.putObject("properties");
            int order = 0;
            for (FieldDefinition field : type.fields()) {
                ObjectNode property = property(field, byKey, type, notes);
                property.put("displayName", limit(field.label()));
                if (field.helpText() != null) {
                    property.put("description", field.helpText());
                }
                property.put("sortOrder", order++);
                if (field.required()) {
                    property.put("isRequired", true);
                }
                if (field.localized()) {
                    property.put("isLocalized", true);
                }
                properties.set(field.key(), property);
                if (field.type() == FieldType.ASSET) {
                    String alt = VendorKeys.altProperty(field.key());
                    if (type.field(alt).isPresent()) {
                        notes.add(type.key() + "." + field.key() + ": the image's alt text has no property of its own, "
                                + "since the type already has a field " + alt + ".");
                    } else {
                        ObjectNode altProperty = JSON.createObjectNode();
                        altProperty.put("type", "string");
                        altProperty.put("displayName", limit(field.label() + " alt text"));
                        altProperty.put("sortOrder", order++);
                        properties.set(alt, altProperty);
                    }
                }
            }
            types.add(new VendorType(type.key(), VendorKeys.optimizelyType(type.key()), body));
        }
        notes.add("Unpublishing an item in the studio writes a draft version; the version Optimizely last published "
                + "stays live until it is unpublished in Optimizely.");
        notes.add("Types removed from the studio stay in Optimizely (removing a type there deletes its content).");
        return new VendorModel(types, List.copyOf(notes), Map.of());
    }

    private static ObjectNode property(
            FieldDefinition field,
            Map<String, ContentTypeDefinition> model,
            ContentTypeDefinition owner,
            List<String> notes) {
        ObjectNode property = JSON.createObjectNode();
        Validations rules = field.validations();
        String where = owner.key() + "." + field.key();
        switch (field.type()) {
            case TEXT, LONG_TEXT, SLUG, EMAIL, ENUM -> {
                property.put("type", "string");
                strings(property, rules, field.type() == FieldType.ENUM || rules.allowedValues() != null);
                if (field.type() == FieldType.EMAIL) {
                    notes.add(where + ": an email address is a string in Optimizely; the studio checks its format.");
                }
            }
            case URL -> property.put("type", "url");
            case RICH_TEXT -> property.put("type", "richText");
            case NUMBER -> {
                property.put("type", "float");
                range(property, rules, false);
            }
            case INTEGER -> {
                property.put("type", "integer");
                range(property, rules, true);
            }
            case BOOLEAN -> property.put("type", "boolean");
            case DATE -> {
                property.put("type", "dateTime");
                notes.add(where + ": a date is a date and time in Optimizely (midnight UTC).");
            }
            case DATE_TIME -> property.put("type", "dateTime");
            case JSON -> property.put("type", "json");
            case ASSET -> {
                property.put("type", "contentReference");
                property.putArray("allowedTypes").add("_image");
            }
            case REFERENCE -> {
                property.put("type", "contentReference");
                allowed(property, field.referenceTypes(), model);
            }
            case REFERENCES -> {
                property.put("type", "array");
                items(property, rules);
                ObjectNode items = property.putObject("items");
                items.put("type", "contentReference");
                allowed(items, field.referenceTypes(), model);
            }
            case BLOCKS -> {
                property.put("type", "array");
                items(property, rules);
                ObjectNode items = property.putObject("items");
                items.put("type", "content");
                allowed(items, field.referenceTypes(), model);
            }
        }
        return property;
    }

    private static void strings(ObjectNode property, Validations rules, boolean listed) {
        if (rules.minLength() != null) {
            property.put("minLength", rules.minLength());
        }
        if (rules.maxLength() != null) {
            property.put("maxLength", rules.maxLength());
        }
        if (rules.pattern() != null) {
            property.put("pattern", rules.pattern());
        }
        if (listed && rules.allowedValues() != null && !rules.allowedValues().isEmpty()) {
            ArrayNode values = property.putArray("enum");
            rules.allowedValues()
                    .forEach(value -> values.addObject().put("value", value).put("displayName", limit(value)));
        }
    }

    private static void range(ObjectNode property, Validations rules, boolean whole) {
        if (rules.min() != null) {
            if (whole) {
                property.put("minimum", (long) Math.ceil(rules.min()));
            } else {
                property.put("minimum", rules.min());
            }
        }
        if (rules.max() != null) {
            if (whole) {
                property.put("maximum", (long) Math.floor(rules.max()));
            } else {
                property.put("maximum", rules.max());
            }
        }
    }

    private static void items(ObjectNode property, Validations rules) {
        if (rules.minItems() != null) {
            property.put("minItems", rules.minItems());
        }
        if (rules.maxItems() != null) {
            property.put("maxItems", rules.maxItems());
        }
    }

    private static void allowed(ObjectNode property, List<String> targets, Map<String, ContentTypeDefinition> model) {
        List<String> known = targets.stream()
                .filter(model::containsKey)
                .map(VendorKeys::optimizelyType)
                .toList();
        if (!known.isEmpty()) {
            ArrayNode allowed = property.putArray("allowedTypes");
            known.forEach(allowed::add);
        }
    }

    @Override
    public JsonNode summary(VendorType type) {
        return summarise(type.definition());
    }

    /** {@code {"fields": {name: type}}} of an Optimizely content type, arrays as {@code array<items type>}. */
    static JsonNode summarise(JsonNode contentType) {
        ObjectNode summary = JSON.createObjectNode();
        ObjectNode fields = summary.putObject("fields");
        contentType.path("properties").properties().forEach(entry -> {
            JsonNode property = entry.getValue();
            String kind = property.path("type").asString("");
            if (kind.equals("array")) {
                kind = "array<" + property.path("items").path("type").asString("") + ">";
            }
            fields.put(entry.getKey(), kind);
        });
        return summary;
    }

    @Override
    public String key(RecordKind kind, UUID studioId) {
        return VendorKeys.optimizelyContent(studioId);
    }

    @Override
    public JsonNode values(
            ContentTypeDefinition type,
            Map<String, Object> data,
            Map<UUID, String> assets,
            Map<String, ContentTypeDefinition> model) {
        ObjectNode properties = JSON.createObjectNode();
        for (FieldDefinition field : type.fields()) {
            Object value = data.get(field.key());
            if (value == null || value instanceof String text && text.isEmpty()) {
                continue;
            }
            if (field.type() == FieldType.ASSET) {
                asset(properties, field, value, assets, type);
                continue;
            }
            JsonNode mapped = value(field, value, assets, model);
            if (mapped != null) {
                properties.putObject(field.key()).set("value", mapped);
            }
        }
        return properties;
    }

    private static void asset(
            ObjectNode properties,
            FieldDefinition field,
            Object value,
            Map<UUID, String> assets,
            ContentTypeDefinition type) {
        if (!(value instanceof Map<?, ?> chosen) || !(chosen.get("assetId") instanceof String id)) {
            return;
        }
        UUID assetId = StudioIds.parse(id);
        String key = assetId == null ? null : assets.get(assetId);
        if (key == null) {
            return;
        }
        properties.putObject(field.key()).put("value", "cms://content/" + key);
        String alt = VendorKeys.altProperty(field.key());
        if (chosen.get("alt") instanceof String text
                && !text.isBlank()
                && type.field(alt).isEmpty()) {
            properties.putObject(alt).put("value", text);
        }
    }

    private JsonNode value(
            FieldDefinition field, Object value, Map<UUID, String> assets, Map<String, ContentTypeDefinition> model) {
        return switch (field.type()) {
            case RICH_TEXT -> JSON.createObjectNode().put("html", String.valueOf(value));
            case DATE -> JSON.getNodeFactory().stringNode(value + "T00:00:00Z");
            case REFERENCE -> value instanceof String id ? reference(id) : null;
            case REFERENCES -> {
                if (!(value instanceof List<?> ids)) {
                    yield null;
                }
                ArrayNode references = JSON.createArrayNode();
                ids.stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .map(OptimizelyVendor::reference)
                        .forEach(references::add);
                yield references;
            }
            case BLOCKS -> {
                if (!(value instanceof List<?> blocks)) {
                    yield null;
                }
                ArrayNode inline = JSON.createArrayNode();
                for (Object block : blocks) {
                    if (block instanceof Map<?, ?> fields
                            && fields.get(ContentValidator.BLOCK_TYPE_KEY) instanceof String kind
                            && model.containsKey(kind)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> blockData = (Map<String, Object>) fields;
                        ObjectNode component = inline.addObject();
                        component.put("contentType", VendorKeys.optimizelyType(kind));
                        component.set("properties", values(model.get(kind), blockData, assets, model));
                    }
                }
                yield inline;
            }
            default -> JSON.valueToTree(value);
        };
    }

    private static JsonNode reference(String id) {
        UUID target = StudioIds.parse(id);
        return target == null
                ? JSON.getNodeFactory().nullNode()
                : JSON.getNodeFactory().stringNode(VendorKeys.optimizelyReference(target));
    }

    @Override
    public Object assetPayload(AssetSummary asset) {
        return Map.of("fileName", asset.fileName(), "contentType", asset.contentType(), "size", asset.sizeBytes());
    }

    @Override
    public VendorSession open(OpenConnection connection, VendorHttp http) {
        return new OptimizelySession(connection, http, clock);
    }

    private static String limit(String text) {
        return text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME);
    }
}
