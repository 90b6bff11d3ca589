package com.sitewright.chat;

import com.sitewright.chat.tools.StudioTools;
import com.sitewright.llm.AiGenerationException;
import com.sitewright.model.ContentModels;
import com.sitewright.security.ActingUser;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the model's reply to one chat message, streaming it to the open views, and turns the tool
 * calls in it into answers or action cards. Acts as the person who wrote the message. Not retried: a
 * failed reply says why in the chat, and asking again is one message away.
 */
@Component
public class ChatReplyJob {

    private static final Logger log = LoggerFactory.getLogger(ChatReplyJob.class);
    /** Streamed text reaches the views at most this often. */
    private static final long STREAM_INTERVAL_MS = 80;

    private final ChatService chat;
    private final ChatAgent agent;
    private final StudioTools tools;
    private final ContentModels model;
    private final ActingUser acting;
    private final JsonMapper json;

    ChatReplyJob(
            ChatService chat,
            ChatAgent agent,
            StudioTools tools,
            ContentModels model,
            ActingUser acting,
            JsonMapper json) {
        this.chat = chat;
        this.agent = agent;
        this.tools = tools;
        this.model = model;
        this.acting = acting;
        this.json = json;
    }

    @Job(name = "Chat reply %0", retries = 0)
    public void reply(UUID replyId, UUID userId) {
        acting.as(userId, () -> {
            write(replyId);
            return null;
        });
    }

    private void write(UUID replyId) {
        ChatService.ReplyContext context = chat.replyContext(replyId);
        UUID projectId = context.project().id();
        String system = ChatPrompts.system(context.project(), model.load(projectId));
        long[] lastPush = {0};
        ChatAgent.Reply reply;
        try {
            reply = agent.reply(projectId, system, context.conversation(), tools.all(), textSoFar -> {
                long now = System.currentTimeMillis();
                if (now - lastPush[0] >= STREAM_INTERVAL_MS) {
                    lastPush[0] = now;
                    chat.streaming(projectId, replyId, textSoFar);
                }
            });
        } catch (AiGenerationException e) {
            log.warn("Chat reply {} failed: {}", replyId, e.getMessage());
            chat.finishReply(
                    replyId,
                    "The model could not answer: " + e.getMessage()
                            + " Your message is kept; send it again when the model is reachable.");
            return;
        }
        String text = reply.text().isEmpty() && !reply.toolRequests().isEmpty()
                ? "I have prepared " + (reply.toolRequests().size() == 1 ? "this action" : "these actions")
                        + "; approve to run."
                : reply.text();
        chat.finishReply(replyId, text.isEmpty() ? "(The model sent an empty answer.)" : text);
        for (ChatAgent.ToolRequest request : reply.toolRequests()) {
            JsonNode args;
            try {
                args = json.readTree(
                        request.arguments() == null || request.arguments().isBlank() ? "{}" : request.arguments());
            } catch (JacksonException e) {
                chat.say(
                        projectId,
                        "The model asked for \"" + request.name() + "\" with arguments that are not valid "
                                + "JSON; nothing was done. Try rephrasing.");
                continue;
            }
            chat.propose(projectId, request.name(), args);
        }
    }
}
