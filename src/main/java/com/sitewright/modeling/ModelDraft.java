package com.sitewright.modeling;

import com.sitewright.model.ContentTypeDefinition;
import java.util.List;

/**
 * A whole content model as someone edited it before saving: every type and field remembers what it was in the
 * saved model it started from ({@code baseVersion}), so that saving can tell a rename from a removal and an
 * addition, keep the data of renamed fields and say what each change does to the items.
 */
public record ModelDraft(int baseVersion, List<DraftType> types) {

    public ModelDraft {
        types = List.copyOf(types);
    }

    /** The saved model as a draft: every type and field is its own origin. */
    public static ModelDraft of(int version, List<ContentTypeDefinition> saved) {
        return new ModelDraft(version, saved.stream().map(DraftType::saved).toList());
    }

    public List<ContentTypeDefinition> definitions() {
        return types.stream().map(DraftType::definition).toList();
    }
}
