package com.sitewright.llm;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The model's answer to an {@link ItemBatchRequest}: the items as the model wrote them (each with its
 * {@code "key"}; reference fields hold candidates' "type/key"), or, when the answer as a whole was unusable
 * (prose, cut off, not the asked shape, a refusal), the problem to send back.
 */
public record ItemBatchAnswer(
        List<Map<String, Object>> items, @Nullable String problem) {

    static ItemBatchAnswer unusable(String problem) {
        return new ItemBatchAnswer(List.of(), problem);
    }

    public boolean usable() {
        return problem == null;
    }
}
