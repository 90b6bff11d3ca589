package com.sitewright.llm;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.sitewright.model.ContentKind;
import com.sitewright.model.FieldRole;
import com.sitewright.model.FieldType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The JSON schema of a content-model answer: sent to the model as its response format and checked
 * against what comes back, since OpenAI-compatible servers differ in how strictly they follow it.
 * Field types and kinds are taken from the studio's enums so the schema cannot drift from them.
 */
final class ModelSchema {

    static final List<String> FIELD_TYPES =
            Arrays.stream(FieldType.values()).map(FieldType::id).toList();
    static final List<String> KINDS =
            Arrays.stream(ContentKind.values()).map(ContentKind::id).toList();
    static final List<String> ROLES = Arrays.stream(FieldRole.values())
            .filter(role -> role != FieldRole.NONE)
            .map(FieldRole::id)
            .toList();

    private static final String TEXT = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["types"],
              "additionalProperties": false,
              "properties": {
                "types": {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": "object",
                    "required": ["key", "displayName", "kind", "fields"],
                    "additionalProperties": false,
                    "properties": {
                      "key": {"type": "string", "pattern": "^[a-z][A-Za-z0-9]{0,63}$"},
                      "displayName": {"type": "string", "minLength": 1, "maxLength": 120},
                      "kind": {"enum": [%s]},
                      "description": {"type": ["string", "null"], "maxLength": 500},
                      "fields": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                          "type": "object",
                          "required": ["key", "label", "type"],
                          "additionalProperties": false,
                          "properties": {
                            "key": {"type": "string", "pattern": "^[a-z][A-Za-z0-9]{0,63}$"},
                            "label": {"type": "string", "minLength": 1, "maxLength": 120},
                            "type": {"enum": [%s]},
                            "required": {"type": "boolean"},
                            "localized": {"type": "boolean"},
                            "referenceTypes": {"type": "array", "items": {"type": "string"}},
                            "helpText": {"type": ["string", "null"], "maxLength": 300},
                            "role": {"enum": [%s, null]},
                            "validations": {
                              "type": ["object", "null"],
                              "additionalProperties": false,
                              "properties": {
                                "minLength": {"type": ["integer", "null"], "minimum": 0},
                                "maxLength": {"type": ["integer", "null"], "minimum": 1},
                                "min": {"type": ["number", "null"]},
                                "max": {"type": ["number", "null"]},
                                "pattern": {"type": ["string", "null"]},
                                "allowedValues": {"type": ["array", "null"], "items": {"type": "string"}},
                                "minItems": {"type": ["integer", "null"], "minimum": 0},
                                "maxItems": {"type": ["integer", "null"], "minimum": 1}
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """.formatted(quoted(KINDS), quoted(FIELD_TYPES), quoted(ROLES));

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(TEXT);

    private ModelSchema() {}

    static String text() {
        return TEXT;
    }

    /** Every place the answer breaks the schema, as "where: what" lines the model can act on. */
    static List<String> check(JsonNode answer) {
        return SCHEMA.validate(answer).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .distinct()
                .toList();
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", "));
    }
}
