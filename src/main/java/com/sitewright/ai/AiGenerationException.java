package com.sitewright.ai;

/** The model could not produce a usable answer; the message says what is wrong in words a person can act on. */
public class AiGenerationException extends RuntimeException {

    public AiGenerationException(String message) {
        super(message);
    }

    public AiGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
