package com.sitewright.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps other web sites from changing data through the API with a browser's cached Basic credentials. A
 * state-changing request is refused when the browser says it comes from another site ({@code Sec-Fetch-Site},
 * {@code Origin}); without such proof of the same origin, it must carry a content type that a cross-site form or
 * a fetch without a CORS preflight cannot send (not {@code text/plain}, a form type, or none with a body). Scripts,
 * curl and the studio's own pages pass unchanged.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The content types a browser sends cross-site without asking the server first (CORS "simple" requests). */
    private static final Set<String> FORM_TYPES =
            Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"type":"about:blank","title":"Forbidden","status":403,"detail":"Cross-site requests are not \
                accepted. Send JSON as application/json, a file with its own type (text/csv, image/png, \
                application/octet-stream), and no Origin of another site."}""");
    }

    private static boolean allowed(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            // "none": typed by the person (a bookmark, the address bar); anything but the studio itself is another
            // site.
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (!site.equals("same-origin") && !site.equals("none")) {
                return false;
            }
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            return sameOrigin(origin, request);
        }
        return fetchSite != null || unformlike(request);
    }

    /** Compared with the Host the browser sent, so a proxy in front of the studio needs no configuration. */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        try {
            URI uri = URI.create(origin.strip());
            return host != null
                    && uri.getRawAuthority() != null
                    && uri.getRawAuthority().equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed frame, a file) and anything unreadable
        }
    }

    private static boolean unformlike(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !FORM_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
