package com.sitewright.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a service call as a given user, the way their own request would, e.g. to make them a personal token. */
final class SignedIn {

    private SignedIn() {}

    static <T> T as(UserService users, String username, Supplier<T> work) {
        var principal = (StudioPrincipal) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
