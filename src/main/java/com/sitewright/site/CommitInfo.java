package com.sitewright.site;

import java.time.Instant;

/** One commit of a project's generated source. */
public record CommitInfo(String id, String message, Instant time) {

    public String shortId() {
        return id.substring(0, 8);
    }
}
