package com.sitewright.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Authorization: Bearer <secret>} into an authentication for this request only.
 * A request without a bearer header passes on untouched; an unknown or revoked secret gets a 401.
 * With a throttle, rejected secrets count against the client's address, and a paused address gets a 429.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Function<String, Optional<? extends Authentication>> authenticator;
    private final AuthenticationEntryPoint entryPoint;
    private final @Nullable SignInThrottle throttle;

    public BearerTokenFilter(
            Function<String, Optional<? extends Authentication>> authenticator, AuthenticationEntryPoint entryPoint) {
        this(authenticator, entryPoint, null);
    }

    /** With a throttle, rejected secrets count against the client's address, and a paused address gets a 429. */
    BearerTokenFilter(
            Function<String, Optional<? extends Authentication>> authenticator,
            AuthenticationEntryPoint entryPoint,
            @Nullable SignInThrottle throttle) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        if (throttle != null) {
            try {
                throttle.check(null, request.getRemoteAddr());
            } catch (SignInThrottledException paused) {
                entryPoint.commence(request, response, paused);
                return;
            }
        }
        Optional<? extends Authentication> authentication =
                authenticator.apply(header.substring(BEARER.length()).strip());
        if (authentication.isEmpty()) {
            if (throttle != null) {
                throttle.failed(null, request.getRemoteAddr());
            }
            entryPoint.commence(request, response, new BadCredentialsException("Invalid or revoked token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
