package com.sitewright.chat;

import com.sitewright.chat.tools.StudioTool;
import com.sitewright.llm.AiCall;
import com.sitewright.llm.AiGenerationException;
import com.sitewright.llm.AiService;
import com.sitewright.llm.AiUsageService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.DefaultToolDefinition;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.stereotype.Component;

/**
 * Asks the language model for the chat's reply, streamed. The model sees the studio tools' definitions
 * and may ask for them; those requests are returned, never executed here (the chat model of Spring AI
 * 2 leaves tool execution to the caller), so the chat decides what runs and when.
 */
@Component
class ChatAgent {

    /** A reply is a few sentences and tool calls; this bounds the cost of a runaway answer. */
    private static final int MAX_REPLY_TOKENS = 1_500;

    private static final Duration REPLY_TIMEOUT = Duration.ofMinutes(3);

    private final ChatModel model;
    private final AiService ai;
    private final AiUsageService usage;

    ChatAgent(ChatModel model, AiService ai, AiUsageService usage) {
        this.model = model;
        this.ai = ai;
        this.usage = usage;
    }

    record ToolRequest(String name, String arguments) {}

    record Reply(String text, List<ToolRequest> toolRequests) {}

    Reply reply(
            UUID projectId,
            String system,
            List<ChatEntry> conversation,
            List<StudioTool> tools,
            Consumer<String> textSoFar) {
        List<Message> messages = new ArrayList<>();
        messages.add(new SystemMessage(system));
        messages.addAll(bounded(conversation));
        // The model is named on every call: options given per call replace the configured defaults.
        OpenAiChatOptions options = OpenAiChatOptions.builder()
                .model(ai.modelName())
                .toolCallbacks(tools.stream().map(ChatAgent::definitionOnly).toList())
                .maxTokens(MAX_REPLY_TOKENS)
                .build();
        StringBuilder text = new StringBuilder();
        List<ToolRequest> requests = new ArrayList<>();
        long[] tokens = {0, 0};
        try {
            model.stream(new Prompt(messages, options))
                    .doOnNext(chunk -> {
                        read(chunk, text, requests, textSoFar);
                        count(chunk, tokens);
                    })
                    .blockLast(REPLY_TIMEOUT);
        } catch (RuntimeException e) {
            throw AiGenerationException.explain(e);
        }
        usage.record(new AiCall(projectId, null, "chat"), ai.modelName(), tokens[0], tokens[1]);
        return new Reply(text.toString().strip(), requests);
    }

    private static void read(
            ChatResponse chunk, StringBuilder text, List<ToolRequest> requests, Consumer<String> textSoFar) {
        if (chunk.getResult() == null) {
            return;
        }
        AssistantMessage output = chunk.getResult().getOutput();
        if (output.getText() != null && !output.getText().isEmpty()) {
            text.append(output.getText());
            textSoFar.accept(text.toString());
        }
        for (AssistantMessage.ToolCall call : output.getToolCalls()) {
            if (call.name() != null && !call.name().isBlank()) {
                requests.add(new ToolRequest(call.name(), call.arguments()));
            }
        }
    }

    /** The stream reports its usage in one chunk (usually the last); the largest figures seen are kept. */
    private static void count(ChatResponse chunk, long[] tokens) {
        Usage used = chunk.getMetadata() == null ? null : chunk.getMetadata().getUsage();
        if (used != null) {
            tokens[0] = Math.max(tokens[0], used.getPromptTokens() == null ? 0 : used.getPromptTokens());
            tokens[1] = Math.max(tokens[1], used.getCompletionTokens() == null ? 0 : used.getCompletionTokens());
        }
    }

    /** The newest messages that fit the budget, oldest first; action cards become short notes. */
    static List<Message> bounded(List<ChatEntry> conversation) {
        List<Message> kept = new ArrayList<>();
        int size = 0;
        for (int i = conversation.size() - 1; i >= 0; i--) {
            ChatEntry entry = conversation.get(i);
            String text = ChatPrompts.shorten(entry.isAction() ? ChatPrompts.actionNote(entry) : entry.text());
            if (text.isBlank()) {
                continue;
            }
            if (size + text.length() > ChatPrompts.MAX_CONVERSATION && !kept.isEmpty()) {
                break;
            }
            size += text.length();
            kept.add(entry.role() == ChatRole.USER ? new UserMessage(text) : new AssistantMessage(text));
        }
        Collections.reverse(kept);
        return kept;
    }

    /** The tool as the model sees it; calling it here is refused, because the chat runs tools itself. */
    private static ToolCallback definitionOnly(StudioTool tool) {
        ToolDefinition definition = DefaultToolDefinition.builder()
                .name(tool.name())
                .description(tool.description())
                .inputSchema(tool.inputSchema())
                .build();
        return new ToolCallback() {
            @Override
            public ToolDefinition getToolDefinition() {
                return definition;
            }

            @Override
            public String call(String toolInput) {
                throw new IllegalStateException("Studio tools run only through the chat's approval step");
            }
        };
    }
}
