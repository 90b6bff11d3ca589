package com.sitewright.modeling;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ModelRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What keeps a draft from being saved, without the database: model rules the draft breaks that the saved model
 * kept (so an old flaw never blocks an unrelated change), and new keys the studio keeps for itself.
 */
public final class DraftRules {

    private DraftRules() {}

    public static List<String> check(List<ContentTypeDefinition> saved, ModelDraft draft) {
        List<String> errors = new ArrayList<>();
        Set<String> known = new HashSet<>(ModelRules.check(saved, 0));
        ModelRules.check(draft.definitions(), 0).stream()
                .filter(error -> !known.contains(error))
                .forEach(errors::add);
        for (DraftType type : draft.types()) {
            if (!type.key().equals(type.origin()) && ModelKeys.isReserved(type.key())) {
                errors.add("\"" + type.key() + "\" is reserved for the studio's own use; choose another type key");
            }
            for (DraftField field : type.fields()) {
                if (!field.field().key().equals(field.originKey())
                        && ModelKeys.isReserved(field.field().key())) {
                    errors.add(type.key() + "." + field.field().key() + ": \""
                            + field.field().key()
                            + "\" is reserved for the studio's own use; choose another field key");
                }
            }
        }
        return errors;
    }
}
