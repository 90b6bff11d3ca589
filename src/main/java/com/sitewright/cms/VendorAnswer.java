package com.sitewright.cms;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A vendor's HTTP status and body, read up to a bound so that a huge answer cannot fill the studio's memory. */
public record VendorAnswer(int status, String body) {

    private static final int MAX_BODY = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Sends the request and reads whatever the vendor answers, error statuses included. A call that gets no answer
     * (no connection, a timeout) throws the client's runtime exception.
     */
    public static VendorAnswer of(RestClient.RequestHeadersSpec<?> request) {
        return Objects.requireNonNull(
                request.exchange(
                        (sent, response) -> {
                            byte[] bytes;
                            try (InputStream in = response.getBody()) {
                                bytes = in.readNBytes(MAX_BODY);
                            }
                            return new VendorAnswer(
                                    response.getStatusCode().value(), new String(bytes, StandardCharsets.UTF_8));
                        },
                        true),
                "an exchange that read an answer");
    }

    /** The body as JSON; a null node when it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.nullNode();
        }
    }
}
