package com.sitewright.chat.tools;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Something the chat can do in the studio. The model sees {@link #name}, {@link #description} and
 * {@link #inputSchema}; the offline command parser produces the same arguments. A tool that changes or
 * deletes data, or deploys, only runs after the person approves its card.
 */
public interface StudioTool {

    /** The schema of a tool that takes no arguments. */
    String NO_ARGUMENTS = """
            {"type":"object","properties":{},"additionalProperties":false}""";

    /** snake_case, as the model calls it. */
    String name();

    /** For the model and for {@code help}. */
    String description();

    /** The JSON schema of the arguments object. */
    String inputSchema();

    /** Whether the tool changes data or deploys, so that it needs the person's approval first. */
    boolean changesData();

    /**
     * Fills in what the arguments leave to "the current one" (such as which preview to deploy), so the
     * card approved is exactly what runs, even if the project moves on meanwhile.
     */
    default JsonNode resolve(UUID projectId, JsonNode args) {
        return args;
    }

    /**
     * Checks the arguments against the project as it is now and says what running would do (shown on
     * the card); changes nothing.
     *
     * @throws com.sitewright.base.InvalidInputException or {@link com.sitewright.base.NotFoundException} with a clear sentence
     */
    String preview(UUID projectId, JsonNode args);

    /** Does it, as the signed-in person. */
    ToolResult run(UUID projectId, JsonNode args);
}
