package com.sitewright.modeling;

import com.sitewright.model.FieldDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A field in a {@link DraftType}.
 *
 * @param originType the saved type the field comes from (it may have been moved to another type); null when new
 * @param originKey  the field's key in that saved type; null when new
 */
public record DraftField(
        @Nullable String originType, @Nullable String originKey, FieldDefinition field) {

    public static DraftField added(FieldDefinition field) {
        return new DraftField(null, null, field);
    }

    public boolean isNew() {
        return originKey == null;
    }

    public DraftField with(FieldDefinition changed) {
        return new DraftField(originType, originKey, changed);
    }
}
