package com.sitewright.llm;

import com.sitewright.model.ContentTypeDefinition;
import java.util.List;
import java.util.Map;

/**
 * One batch of items to ask the model for. Everything in it is bounded by the caller, however large the
 * project: a sample of reference candidates per referenced type and a window of titles already used.
 *
 * @param siteBrief  what the site is (the project's prompt and name)
 * @param type       the type to write items of
 * @param components component types its blocks fields may hold, by key
 * @param count      how many items to write
 * @param first      the position of the first of them among the type's items (0-based), and
 * @param total      how many items of the type are being written, so that batches under way at once differ
 * @param candidates items that reference fields may point to, by type key
 * @param usedTitles titles of this type already taken, for the model to avoid
 * @param problems   what was wrong with the previous answer for this batch, if any
 */
public record ItemBatchRequest(
        String siteBrief,
        ContentTypeDefinition type,
        Map<String, ContentTypeDefinition> components,
        int count,
        int first,
        int total,
        Map<String, List<Candidate>> candidates,
        List<String> usedTitles,
        List<String> problems) {

    /** An item a reference may point to, as the model sees it: its key and title. */
    public record Candidate(String key, String title) {}
}
