package com.sitewright.llm;

import org.jspecify.annotations.Nullable;

/**
 * The model could not produce a usable answer; the message says what is wrong in words a person can act on.
 * {@link #isTransient()} tells a fault that may pass (rate limit, server error, timeout) from one that will not
 * (a rejected key, an unknown model, answers that stay unusable).
 */
public class AiGenerationException extends RuntimeException {

    private final boolean transientFault;

    public AiGenerationException(String message) {
        this(message, null, false);
    }

    public AiGenerationException(String message, Throwable cause) {
        this(message, cause, false);
    }

    AiGenerationException(String message, @Nullable Throwable cause, boolean transientFault) {
        super(message, cause);
        this.transientFault = transientFault;
    }

    public boolean isTransient() {
        return transientFault;
    }

    /** Turns a transport failure of a model call into a sentence that says what to fix; never includes the key. */
    public static AiGenerationException explain(RuntimeException e) {
        return ModelClient.explain(e);
    }
}
