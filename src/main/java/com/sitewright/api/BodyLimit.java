package com.sitewright.api;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A larger body limit for an endpoint that takes files, declared as a bean by the feature that owns the endpoint;
 * {@code refusal} says what was too large. Every other API request has {@code sitewright.api.max-body-size}.
 */
public record BodyLimit(String method, @Nullable PathPattern path, long maxBytes, String refusal) {

    public static BodyLimit of(String method, String path, long maxBytes, String refusal) {
        return new BodyLimit(method, PathPatternParser.defaultInstance.parse(path), maxBytes, refusal);
    }

    /** Whole megabytes, as refusals state them. */
    public static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    boolean matches(HttpServletRequest request, PathContainer path) {
        return this.path != null && method.equals(request.getMethod()) && this.path.matches(path);
    }
}
