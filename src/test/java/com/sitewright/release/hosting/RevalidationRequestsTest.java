package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Revalidation requests against a real listener standing in for a site's revalidate route. */
class RevalidationRequestsTest {

    private final RevalidationRequests requests = new RevalidationRequests();
    private HttpServer site;

    @AfterEach
    void stop() {
        if (site != null) {
            site.stop(0);
        }
    }

    @Test
    void tagsAndPathsArePostedAsJsonWithTheServersSecret() throws IOException {
        AtomicReference<String> body = new AtomicReference<>();
        AtomicReference<String> secret = new AtomicReference<>();
        AtomicReference<String> contentType = new AtomicReference<>();
        int port = site(200, exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            secret.set(exchange.getRequestHeaders().getFirst("x-sitewright-secret"));
            contentType.set(exchange.getRequestHeaders().getFirst("content-type"));
        });

        var failure = requests.send(
                "preview-a", port, "swr_secret", List.of("item:1", "slug:menu:\"latte\""), List.of("/menu/latte"));

        assertThat(failure).isEmpty();
        assertThat(secret.get()).isEqualTo("swr_secret");
        assertThat(contentType.get()).isEqualTo("application/json");
        JsonNode json = JsonMapper.builder().build().readTree(body.get());
        assertThat(json.path("tags").get(1).asString()).isEqualTo("slug:menu:\"latte\"");
        assertThat(json.path("paths").get(0).asString()).isEqualTo("/menu/latte");
    }

    @Test
    void aRefusalSaysWhatTheServerAnswered() throws IOException {
        int port = site(401, exchange -> {});

        assertThat(requests.send("site-x", port, "wrong", List.of("sitewright"), List.of()))
                .contains("it answered 401");
    }

    @Test
    void aServerThatIsGoneCannotBeReached() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        assertThat(requests.send("site-x", port, "s", List.of("sitewright"), List.of()))
                .hasValueSatisfying(failure -> assertThat(failure).startsWith("it could not be reached"));
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsAskedOnceMore() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try {
                    try (Socket first = server.accept()) {
                        connections.incrementAndGet();
                        readRequest(first.getInputStream());
                        // Closed unanswered, as Node.js does with a kept-alive connection it just timed out.
                    }
                    try (Socket second = server.accept()) {
                        connections.incrementAndGet();
                        readRequest(second.getInputStream());
                        OutputStream out = second.getOutputStream();
                        out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

            assertThat(requests.send("preview-a", server.getLocalPort(), "s", List.of("sitewright"), List.of()))
                    .isEmpty();
            assertThat(connections).hasValue(2);
        }
    }

    private int site(int status, Handler handler) throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/api/revalidate", exchange -> {
            handler.handle(exchange);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        site.start();
        return site.getAddress().getPort();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** Reads the request head and its body (the length the client announced). */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                return;
            }
            head.append((char) c);
        }
        var length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        if (length.find()) {
            in.readNBytes(Integer.parseInt(length.group(1)));
        }
    }
}
