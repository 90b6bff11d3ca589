package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A site address's sign-in prompt is throttled like the studio's: the studio's own gate for sites, in front
 * of a listener of this test's (no site needs to be built for the gate to answer).
 */
@IntegrationTest
class SiteSignInThrottleIT {

    @LocalServerPort
    int port;

    @Autowired
    SiteAccess access;

    HttpServer gate;

    @BeforeEach
    void openAGate() throws IOException {
        var site = new HostedSite(
                "throttle-" + UUID.randomUUID(), UUID.randomUUID(), SiteKind.PREVIEW, Path.of("."), "build");
        gate = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gate.createContext("/", exchange -> {
            if (access.admit(exchange, site)) {
                SitePages.send(exchange, 200, "Admitted", "The site would be shown.");
            }
        });
        gate.start();
    }

    @AfterEach
    void closeTheGate() {
        gate.stop(0);
    }

    @Test
    void wrongPasswordsAtASiteAddressPauseTheUserWithAWordedPage() throws Exception {
        String name = "site-guessed-" + UUID.randomUUID().toString().substring(0, 8);
        var created = ApiClient.basic(port, "admin", "admin-test-password")
                .post("/api/v1/users", Map.of("username", name, "password", "right-password", "role", "EDITOR"));
        assertThat(created.status()).isEqualTo(201);
        HttpClient from = client("127.0.77.1");
        for (int i = 0; i < 5; i++) {
            var wrong = get(from, name, "wrong-" + i);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
        }
        var paused = get(from, name, "right-password");
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 15 * 60L);
        assertThat(paused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(paused.body()).contains("Too many sign-in attempts").contains("Try again in 15 minutes");
        assertThat(get(client("127.0.77.2"), name, "right-password").statusCode())
                .as("the user, from anywhere")
                .isEqualTo(429);
    }

    private HttpResponse<String> get(HttpClient client, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + gate.getAddress().getPort() + "/"))
                        .header("Authorization", "Basic " + basic)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(String localAddress) throws IOException {
        return HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(localAddress))
                .build();
    }
}
