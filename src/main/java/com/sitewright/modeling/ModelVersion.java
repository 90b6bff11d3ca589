package com.sitewright.modeling;

import java.time.Instant;
import java.util.List;

/** One saved change of a project's content model: who saved it, when, and what it changed, line by line. */
public record ModelVersion(int number, String author, Instant savedAt, List<String> changes) {

    public ModelVersion {
        changes = List.copyOf(changes);
    }
}
