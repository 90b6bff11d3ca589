package com.sitewright.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ModelSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String answer(String role) {
        return """
                {"types": [{"key": "menuItem", "displayName": "Menu item", "kind": "data", "fields": [
                  {"key": "name", "label": "Name", "type": "text", "role": "title"},
                  {"key": "price", "label": "Price", "type": "number", "role": %s}]}]}
                """.formatted(role);
    }

    @Test
    void fieldsMayNameARoleOfTheStudiosOwn() {
        assertThat(ModelSchema.check(JSON.readTree(answer("\"price\"")))).isEmpty();
        assertThat(ModelSchema.check(JSON.readTree(answer("null")))).isEmpty();
        assertThat(ModelSchema.check(JSON.readTree(answer("\"colour\"")))).isNotEmpty();
        assertThat(ModelPrompts.system(20, ModelSchema.FIELD_TYPES)).contains("\"role\"", "price", "start", "cta");
    }
}
