package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a site server hears through the gateway's proxy, over real HTTP: a client's own forwarding headers
 * and credentials never reach it; the gateway's values do.
 */
class SiteProxyTest {

    private HttpServer site;
    private HttpServer gateway;
    private final AtomicReference<Headers> heard = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        site = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        site.createContext("/", exchange -> {
            heard.set(exchange.getRequestHeaders());
            byte[] body = "hello".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        gateway = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        SiteProxy proxy = new SiteProxy();
        gateway.createContext("/", exchange -> {
            try (exchange) {
                proxy.forward(exchange, site.getAddress().getPort(), "http://localhost:47123/");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
        site.stop(0);
    }

    @Test
    void forgedForwardingHeadersAndCredentialsDoNotReachTheSite() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/menu"))
                .header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443")
                .header("Forwarded", "for=6.6.6.6;host=evil.example")
                .header("X-Real-IP", "6.6.6.6")
                .header("Authorization", "Basic YWRtaW46c2VjcmV0")
                .header("Cookie", "sw_site_abc=ticket")
                .header("Accept-Language", "nl")
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("hello");
        }

        Headers headers = heard.get();
        assertThat(headers.get("X-Forwarded-Host")).containsExactly("localhost:47123");
        assertThat(headers.get("X-Forwarded-Proto")).containsExactly("http");
        assertThat(headers.get("X-Forwarded-For")).containsExactly("127.0.0.1");
        assertThat(headers.containsKey("X-Forwarded-Port")).isFalse();
        assertThat(headers.containsKey("Forwarded")).isFalse();
        assertThat(headers.containsKey("X-Real-IP")).isFalse();
        assertThat(headers.containsKey("Authorization")).isFalse();
        assertThat(headers.containsKey("Cookie")).isFalse();
        assertThat(headers.values().stream().flatMap(java.util.List::stream))
                .noneMatch(value -> value.contains("6.6.6.6") || value.contains("evil.example"));
        assertThat(headers.getFirst("Accept-Language")).isEqualTo("nl");
    }
}
