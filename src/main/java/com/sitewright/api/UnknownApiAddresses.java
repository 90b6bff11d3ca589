package com.sitewright.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Addresses under {@code /api} and {@code /delivery} that no endpoint serves answer {@code 404} as a problem
 * document, whatever the method, instead of falling through to static resources or the studio's pages. Consulted
 * after the controllers' mapping, so a known address with another method still answers {@code 405} with
 * {@code Allow}. It throws while the handler is looked up, as that mapping does, so the global problem handler
 * answers.
 */
class UnknownApiAddresses extends AbstractHandlerMapping {

    private static final List<PathPattern> SERVED = List.of(
            PathPatternParser.defaultInstance.parse("/api/**"),
            PathPatternParser.defaultInstance.parse("/delivery/**"));

    @Override
    protected @Nullable Object getHandlerInternal(HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        if (SERVED.stream().anyMatch(pattern -> pattern.matches(container))) {
            throw new NoHandlerFoundException(request.getMethod(), path, new HttpHeaders());
        }
        return null;
    }
}
