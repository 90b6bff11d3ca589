package com.sitewright.release.hosting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a site server to expire cache tags and paths through its revalidate route: a POST of
 * {@code {"tags": [...], "paths": [...]}} carrying the server's secret in {@code x-sitewright-secret}.
 */
@Component
class RevalidationRequests {

    private static final Logger log = LoggerFactory.getLogger(RevalidationRequests.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** Sends the request to the server of {@code label} on {@code port}; what went wrong, if it did not work. */
    Optional<String> send(String label, int port, String secret, Collection<String> tags, Collection<String> paths) {
        String body = JSON.writeValueAsString(Map.of("tags", tags, "paths", paths));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/revalidate"))
                .timeout(Duration.ofSeconds(10))
                .header("content-type", "application/json")
                .header("x-sitewright-secret", secret)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException first) {
                // Node.js closes an idle kept-alive connection after 5 s; a request sent on it just then gets no
                // answer. Expiring pages twice does no harm, so it is sent once more on a new connection.
                log.debug("Site {} did not answer a revalidation, asking again: {}", label, first.getMessage());
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() / 100 != 2) {
                log.warn("Site {} refused to revalidate: {} {}", label, response.statusCode(), response.body());
                return Optional.of("it answered " + response.statusCode());
            }
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Site {} could not be asked to revalidate: {}", label, e.getMessage());
            return Optional.of("it could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("the studio was interrupted");
        }
    }
}
