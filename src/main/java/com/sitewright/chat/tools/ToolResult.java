package com.sitewright.chat.tools;

/** What a tool did, in a sentence, and optionally a studio page to open next (route and button label). */
public record ToolResult(String text, String link, String linkLabel) {

    public static ToolResult of(String text) {
        return new ToolResult(text, null, null);
    }
}
