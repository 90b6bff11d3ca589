package com.sitewright.generation.blueprint;

import com.sitewright.model.ContentTypeDefinition;
import java.util.List;
import java.util.Map;

/**
 * A content type with everything needed to generate its items. {@code bindings} fix a template
 * placeholder for the whole item (an article's {topic} is the topic in its title).
 */
record TypeSpec(
        ContentTypeDefinition definition,
        List<FieldSpec> fields,
        int defaultCount,
        TitleSource titles,
        List<String> aliases,
        boolean singleton,
        Map<String, ValueSource> bindings) {

    String key() {
        return definition.key();
    }
}
