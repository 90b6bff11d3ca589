package com.sitewright.security;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks the credentials the REST API accepts (HTTP Basic or a personal token) outside Spring
 * Security's filter chains, for listeners that serve sites on their own ports.
 */
@Service
public class ApiCredentials {

    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    private final UserService users;
    private final ApiTokenService tokens;
    private final PasswordEncoder passwords;

    ApiCredentials(UserService users, ApiTokenService tokens, PasswordEncoder passwords) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
    }

    /** The user an {@code Authorization} header stands for; empty when it is missing, malformed or wrong. */
    public Optional<StudioPrincipal> authenticate(String authorization) {
        if (authorization == null || authorization.length() > 1024) {
            return Optional.empty();
        }
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return tokens.authenticate(authorization.substring(BEARER.length()).strip());
        }
        if (authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).strip());
        }
        return Optional.empty();
    }

    private Optional<StudioPrincipal> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            StudioPrincipal user = (StudioPrincipal) users.loadUserByUsername(decoded.substring(0, colon));
            return user.enabled() && passwords.matches(decoded.substring(colon + 1), user.passwordHash())
                    ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
