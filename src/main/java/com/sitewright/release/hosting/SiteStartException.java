package com.sitewright.release.hosting;

import java.util.List;

/** A site server did not come up; {@code lastLines} is the end of its output. */
public class SiteStartException extends RuntimeException {

    private final List<String> lastLines;

    public SiteStartException(String message, List<String> lastLines) {
        super(message);
        this.lastLines = List.copyOf(lastLines);
    }

    public List<String> lastLines() {
        return lastLines;
    }
}
