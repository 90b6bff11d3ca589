package com.sitewright.security;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * Checks the credentials the REST API accepts (HTTP Basic or a personal token) outside Spring
 * Security's filter chains, for listeners that serve sites on their own ports. The same sign-in
 * throttle applies as on the API itself.
 */
@Service
public class ApiCredentials {

    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    private final ThrottledAuthenticationProvider passwords;
    private final ApiTokenService tokens;
    private final SignInThrottle throttle;

    ApiCredentials(ThrottledAuthenticationProvider passwords, ApiTokenService tokens, SignInThrottle throttle) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /**
     * The user an {@code Authorization} header stands for; empty when it is missing, malformed or wrong.
     *
     * @throws SignInThrottledException when the name or the client address has failed too often lately
     */
    public Optional<StudioPrincipal> authenticate(String authorization, InetSocketAddress client) {
        if (authorization == null || authorization.length() > 1024) {
            return Optional.empty();
        }
        String address = client == null || client.getAddress() == null
                ? null
                : client.getAddress().getHostAddress();
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throttle.check(null, address);
            Optional<StudioPrincipal> user =
                    tokens.authenticate(authorization.substring(BEARER.length()).strip());
            if (user.isEmpty()) {
                throttle.failed(null, address);
            }
            return user;
        }
        if (authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).strip(), address);
        }
        return Optional.empty();
    }

    private Optional<StudioPrincipal> basic(String encoded, @Nullable String address) {
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
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                decoded.substring(0, colon), decoded.substring(colon + 1));
        if (address != null) {
            attempt.setDetails(new WebAuthenticationDetails(address, null));
        }
        try {
            return passwords.authenticate(attempt).getPrincipal() instanceof StudioPrincipal principal
                    ? Optional.of(principal)
                    : Optional.empty();
        } catch (SignInThrottledException e) {
            throw e;
        } catch (AuthenticationException e) {
            return Optional.empty();
        }
    }
}
