package com.sitewright.security;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets a job act for the person who asked for it, with exactly that person's permissions: it is given
 * their ID, and the studio's secured services check them as if the request came from their browser.
 * A disabled or deleted account can no longer act.
 */
@Component
public class ActingUser {

    private final UserAccountRepository users;

    ActingUser(UserAccountRepository users) {
        this.users = users;
    }

    public <T> T as(UUID userId, Supplier<T> work) {
        StudioPrincipal principal = principal(userId);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private StudioPrincipal principal(UUID userId) {
        return users.findById(userId)
                .map(StudioPrincipal::of)
                .filter(StudioPrincipal::enabled)
                .orElseThrow(() ->
                        new AuthenticationCredentialsNotFoundException("The account that asked no longer exists"));
    }
}
