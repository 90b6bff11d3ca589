package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import com.sitewright.cms.VendorKeys;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.connection.OpenConnection;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.Validations;
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
 * The studio's model and values in Contentful's terms (the README's mapping table): content types with the studio's
 * keys as IDs, fields of Contentful's own types with their validations, entries and assets under the studio's IDs,
 * links as {@code {"sys": {"type": "Link"}}}, rich text as a rich-text document. Values are kept per field here; the
 * session puts each under the connection's locale.
 */
@Component
class ContentfulVendor implements CmsVendor {

    static final int MAX_FIELDS = 50;
    static final int MAX_SYMBOL = 256;
    private static final int MAX_NAME = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Absolute web addresses or paths on the site, as the studio accepts them. */
    static final String URL_PATTERN = "^(https?://[^\\s/$.?#][^\\s]*|/[^\\s]*)$";

    static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$";

    @Override
    public CmsProvider provider() {
        return CmsProvider.CONTENTFUL;
    }

    @Override
    public String target(OpenConnection connection) {
        return "contentful " + connection.value("managementUrl") + " " + connection.value("spaceId") + " "
                + connection.value("environment") + " " + connection.value("locale");
    }

    @Override
    public VendorModel map(List<ContentTypeDefinition> model, OpenConnection connection) {
        List<VendorType> types = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        Map<String, ContentTypeDefinition> byKey = new LinkedHashMap<>();
        model.forEach(type -> byKey.put(type.key(), type));
        for (ContentTypeDefinition type : model) {
            if (type.fields().size() > MAX_FIELDS) {
                refused.put(
                        type.key(),
                        "Contentful takes at most " + MAX_FIELDS + " fields per content type; " + type.key() + " has "
                                + type.fields().size() + ". Split it into two types in the studio.");
                continue;
            }
            ObjectNode body = JSON.createObjectNode();
            body.put("name", limit(type.displayName(), MAX_NAME));
            if (type.description() != null && !type.description().isBlank()) {
                body.put("description", type.description());
            }
            ArrayNode fields = body.putArray("fields");
            String display = null;
            for (FieldDefinition field : type.fields()) {
                ObjectNode mapped = field(field, byKey, type, notes);
                fields.add(mapped);
                if (display == null && mapped.path("type").asString().equals("Symbol")) {
                    display = field.key();
                }
            }
            for (String preferred : List.of("title", "name", "heading", "label")) {
                for (JsonNode field : fields) {
                    if (field.path("id").asString().equals(preferred)
                            && field.path("type").asString().equals("Symbol")) {
                        display = preferred;
                    }
                }
            }
            if (display != null) {
                body.put("displayField", display);
            }
            types.add(new VendorType(type.key(), VendorKeys.typeId(type.key()), body));
        }
        notes.add("An image's alt text is its Contentful asset's description (the library's default alt text); "
                + "alt text chosen per item is not kept apart in Contentful.");
        notes.add("Fields removed from a type in the studio are omitted from the Contentful type (hidden from the "
                + "delivery API, values kept), not deleted.");
        notes.add("Types removed from the studio stay in Contentful.");
        return new VendorModel(types, List.copyOf(notes), Map.copyOf(refused));
    }

    private static ObjectNode field(
            FieldDefinition field,
            Map<String, ContentTypeDefinition> model,
            ContentTypeDefinition owner,
            List<String> notes) {
        ObjectNode mapped = JSON.createObjectNode();
        mapped.put("id", VendorKeys.typeId(field.key()));
        mapped.put("name", limit(field.label(), MAX_NAME));
        Validations rules = field.validations();
        ArrayNode validations = JSON.createArrayNode();
        String where = owner.key() + "." + field.key();
        switch (field.type()) {
            case TEXT -> {
                boolean longer = rules.maxLength() != null && rules.maxLength() > MAX_SYMBOL;
                mapped.put("type", longer ? "Text" : "Symbol");
                text(validations, rules);
            }
            case LONG_TEXT -> {
                mapped.put("type", "Text");
                text(validations, rules);
            }
            case ENUM -> {
                mapped.put("type", "Symbol");
                text(validations, rules);
            }
            case SLUG -> {
                mapped.put("type", "Symbol");
                validations.addObject().put("unique", true);
                text(validations, rules);
            }
            case URL -> {
                mapped.put("type", "Symbol");
                regexp(validations, URL_PATTERN);
            }
            case EMAIL -> {
                mapped.put("type", "Symbol");
                regexp(validations, EMAIL_PATTERN);
            }
            case RICH_TEXT -> mapped.put("type", "RichText");
            case NUMBER -> {
                mapped.put("type", "Number");
                range(validations, rules);
            }
            case INTEGER -> {
                mapped.put("type", "Integer");
                range(validations, rules);
            }
            case BOOLEAN -> mapped.put("type", "Boolean");
            case DATE, DATE_TIME -> mapped.put("type", "Date");
            case JSON -> mapped.put("type", "Object");
            case BLOCKS -> {
                mapped.put("type", "Object");
                notes.add(where + ": blocks are a JSON Object field in Contentful, holding the blocks as the studio "
                        + "stores them (Contentful has no inline components).");
            }
            case ASSET -> {
                mapped.put("type", "Link");
                mapped.put("linkType", "Asset");
                validations.addObject().putArray("linkMimetypeGroup").add("image");
            }
            case REFERENCE -> {
                mapped.put("type", "Link");
                mapped.put("linkType", "Entry");
                linkTypes(validations, field.referenceTypes(), model);
            }
            case REFERENCES -> {
                mapped.put("type", "Array");
                size(validations, rules.minItems(), rules.maxItems());
                ObjectNode items = mapped.putObject("items");
                items.put("type", "Link");
                items.put("linkType", "Entry");
                ArrayNode itemValidations = JSON.createArrayNode();
                linkTypes(itemValidations, field.referenceTypes(), model);
                items.set("validations", itemValidations);
            }
        }
        mapped.put("localized", field.localized());
        mapped.put("required", field.required());
        mapped.set("validations", validations);
        return mapped;
    }

    private static void text(ArrayNode validations, Validations rules) {
        size(validations, rules.minLength(), rules.maxLength());
        if (rules.pattern() != null) {
            regexp(validations, rules.pattern());
        }
        if (rules.allowedValues() != null && !rules.allowedValues().isEmpty()) {
            ArrayNode in = validations.addObject().putArray("in");
            rules.allowedValues().forEach(in::add);
        }
    }

    private static void size(ArrayNode validations, Integer min, Integer max) {
        if (min == null && max == null) {
            return;
        }
        ObjectNode size = validations.addObject().putObject("size");
        if (min != null) {
            size.put("min", min);
        }
        if (max != null) {
            size.put("max", max);
        }
    }

    private static void range(ArrayNode validations, Validations rules) {
        if (rules.min() == null && rules.max() == null) {
            return;
        }
        ObjectNode range = validations.addObject().putObject("range");
        if (rules.min() != null) {
            range.put("min", rules.min());
        }
        if (rules.max() != null) {
            range.put("max", rules.max());
        }
    }

    private static void regexp(ArrayNode validations, String pattern) {
        validations.addObject().putObject("regexp").put("pattern", pattern);
    }

    private static void linkTypes(
            ArrayNode validations, List<String> targets, Map<String, ContentTypeDefinition> model) {
        List<String> known = targets.stream()
                .filter(model::containsKey)
                .map(VendorKeys::typeId)
                .toList();
        if (!known.isEmpty()) {
            ArrayNode allowed = validations.addObject().putArray("linkContentType");
            known.forEach(allowed::add);
        }
    }

    @Override
    public JsonNode summary(VendorType type) {
        return summarise(type.definition());
    }

    /**
     * {@code {"fields": {id: type}}} of a Contentful content type: links as {@code Link<Entry>}, arrays as
     * {@code Array<items>}; omitted fields are left out, as the studio no longer has them.
     */
    static JsonNode summarise(JsonNode contentType) {
        ObjectNode summary = JSON.createObjectNode();
        ObjectNode fields = summary.putObject("fields");
        for (JsonNode field : contentType.path("fields")) {
            if (field.path("omitted").asBoolean(false) || field.path("deleted").asBoolean(false)) {
                continue;
            }
            fields.put(field.path("id").asString(), kind(field));
        }
        return summary;
    }

    private static String kind(JsonNode field) {
        String type = field.path("type").asString("");
        return switch (type) {
            case "Link" -> "Link<" + field.path("linkType").asString("") + ">";
            case "Array" -> "Array<" + kind(field.path("items")) + ">";
            default -> type;
        };
    }

    @Override
    public String key(RecordKind kind, UUID studioId) {
        return VendorKeys.documentId(studioId);
    }

    @Override
    public JsonNode values(
            ContentTypeDefinition type,
            Map<String, Object> data,
            Map<UUID, String> assets,
            Map<String, ContentTypeDefinition> model) {
        ObjectNode fields = JSON.createObjectNode();
        for (FieldDefinition field : type.fields()) {
            Object value = data.get(field.key());
            if (value == null || value instanceof String text && text.isEmpty()) {
                continue;
            }
            JsonNode mapped = value(field, value, assets);
            if (mapped != null && !mapped.isNull()) {
                fields.set(VendorKeys.typeId(field.key()), mapped);
            }
        }
        return fields;
    }

    private static JsonNode value(FieldDefinition field, Object value, Map<UUID, String> assets) {
        return switch (field.type()) {
            case RICH_TEXT -> RichTextDocuments.contentful(String.valueOf(value));
            case ASSET -> {
                if (!(value instanceof Map<?, ?> chosen) || !(chosen.get("assetId") instanceof String id)) {
                    yield null;
                }
                String key = assets.get(StudioIds.parse(id));
                yield key == null ? null : link("Asset", key);
            }
            case REFERENCE ->
                value instanceof String id && StudioIds.parse(id) != null
                        ? link("Entry", VendorKeys.documentId(StudioIds.parse(id)))
                        : null;
            case REFERENCES -> {
                if (!(value instanceof List<?> ids)) {
                    yield null;
                }
                ArrayNode links = JSON.createArrayNode();
                ids.stream()
                        .filter(String.class::isInstance)
                        .map(id -> StudioIds.parse((String) id))
                        .filter(java.util.Objects::nonNull)
                        .forEach(id -> links.add(link("Entry", VendorKeys.documentId(id))));
                yield links;
            }
            case INTEGER ->
                value instanceof Number number
                        ? JSON.getNodeFactory().numberNode(number.longValue())
                        : JSON.valueToTree(value);
            default -> JSON.valueToTree(value);
        };
    }

    static ObjectNode link(String linkType, String id) {
        ObjectNode link = JSON.createObjectNode();
        link.putObject("sys").put("type", "Link").put("linkType", linkType).put("id", id);
        return link;
    }

    @Override
    public Object assetPayload(AssetSummary asset) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("fileName", asset.fileName());
        payload.put("contentType", asset.contentType());
        payload.put("size", asset.sizeBytes());
        payload.put("description", asset.alt() == null ? "" : asset.alt());
        return payload;
    }

    @Override
    public VendorSession open(OpenConnection connection, VendorHttp http) {
        return new ContentfulSession(connection, http);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
