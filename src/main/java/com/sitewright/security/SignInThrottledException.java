package com.sitewright.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationServiceException;

/** An attempt refused unchecked because its user name or client address has failed too often lately. */
public class SignInThrottledException extends AuthenticationServiceException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Signing in is paused after too many failed attempts. Try again in " + minutes(retryAfter) + ".");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds for a {@code Retry-After} header, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
