package com.sitewright.cms.webhook;

import com.sitewright.cms.VendorAnswer;
import com.sitewright.cms.connection.OpenConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers a project's webhook through its CMS vendor's management API: Optimizely Graph, Contentful (the space's
 * signing secret, then the webhook definition) or Sanity. A vendor that cannot be reached, or answers with a server
 * error, throws {@link VendorUnavailableException}; any other answer is an {@link Outcome} that says what to fix.
 */
@Component
class VendorWebhooks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType CONTENTFUL_JSON =
            MediaType.parseMediaType("application/vnd.contentful.management.v1+json");

    /** What registering came to. */
    record Outcome(WebhookState state, String detail, String remoteId) {}

    private final RestClient http;

    VendorWebhooks(
            @Value("${sitewright.cms.connect-timeout-ms:5000}") long connectMillis,
            @Value("${sitewright.cms.read-timeout-ms:10000}") long readMillis) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(connectMillis))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(Duration.ofMillis(readMillis));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** Registers the webhook at {@code url}, whose calls are signed (or, for Optimizely, authorised) with the secret. */
    Outcome register(OpenConnection connection, UUID projectId, String url, String secret) {
        return switch (connection.provider()) {
            case OPTIMIZELY -> optimizely(connection, url + "?secret=" + secret);
            case CONTENTFUL -> contentful(connection, projectId, url, secret);
            case SANITY -> sanity(connection, url, secret);
        };
    }

    /** The vendor could not be reached or answered with a server error: worth another try. */
    static final class VendorUnavailableException extends RuntimeException {
        VendorUnavailableException(String message) {
            super(message, null, false, false);
        }
    }

    private Outcome optimizely(OpenConnection connection, String url) {
        String appKey = connection.value("graphAppKey");
        String appSecret = connection.value("graphSecret");
        if (appKey == null || appSecret == null) {
            return new Outcome(
                    WebhookState.NOT_REGISTERED,
                    "Webhook not registered: Optimizely Graph registers webhooks "
                            + "only with its app key and secret; set graphAppKey and graphSecret.",
                    null);
        }
        String graphUrl = connection.value("graphUrl");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("disabled", false);
        body.put("request", Map.of("url", url, "method", "post"));
        body.put("topic", List.of("doc.updated", "bulk.completed"));
        body.put("filters", List.of());
        String basic = Base64.getEncoder().encodeToString((appKey + ":" + appSecret).getBytes(StandardCharsets.UTF_8));
        VendorAnswer answer = send(
                "Optimizely Graph",
                graphUrl,
                http.post()
                        .uri(uri(graphUrl, "api", "webhooks"))
                        .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(JSON.writeValueAsString(body)));
        return switch (answer.status()) {
            case 200, 201 ->
                new Outcome(
                        WebhookState.REGISTERED, null, remoteId(answer.json().path("id")));
            case 401, 403 ->
                new Outcome(
                        WebhookState.FAILED,
                        "Optimizely Graph refused the app key and secret (" + answer.status()
                                + "): check graphAppKey and graphSecret.",
                        null);
            default ->
                new Outcome(
                        WebhookState.FAILED,
                        "Optimizely Graph answered " + answer.status() + " to the webhook registration at " + graphUrl
                                + ": check graphUrl.",
                        null);
        };
    }

    private Outcome contentful(OpenConnection connection, UUID projectId, String url, String secret) {
        String managementUrl = connection.value("managementUrl");
        String space = connection.value("spaceId");
        String token = connection.value("managementToken");
        // Contentful signs every webhook of a space with the space's one signing secret: this sets it.
        VendorAnswer signing = send(
                "Contentful",
                managementUrl,
                http.put()
                        .uri(uri(managementUrl, "spaces", space, "webhook_settings", "signing_secret"))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(CONTENTFUL_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(JSON.writeValueAsString(Map.of("value", secret))));
        if (signing.status() != 200 && signing.status() != 201) {
            return contentfulRefusal(signing.status(), "set the space's webhook signing secret", space);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Sitewright " + projectId.toString().substring(0, 8));
        body.put("url", url);
        body.put("topics", List.of("Entry.publish", "Entry.unpublish", "Entry.delete"));
        body.put(
                "filters",
                List.of(Map.of(
                        "equals", List.of(Map.of("doc", "sys.environment.sys.id"), connection.value("environment")))));
        body.put("active", true);
        VendorAnswer created = send(
                "Contentful",
                managementUrl,
                http.post()
                        .uri(uri(managementUrl, "spaces", space, "webhook_definitions"))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(CONTENTFUL_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(JSON.writeValueAsString(body)));
        if (created.status() != 200 && created.status() != 201) {
            return contentfulRefusal(created.status(), "create the webhook", space);
        }
        return new Outcome(
                WebhookState.REGISTERED,
                null,
                remoteId(created.json().path("sys").path("id")));
    }

    private Outcome sanity(OpenConnection connection, String url, String secret) {
        String apiUrl = connection.value("apiUrl");
        String project = connection.value("projectId");
        String apiVersion = "v" + connection.value("apiVersion");
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("on", List.of("create", "update", "delete"));
        // Only the ids travel: the site reads the document itself.
        rule.put("projection", "{_id, _type}");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "document");
        body.put("name", "Sitewright " + connection.value("dataset"));
        body.put("url", url);
        body.put("dataset", connection.value("dataset"));
        body.put("apiVersion", apiVersion);
        body.put("httpMethod", "POST");
        body.put("includeDrafts", true);
        body.put("rule", rule);
        body.put("secret", secret);
        VendorAnswer created = send(
                "Sanity",
                apiUrl,
                http.post()
                        .uri(uri(apiUrl, apiVersion, "hooks", "projects", project))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + connection.value("token"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(JSON.writeValueAsString(body)));
        return switch (created.status()) {
            case 200, 201 ->
                new Outcome(
                        WebhookState.REGISTERED, null, remoteId(created.json().path("id")));
            case 401 ->
                new Outcome(
                        WebhookState.FAILED,
                        "Sanity refused the token (401) when asked to create the webhook: " + "check token.",
                        null);
            case 403 ->
                new Outcome(
                        WebhookState.FAILED,
                        "The token may not create webhooks in Sanity project '" + project
                                + "' (403): use a token whose role manages webhooks (Developer or Administrator).",
                        null);
            default ->
                new Outcome(
                        WebhookState.FAILED,
                        "Sanity answered " + created.status()
                                + " when asked to create the webhook: check apiUrl and apiVersion.",
                        null);
        };
    }

    private static Outcome contentfulRefusal(int status, String what, String space) {
        String detail = switch (status) {
            case 401 ->
                "Contentful refused the management token (401) when asked to " + what + ": check managementToken.";
            case 403 ->
                "The management token may not " + what + " in space '" + space + "' (403): webhooks need a "
                        + "token of a space admin.";
            case 404 -> "Contentful has no space '" + space + "' for this token (404): check spaceId.";
            default -> "Contentful answered " + status + " when asked to " + what + ".";
        };
        return new Outcome(WebhookState.FAILED, detail, null);
    }

    private VendorAnswer send(String vendor, String base, RestClient.RequestHeadersSpec<?> request) {
        VendorAnswer answer;
        try {
            answer = VendorAnswer.of(request);
        } catch (RuntimeException e) {
            throw new VendorUnavailableException(
                    vendor + " at " + base + " could not be reached to register the webhook.");
        }
        if (answer.status() >= 500 || answer.status() == 429) {
            throw new VendorUnavailableException(
                    vendor + " answered " + answer.status() + " to the webhook registration.");
        }
        return answer;
    }

    /** Where the webhook is registered: the vendor's address and the part of it the connection names. */
    static String vendorLocation(OpenConnection connection) {
        return switch (connection.provider()) {
            case OPTIMIZELY -> connection.value("graphUrl") + " app key " + connection.value("graphAppKey");
            case CONTENTFUL ->
                connection.value("managementUrl") + " space " + connection.value("spaceId") + " environment "
                        + connection.value("environment");
            case SANITY -> connection.value("apiUrl") + " dataset " + connection.value("dataset");
        };
    }

    private static String remoteId(JsonNode id) {
        String text = id.asString("");
        return text.isEmpty() || text.length() > 200 ? null : text;
    }

    private static URI uri(String base, String... segments) {
        return UriComponentsBuilder.fromUriString(base)
                .pathSegment(segments)
                .build()
                .encode()
                .toUri();
    }
}
