package com.sitewright.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * API callers get a 401 problem document, never a redirect to the login page; a paused sign-in gets a 429 that
 * says when to try again.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final String detail;

    ProblemAuthenticationEntryPoint() {
        this("Sign in with HTTP Basic or an API token (Authorization: Bearer …).");
    }

    /** @param detail what the caller should send instead (plain text, no quotes or backslashes) */
    public ProblemAuthenticationEntryPoint(String detail) {
        this.detail = detail;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof SignInThrottledException paused) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(paused.retryAfterSeconds()));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                            + paused.getMessage() + "\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Sitewright\", Bearer");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + detail
                        + "\"}");
    }
}
