package com.sitewright.base;

/** The request clashes with what exists (a taken name, a stale version); the message says how. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
