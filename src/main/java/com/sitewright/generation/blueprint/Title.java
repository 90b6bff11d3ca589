package com.sitewright.generation.blueprint;

import java.util.List;

/** An item's title plus the vocabulary choices it was built from, so fields can stay consistent with it. */
record Title(String text, List<String> parts) {

    String part(int i) {
        return parts.get(i);
    }
}
