package com.sitewright.ai;

import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;

/** The model could not produce a usable answer; the message says what is wrong in words a person can act on. */
public class AiGenerationException extends RuntimeException {

    public AiGenerationException(String message) {
        super(message);
    }

    public AiGenerationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Turns a transport failure into a sentence that says what to fix. */
    public static AiGenerationException explain(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpenAIServiceException service) {
                int status = service.statusCode();
                String message = switch (status) {
                    case 401 -> "The OpenAI-compatible endpoint rejected the API key (401). Check OPENAI_API_KEY.";
                    case 403 -> "The OpenAI-compatible endpoint refused access with this API key (403).";
                    case 404 -> "The OpenAI-compatible endpoint does not know this model or path (404). "
                            + "Check OPENAI_BASE_URL and OPENAI_CHAT_MODEL.";
                    case 429 -> "The OpenAI-compatible endpoint kept answering \"too many requests\" (429) "
                            + "after the allowed retries. Try again later or raise the rate limit.";
                    default -> "The OpenAI-compatible endpoint answered with HTTP " + status + ".";
                };
                return new AiGenerationException(message, e);
            }
            if (cause instanceof OpenAIIoException) {
                return new AiGenerationException("The OpenAI-compatible endpoint could not be reached. "
                        + "Check OPENAI_BASE_URL and the network.", e);
            }
        }
        return new AiGenerationException("The call to the OpenAI-compatible endpoint failed: "
                + e.getClass().getSimpleName() + ".", e);
    }
}
