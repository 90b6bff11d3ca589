package com.sitewright.generation.blueprint;

import com.sitewright.model.FieldDefinition;

/** A field plus how to fill it: its value source (null: by type) and how often an optional field is set. */
record FieldSpec(FieldDefinition definition, ValueSource source, double fillRate) {

    String key() {
        return definition.key();
    }
}
