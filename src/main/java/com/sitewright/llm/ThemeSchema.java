package com.sitewright.llm;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The JSON schema of a theme answer, with the choices of one {@link ThemeRequest} as its enums. */
final class ThemeSchema {

    private static final String TEXT = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["primary", "accent", "background", "text", "headingFont", "bodyFont", "headerStyle",
                           "cardStyle", "radius"],
              "additionalProperties": false,
              "properties": {
                "primary": {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"},
                "accent": {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"},
                "background": {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"},
                "text": {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"},
                "headingFont": {"enum": [%1$s]},
                "bodyFont": {"enum": [%1$s]},
                "headerStyle": {"enum": [%2$s]},
                "cardStyle": {"enum": [%3$s]},
                "radius": {"enum": [%4$s]}
              }
            }
            """;

    private final String text;
    private final Schema schema;

    ThemeSchema(ThemeRequest request) {
        this.text = TEXT.formatted(
                quoted(request.fontStyles()),
                quoted(request.headerStyles()),
                quoted(request.cardStyles()),
                quoted(request.radii()));
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text);
    }

    String text() {
        return text;
    }

    /** Every place the answer breaks the schema, as "where: what" lines the model can act on. */
    List<String> check(JsonNode answer) {
        return schema.validate(answer).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .distinct()
                .toList();
    }

    private static String quoted(List<String> values) {
        return values.stream()
                .map(value -> "\"" + value.replace("\"", "") + "\"")
                .collect(Collectors.joining(", "));
    }
}
