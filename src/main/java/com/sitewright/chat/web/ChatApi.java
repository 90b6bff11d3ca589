package com.sitewright.chat.web;

import com.sitewright.api.RestApi;
import com.sitewright.chat.ChatEntry;
import com.sitewright.chat.ChatService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's chat: read the conversation, send a message, approve or cancel a proposed action.
 * A reply from the model is written in the background; read the conversation again to follow it.
 */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{projectId}/chat")
class ChatApi {

    private final ChatService chat;

    ChatApi(ChatService chat) {
        this.chat = chat;
    }

    record MessageRequest(String message) {}

    record MessageJson(
            UUID id,
            String role,
            String text,
            Instant createdAt,
            @Nullable String action,
            @Nullable String state,
            @Nullable String result,
            @Nullable String link,
            boolean streaming) {}

    @GetMapping
    List<MessageJson> history(@PathVariable UUID projectId) {
        return chat.history(projectId).stream().map(ChatApi::toJson).toList();
    }

    /** The messages added at once: the person's, and the answer, card, or reply being written. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<MessageJson> send(@PathVariable UUID projectId, @RequestBody MessageRequest request) {
        return chat.send(projectId, request == null ? null : request.message()).stream()
                .map(ChatApi::toJson)
                .toList();
    }

    @PostMapping("/{messageId}/approve")
    MessageJson approve(@PathVariable UUID projectId, @PathVariable UUID messageId) {
        return toJson(chat.approve(projectId, messageId));
    }

    @PostMapping("/{messageId}/cancel")
    MessageJson cancel(@PathVariable UUID projectId, @PathVariable UUID messageId) {
        return toJson(chat.cancel(projectId, messageId));
    }

    private static MessageJson toJson(ChatEntry entry) {
        return new MessageJson(
                entry.id(),
                entry.role().name().toLowerCase(Locale.ROOT),
                entry.text(),
                entry.createdAt(),
                entry.tool(),
                entry.state() == null ? null : entry.state().name().toLowerCase(Locale.ROOT),
                entry.result(),
                entry.link(),
                entry.streaming());
    }
}
