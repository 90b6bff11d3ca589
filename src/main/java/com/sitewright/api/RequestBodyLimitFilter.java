package com.sitewright.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every API request body has a size limit, enforced before anything parses it: a declared {@code Content-Length}
 * over the limit answers {@code 413} at once, and a body sent without one (chunked) is counted while it is read
 * and refused with {@code 413} as soon as it passes the limit.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final BodyLimit otherwise;
    private final List<BodyLimit> limits;

    RequestBodyLimitFilter(long maxBytes, List<BodyLimit> limits) {
        this.otherwise = new BodyLimit(
                "*",
                null,
                maxBytes,
                "The request body is larger than " + BodyLimit.megabytes(maxBytes) + " MB, the most the API takes.");
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BodyLimit limit = limitOf(request);
        if (request.getContentLengthLong() > limit.maxBytes()) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413," + "\"detail\":\""
                            + limit.refusal() + "\"}");
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private BodyLimit limitOf(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return limits.stream()
                .filter(limit -> limit.matches(request, path))
                .findFirst()
                .orElse(otherwise);
    }

    /** Counts what the application reads and stops it past the limit, whichever way it reads. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final BodyLimit limit;
        private @Nullable ServletInputStream stream;
        private @Nullable BufferedReader reader;

        LimitedRequest(HttpServletRequest request, BodyLimit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final BodyLimit limit;
        private long read;

        LimitedStream(ServletInputStream in, BodyLimit limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        /** Unchecked on purpose: a JSON parser passes it on as it is, so the answer is a 413, not "unreadable". */
        private void count(int n) {
            read += n;
            if (read > limit.maxBytes()) {
                throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, limit.refusal());
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
