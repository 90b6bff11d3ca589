package com.sitewright.generation.blueprint;

/** A prompt that cannot be built from; the message is meant to be shown to the user as is. */
public class InvalidPromptException extends RuntimeException {

    public InvalidPromptException(String message) {
        super(message);
    }
}
