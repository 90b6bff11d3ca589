package com.sitewright.llm;

import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import java.io.InterruptedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * One structured-output call to the model: sends the conversation with a JSON schema as the response
 * format, records the tokens it used against whom it was for, and turns a transport failure into a sentence
 * that says what to fix. The client itself retries 429s (honouring Retry-After), 5xx and connection failures.
 */
final class ModelClient {

    private final ChatClient chat;
    private final AiUsageService usage;
    private final String configuredModel;

    ModelClient(ChatClient chat, AiUsageService usage, String configuredModel) {
        this.chat = chat;
        this.usage = usage;
        this.configuredModel = configuredModel;
    }

    /** The answer's text and why it ended ("stop", "length", ...); {@code refusal} is non-blank when the model declined. */
    record Reply(
            String text,
            @Nullable String finishReason,
            @Nullable String refusal) {}

    Reply call(AiCall call, List<Message> conversation, String schema) {
        ChatResponse response;
        try {
            response = chat.prompt()
                    .messages(conversation)
                    .options(OpenAiChatOptions.builder()
                            .responseFormat(OpenAiChatModel.ResponseFormat.builder()
                                    .type(OpenAiChatModel.ResponseFormat.Type.JSON_SCHEMA)
                                    .jsonSchema(schema)
                                    // Not strict: strict mode demands every property be required, and some
                                    // OpenAI-compatible servers reject it; answers are checked by the studio instead.
                                    .strict(false)
                                    .build()))
                    .call()
                    .chatResponse();
        } catch (RuntimeException e) {
            throw explain(e);
        }
        if (response == null) {
            return new Reply("", null, null);
        }
        record(call, response);
        Generation result = response.getResult();
        if (result == null) {
            return new Reply("", null, null);
        }
        Object refusal = result.getOutput().getMetadata().get("refusal");
        return new Reply(
                result.getOutput().getText() == null ? "" : result.getOutput().getText(),
                result.getMetadata().getFinishReason(),
                refusal == null ? null : refusal.toString());
    }

    private void record(AiCall call, ChatResponse response) {
        Usage used = response.getMetadata().getUsage();
        String model = response.getMetadata().getModel();
        long prompt = used == null || used.getPromptTokens() == null ? 0 : used.getPromptTokens();
        long completion = used == null || used.getCompletionTokens() == null ? 0 : used.getCompletionTokens();
        usage.record(call, model == null || model.isBlank() ? configuredModel : model, prompt, completion);
    }

    /** Turns a transport failure into a sentence that says what to fix; never includes the key. */
    static AiGenerationException explain(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpenAIServiceException service) {
                int status = service.statusCode();
                String message = switch (status) {
                    case 401 -> "The OpenAI-compatible endpoint rejected the API key (401). Check OPENAI_API_KEY.";
                    case 403 -> "The OpenAI-compatible endpoint refused access with this API key (403).";
                    case 404 ->
                        "The OpenAI-compatible endpoint does not know this model or path (404). "
                                + "Check OPENAI_BASE_URL and OPENAI_CHAT_MODEL.";
                    case 429 ->
                        "The OpenAI-compatible endpoint kept answering \"too many requests\" (429) "
                                + "after the allowed retries. Try again later or raise the rate limit.";
                    default -> "The OpenAI-compatible endpoint answered with HTTP " + status + ".";
                };
                return new AiGenerationException(message, e, status == 408 || status == 429 || status >= 500);
            }
            if (cause instanceof InterruptedIOException) {
                return new AiGenerationException(
                        "The OpenAI-compatible endpoint did not answer in time " + "(OPENAI_TIMEOUT).", e, true);
            }
            if (cause instanceof OpenAIIoException) {
                return new AiGenerationException(
                        "The OpenAI-compatible endpoint could not be reached. "
                                + "Check OPENAI_BASE_URL and the network.",
                        e);
            }
        }
        return new AiGenerationException(
                "The call to the OpenAI-compatible endpoint failed: "
                        + e.getClass().getSimpleName() + ".",
                e);
    }
}
