package com.sitewright.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Generated;

/** A stored chat message; an action message also holds its tool, arguments, state and result. */
@Entity
@Table(name = "chat_messages")
class ChatMessage {

    private static final int MAX_RESULT = 4_000;

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID projectId;

    @Generated
    @Column(insertable = false, updatable = false)
    private Long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChatRole role;

    private UUID authorId;

    @Column(nullable = false)
    private String text;

    @Column(name = "action_tool")
    private String tool;

    @Column(name = "action_args", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String args;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_state")
    private ActionState state;

    @Column(name = "action_result")
    private String result;

    private String link;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ChatMessage() {}

    private ChatMessage(UUID projectId, ChatRole role, UUID authorId, String text, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.role = role;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    static ChatMessage fromUser(UUID projectId, UUID authorId, String text, Instant now) {
        return new ChatMessage(projectId, ChatRole.USER, authorId, text, now);
    }

    static ChatMessage fromStudio(UUID projectId, String text, Instant now) {
        return new ChatMessage(projectId, ChatRole.STUDIO, null, text, now);
    }

    static ChatMessage action(UUID projectId, String tool, String argsJson, String summary, Instant now) {
        ChatMessage message = new ChatMessage(projectId, ChatRole.ACTION, null, summary, now);
        message.tool = tool;
        message.args = argsJson;
        message.state = ActionState.PENDING;
        return message;
    }

    void write(String newText, Instant now) {
        this.text = newText;
        this.updatedAt = now;
    }

    void linkTo(String route) {
        this.link = route;
    }

    void moveTo(ActionState newState, String newResult, Instant now) {
        this.state = newState;
        this.result =
                newResult == null || newResult.length() <= MAX_RESULT ? newResult : newResult.substring(0, MAX_RESULT);
        this.updatedAt = now;
    }

    ChatEntry entry(boolean streaming) {
        return new ChatEntry(id, projectId, role, text, createdAt, tool, state, result, link, streaming);
    }

    UUID getId() {
        return id;
    }

    UUID getProjectId() {
        return projectId;
    }

    ChatRole getRole() {
        return role;
    }

    UUID getAuthorId() {
        return authorId;
    }

    String getText() {
        return text;
    }

    String getTool() {
        return tool;
    }

    String getArgs() {
        return args;
    }

    ActionState getState() {
        return state;
    }

    String getResult() {
        return result;
    }
}
