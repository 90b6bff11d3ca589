package com.sitewright.site;

import java.util.List;

/** An install or build that failed, timed out or could not start; the message ends with the last output lines. */
public class NodeBuildException extends RuntimeException {

    private final int exitCode;
    private final List<String> lastLines;

    public NodeBuildException(String message, int exitCode, List<String> lastLines) {
        super(lastLines.isEmpty() ? message : message + "\n--- last output ---\n" + String.join("\n", lastLines));
        this.exitCode = exitCode;
        this.lastLines = List.copyOf(lastLines);
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> lastLines() {
        return lastLines;
    }
}
