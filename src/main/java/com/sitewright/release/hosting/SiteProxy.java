package com.sitewright.release.hosting;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Forwards one request to a site server on the loopback interface and streams the answer back.
 * The studio's own credentials (Authorization, cookies) never reach the site, and neither do the
 * forwarding headers a client sends: the site hears who is asking and under which address from the
 * gateway alone.
 */
final class SiteProxy {

    /** Hop-by-hop headers, headers the client sets itself, and the studio's credentials. */
    private static final Set<String> NOT_FORWARDED = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "host",
            "content-length",
            "expect",
            "authorization",
            "cookie",
            "http2-settings",
            "forwarded",
            "x-real-ip");

    private static final Set<String> NOT_RETURNED =
            Set.of("connection", "keep-alive", "transfer-encoding", "content-length", "date", "trailer", "upgrade");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    void forward(HttpExchange exchange, int port, String publicOrigin) throws IOException, InterruptedException {
        URI incoming = exchange.getRequestURI();
        String target = "http://127.0.0.1:" + port + incoming.getRawPath()
                + (incoming.getRawQuery() == null ? "" : "?" + incoming.getRawQuery());
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        boolean hasBody = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(120))
                .method(
                        method,
                        hasBody
                                ? HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody)
                                : HttpRequest.BodyPublishers.noBody());
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_FORWARDED.contains(lower) && !lower.startsWith("x-forwarded-")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        URI origin = URI.create(publicOrigin);
        request.header("X-Forwarded-Host", origin.getAuthority());
        request.header("X-Forwarded-Proto", origin.getScheme());
        request.header(
                "X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.headers().map().forEach((name, values) -> {
            if (!NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, List.copyOf(values));
            }
        });
        long length = response.headers().firstValueAsLong("content-length").orElse(0);
        boolean noBody = method.equals("HEAD") || response.statusCode() == 204 || response.statusCode() == 304;
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : length);
        try (InputStream body = response.body();
                OutputStream out = exchange.getResponseBody()) {
            if (!noBody) {
                body.transferTo(out);
            }
        }
    }
}
