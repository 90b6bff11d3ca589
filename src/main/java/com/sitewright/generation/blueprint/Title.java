package com.sitewright.generation.blueprint;

import java.util.List;

/** An item's title plus the vocabulary choices it was built from, so fields can stay consistent with it. */
record Title(String text, List<String> parts) {

    /** Patterns such as "%s, Explained" can start with a lower-case topic ("the French Press"); a title never does. */
    Title {
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }

    String part(int i) {
        return parts.get(i);
    }
}
