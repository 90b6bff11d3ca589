package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import com.sitewright.cms.VendorKeys;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.connection.OpenConnection;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The studio's values as Sanity documents (the README's mapping table): {@code _type} is the type's key,
 * references are weak {@code {_type: "reference", _ref}}, slugs {@code {_type: "slug", current}}, images
 * {@code {_type: "image", asset: {_type: "reference", _ref}}}, rich text Portable Text, and every object in an
 * array has a {@code _key}. Sanity keeps its schema in Sanity Studio code, so no types are written.
 */
@Component
class SanityVendor implements CmsVendor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public CmsProvider provider() {
        return CmsProvider.SANITY;
    }

    @Override
    public String target(OpenConnection connection) {
        return "sanity " + connection.value("apiUrl") + " " + connection.value("projectId") + " "
                + connection.value("dataset");
    }

    /** Type names Sanity Studio defines itself; a document type of the same name cannot be declared there. */
    private static final java.util.Set<String> BUILT_IN = java.util.Set.of(
            "array",
            "block",
            "boolean",
            "date",
            "datetime",
            "document",
            "email",
            "file",
            "geopoint",
            "image",
            "number",
            "object",
            "reference",
            "crossDatasetReference",
            "slug",
            "span",
            "string",
            "text",
            "url");

    @Override
    public VendorModel map(List<ContentTypeDefinition> model, OpenConnection connection) {
        List<String> clashing = model.stream()
                .map(ContentTypeDefinition::key)
                .filter(BUILT_IN::contains)
                .toList();
        List<String> notes = new java.util.ArrayList<>(
                List.of(
                        "Sanity keeps its schema in Sanity Studio code, so no types are written: declare the "
                                + model.size()
                                + " document types (named by the studio's type keys) in your Sanity Studio to edit "
                                + "the content there. Required fields and validations are checked by Sanity Studio, not by the push.",
                        "References are weak (_weak: true), as items are written in batches and may point at items written "
                                + "later or not published; declare reference fields with weak: true in Sanity Studio.",
                        "An item published in the studio is the document <id>; its unpublished changes are the draft "
                                + "drafts.<id>. Unpublishing in the studio deletes the published document and keeps the draft."));
        if (!clashing.isEmpty()) {
            notes.add("The documents of " + String.join(", ", clashing) + " are written with that _type, which is also "
                    + "the name of a type Sanity Studio has built in: GROQ and the site read them, but Sanity Studio "
                    + "cannot declare a document type of that name, so it does not offer them for editing.");
        }
        return new VendorModel(List.of(), List.copyOf(notes), Map.of());
    }

    @Override
    public JsonNode summary(VendorType type) {
        return JSON.createObjectNode().putObject("fields");
    }

    @Override
    public String key(RecordKind kind, UUID studioId) {
        return VendorKeys.documentId(studioId);
    }

    /** A document's fields; an image's {@code _ref} is the studio asset's key, which the session swaps for Sanity's asset ID. */
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
            JsonNode mapped = value(field, value, assets, model);
            if (mapped != null && !mapped.isNull()) {
                fields.set(field.key(), mapped);
            }
        }
        return fields;
    }

    private JsonNode value(
            FieldDefinition field, Object value, Map<UUID, String> assets, Map<String, ContentTypeDefinition> model) {
        return switch (field.type()) {
            case RICH_TEXT -> RichTextDocuments.portableText(String.valueOf(value));
            case SLUG -> JSON.createObjectNode().put("_type", "slug").put("current", String.valueOf(value));
            case ASSET -> {
                if (!(value instanceof Map<?, ?> chosen)
                        || !(chosen.get("assetId") instanceof String id)
                        || StudioIds.parse(id) == null
                        || assets.get(StudioIds.parse(id)) == null) {
                    yield null;
                }
                ObjectNode image = JSON.createObjectNode();
                image.put("_type", "image");
                image.putObject("asset").put("_type", "reference").put("_ref", assets.get(StudioIds.parse(id)));
                if (chosen.get("alt") instanceof String alt && !alt.isBlank()) {
                    image.put("alt", alt);
                }
                yield image;
            }
            case REFERENCE ->
                value instanceof String id && StudioIds.parse(id) != null ? reference(StudioIds.parse(id), null) : null;
            case REFERENCES -> {
                if (!(value instanceof List<?> ids)) {
                    yield null;
                }
                ArrayNode references = JSON.createArrayNode();
                int index = 0;
                for (UUID id : ids.stream()
                        .filter(String.class::isInstance)
                        .map(id -> StudioIds.parse((String) id))
                        .filter(Objects::nonNull)
                        .toList()) {
                    references.add(reference(id, "r" + index++));
                }
                yield references;
            }
            case BLOCKS -> {
                if (!(value instanceof List<?> blocks)) {
                    yield null;
                }
                ArrayNode objects = JSON.createArrayNode();
                int index = 0;
                for (Object block : blocks) {
                    if (block instanceof Map<?, ?> fields
                            && fields.get(ContentValidator.BLOCK_TYPE_KEY) instanceof String kind
                            && model.containsKey(kind)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> blockData = (Map<String, Object>) fields;
                        ObjectNode object = JSON.createObjectNode();
                        object.put("_type", VendorKeys.typeId(kind));
                        object.put("_key", "k" + index++);
                        object.setAll((ObjectNode) values(model.get(kind), blockData, assets, model));
                        objects.add(object);
                    }
                }
                yield objects;
            }
            case JSON -> keyed(JSON.valueToTree(value));
            default -> JSON.valueToTree(value);
        };
    }

    /** Sanity wants a {@code _key} on every object in an array; free-form JSON gets them by position. */
    private static JsonNode keyed(JsonNode value) {
        if (value.isArray()) {
            int index = 0;
            for (JsonNode element : value) {
                if (element.isObject() && !element.has("_key")) {
                    ((ObjectNode) element).put("_key", "j" + index);
                }
                keyed(element);
                index++;
            }
        } else if (value.isObject()) {
            value.forEach(SanityVendor::keyed);
        }
        return value;
    }

    private static ObjectNode reference(UUID id, String key) {
        ObjectNode reference = JSON.createObjectNode();
        reference.put("_type", "reference");
        reference.put("_ref", VendorKeys.documentId(id));
        reference.put("_weak", true);
        if (key != null) {
            reference.put("_key", key);
        }
        return reference;
    }

    @Override
    public Object assetPayload(AssetSummary asset) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("fileName", asset.fileName());
        payload.put("contentType", asset.contentType());
        payload.put("size", asset.sizeBytes());
        return payload;
    }

    @Override
    public VendorSession open(OpenConnection connection, VendorHttp http) {
        return new SanitySession(connection, http);
    }
}
