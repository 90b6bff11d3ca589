package com.sitewright.content.ui;

import com.sitewright.content.ContentItemRow;
import com.sitewright.model.FieldDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The titles of the items that the grid's reference columns point to. Each page of rows is looked up in one call
 * before it is shown (never one query per row), and titles already known are not asked for again.
 */
final class ReferenceTitles {

    /** Beyond this many remembered titles the cache starts over, so a long scroll does not grow it without end. */
    private static final int MAX_REMEMBERED = 20_000;

    private static final int NAMES_SHOWN = 2;

    private final Function<Collection<UUID>, Map<UUID, String>> lookup;
    private final Map<UUID, String> titles = new HashMap<>();
    /** Referenced IDs that name no item of the project (deleted, or never valid). */
    private final Set<UUID> missing = new HashSet<>();

    ReferenceTitles(Function<Collection<UUID>, Map<UUID, String>> lookup) {
        this.lookup = lookup;
    }

    static boolean isReference(FieldDefinition field) {
        return field.type().isReference();
    }

    void forget() {
        titles.clear();
        missing.clear();
    }

    /** Looks up, in one call, the titles the rows' values of these fields need and that are not known yet. */
    void load(List<ContentItemRow> rows, Collection<FieldDefinition> fields) {
        Set<UUID> wanted = new LinkedHashSet<>();
        for (ContentItemRow row : rows) {
            for (FieldDefinition field : fields) {
                for (UUID id : ReferenceInputs.ids(row.data().get(field.key()))) {
                    if (!titles.containsKey(id) && !missing.contains(id)) {
                        wanted.add(id);
                    }
                }
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        if (titles.size() + wanted.size() > MAX_REMEMBERED) {
            forget();
        }
        Map<UUID, String> found = lookup.apply(wanted);
        titles.putAll(found);
        wanted.removeAll(found.keySet());
        missing.addAll(wanted);
    }

    /** The cell text: the target's title, or the first titles and how many more. */
    String text(ContentItemRow row, FieldDefinition field) {
        List<UUID> ids = ReferenceInputs.ids(row.data().get(field.key()));
        List<String> names = new ArrayList<>(NAMES_SHOWN);
        for (UUID id : ids.subList(0, Math.min(NAMES_SHOWN, ids.size()))) {
            names.add(missing.contains(id) ? "(missing item)" : titles.getOrDefault(id, "…"));
        }
        String shown = String.join(", ", names);
        return ids.size() > NAMES_SHOWN ? shown + " +" + (ids.size() - NAMES_SHOWN) : shown;
    }
}
