package com.sitewright.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in user from the security context of the current request or UI thread. */
public final class CurrentUser {

    private CurrentUser() {}

    public static StudioPrincipal require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StudioPrincipal principal) {
            return principal;
        }
        throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }
}
