package com.sitewright.cms.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * How a type the CMS already holds differs from the studio's, field by field, in words: which fields only one side
 * has and which have another type. Both sides are in the vendor's shape, with fields under {@code fields}
 * (name to type), as each vendor's session reads them back.
 */
final class TypeDiff {

    private TypeDiff() {}

    static List<String> between(JsonNode inCms, JsonNode fromStudio) {
        List<String> differences = new ArrayList<>();
        JsonNode theirs = inCms.path("fields");
        JsonNode ours = fromStudio.path("fields");
        Set<String> names = new TreeSet<>(theirs.propertyNames());
        names.addAll(ours.propertyNames());
        for (String name : names) {
            boolean inTheirs = theirs.has(name);
            boolean inOurs = ours.has(name);
            if (inTheirs && !inOurs) {
                differences.add("field " + name + " is only in the CMS ("
                        + theirs.path(name).asString() + ")");
            } else if (!inTheirs) {
                differences.add("field " + name + " is new (" + ours.path(name).asString() + ")");
            } else if (!theirs.path(name).asString().equals(ours.path(name).asString())) {
                differences.add(
                        "field " + name + " changes from " + theirs.path(name).asString() + " to "
                                + ours.path(name).asString());
            }
        }
        return differences;
    }
}
