package com.sitewright.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a project's chat as views show it. An action card carries its tool, state and result;
 * {@code streaming} marks a reply still being written. {@code link} is a studio route to open, if any.
 */
public record ChatEntry(
        UUID id,
        UUID projectId,
        ChatRole role,
        String text,
        Instant createdAt,
        String tool,
        ActionState state,
        String result,
        String link,
        boolean streaming) {

    public boolean isAction() {
        return role == ChatRole.ACTION;
    }
}
