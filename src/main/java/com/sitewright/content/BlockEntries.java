package com.sitewright.content;

import com.sitewright.model.ContentValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Rewrites the entries of a blocks field whose component type has fields of interest, leaving the others as they are. */
final class BlockEntries {

    private BlockEntries() {}

    /**
     * @param fieldsByType the fields of interest of each component type; entries of other types are kept as they are
     * @param change       gets a copy of an entry with the fields of its type and gives the entry to keep
     */
    static <F> Map<String, Object> rewrite(
            Map<String, Object> data,
            String blocksField,
            Map<String, List<F>> fieldsByType,
            BiFunction<Map<String, Object>, List<F>, Map<String, Object>> change) {
        if (!(data.get(blocksField) instanceof List<?> entries)) {
            return data;
        }
        List<Object> rewritten = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            List<F> fields = entry instanceof Map<?, ?> block
                    ? fieldsByType.get(String.valueOf(block.get(ContentValidator.BLOCK_TYPE_KEY)))
                    : null;
            if (fields == null) {
                rewritten.add(entry);
                continue;
            }
            Map<String, Object> block = new LinkedHashMap<>();
            ((Map<?, ?>) entry).forEach((key, value) -> block.put(String.valueOf(key), value));
            rewritten.add(change.apply(block, fields));
        }
        data.put(blocksField, rewritten);
        return data;
    }
}
