package com.sitewright.modeling;

import java.util.List;
import java.util.UUID;

/**
 * One change a save would make, as the impact dialog and the API show it.
 *
 * @param affectedItems items whose data the change touches
 * @param destructive   whether items lose data (needs confirming)
 * @param examples      items whose values cannot be kept or break the field's new rules, at most a few
 * @param failing       how many items that is in all
 */
public record ModelChangeLine(
        String text, long affectedItems, boolean destructive, List<ItemExample> examples, long failing) {

    public ModelChangeLine {
        examples = List.copyOf(examples);
    }

    static ModelChangeLine of(String text, long affectedItems, boolean destructive) {
        return new ModelChangeLine(text, affectedItems, destructive, List.of(), 0);
    }

    /** An item a change cannot carry over as it is: its title and the value in question, shortened. */
    public record ItemExample(UUID itemId, String title, String value) {}
}
