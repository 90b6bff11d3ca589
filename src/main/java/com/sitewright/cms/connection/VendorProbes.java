package com.sitewright.cms.connection;

import com.sitewright.cms.VendorAnswer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Test connection": one cheap, real read per vendor with the saved credentials, and an answer that says
 * precisely what is wrong. Every call is bounded by a connect and a read timeout. Problems name settings
 * and addresses, never a secret; vendor answers are not echoed.
 */
@Component
class VendorProbes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final Duration readTimeout;

    VendorProbes(
            @Value("${sitewright.cms.connect-timeout-ms:5000}") long connectMillis,
            @Value("${sitewright.cms.read-timeout-ms:10000}") long readMillis) {
        this.readTimeout = Duration.ofMillis(readMillis);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(connectMillis))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(readTimeout);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** The call did not get an HTTP answer; the message says why in a person's words. */
    private static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message, null, false, false);
        }
    }

    ConnectionCheck check(CmsProvider provider, Map<String, String> settings, Map<String, String> secrets) {
        try {
            return switch (provider) {
                case OPTIMIZELY -> optimizely(settings, secrets);
                case CONTENTFUL -> contentful(settings, secrets);
                case SANITY -> sanity(settings, secrets);
            };
        } catch (Unreachable e) {
            return ConnectionCheck.fails(e.getMessage());
        }
    }

    private ConnectionCheck optimizely(Map<String, String> settings, Map<String, String> secrets) throws Unreachable {
        String cmsUrl = settings.get("cmsUrl");
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "client_credentials");
        body.put("client_id", settings.get("clientId"));
        body.put("client_secret", secrets.get("clientSecret"));
        URI tokenUri = uri(cmsUrl, "oauth", "token");
        VendorAnswer token = send(
                "Optimizely",
                cmsUrl,
                http.post()
                        .uri(tokenUri)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(JSON.writeValueAsString(body)));
        String accessToken = token.json().path("access_token").asString("");
        if (token.status() == 400 || token.status() == 401) {
            String error = token.json().path("error").asString("");
            if (token.status() == 401 || error.equals("invalid_client") || error.equals("unauthorized_client")) {
                return ConnectionCheck.fails("Optimizely refused the client id and secret (" + token.status()
                        + (error.isEmpty() ? "" : " " + safeCode(error)) + "): check clientId and clientSecret.");
            }
        }
        if (token.status() != 200 || accessToken.isEmpty()) {
            return ConnectionCheck.fails(unexpected("Optimizely's token endpoint", tokenUri, token.status(), "cmsUrl"));
        }
        URI typesUri = UriComponentsBuilder.fromUri(uri(cmsUrl, "v1", "contenttypes"))
                .queryParam("pageIndex", 0)
                .queryParam("pageSize", 1)
                .build()
                .toUri();
        VendorAnswer types = send(
                "Optimizely",
                cmsUrl,
                http.get()
                        .uri(typesUri)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                        .accept(MediaType.APPLICATION_JSON));
        switch (types.status()) {
            case 200 -> {}
            case 401 -> {
                return ConnectionCheck.fails(
                        "Optimizely issued a token but refused it when listing content types (401).");
            }
            case 403 -> {
                return ConnectionCheck.fails("The Optimizely API client lacks permission to read content types (403): "
                        + "give it rights to manage content types and content.");
            }
            default -> {
                return ConnectionCheck.fails(
                        unexpected("Optimizely's content types endpoint", typesUri, types.status(), "cmsUrl"));
            }
        }
        String singleKey = secrets.get("graphSingleKey");
        if (singleKey != null) {
            String graphUrl = settings.get("graphUrl");
            URI graphUri = uri(graphUrl, "content", "v2");
            VendorAnswer graph = send(
                    "Optimizely Graph",
                    graphUrl,
                    http.post()
                            .uri(graphUri)
                            .header(HttpHeaders.AUTHORIZATION, "epi-single " + singleKey)
                            .contentType(MediaType.APPLICATION_JSON)
                            .accept(MediaType.APPLICATION_JSON)
                            .body("{\"query\":\"{ _Content(limit: 1) { total } }\"}"));
            if (graph.status() == 401 || graph.status() == 403) {
                return ConnectionCheck.fails(
                        "Optimizely Graph refused the single key (" + graph.status() + "): check graphSingleKey.");
            }
            if (graph.status() != 200) {
                return ConnectionCheck.fails(unexpected("Optimizely Graph", graphUri, graph.status(), "graphUrl"));
            }
        }
        return ConnectionCheck.works();
    }

    private ConnectionCheck contentful(Map<String, String> settings, Map<String, String> secrets) throws Unreachable {
        String space = settings.get("spaceId");
        String environment = settings.get("environment");
        String managementUrl = settings.get("managementUrl");
        URI environmentUri = uri(managementUrl, "spaces", space, "environments", environment);
        VendorAnswer management = send(
                "Contentful",
                managementUrl,
                http.get()
                        .uri(environmentUri)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secrets.get("managementToken"))
                        .accept(MediaType.parseMediaType("application/vnd.contentful.management.v1+json")));
        switch (management.status()) {
            case 200 -> {}
            case 401 -> {
                return ConnectionCheck.fails("Contentful refused the management token (401): check managementToken.");
            }
            case 403 -> {
                return ConnectionCheck.fails("The management token lacks access to space '" + space + "', environment '"
                        + environment + "' (403): use a token of a user with access to it.");
            }
            case 404 -> {
                return ConnectionCheck.fails("Contentful has no space '" + space + "' with an environment '"
                        + environment + "' for this token (404): check spaceId and environment.");
            }
            default -> {
                return ConnectionCheck.fails(unexpected(
                        "Contentful's management API", environmentUri, management.status(), "managementUrl"));
            }
        }
        for (String[] read :
                new String[][] {{"deliveryToken", "deliveryUrl", "delivery"}, {"previewToken", "previewUrl", "preview"}
                }) {
            String token = secrets.get(read[0]);
            if (token == null) {
                continue;
            }
            String base = settings.get(read[1]);
            URI typesUri = UriComponentsBuilder.fromUri(
                            uri(base, "spaces", space, "environments", environment, "content_types"))
                    .queryParam("limit", 1)
                    .build()
                    .toUri();
            VendorAnswer answer = send(
                    "Contentful's " + read[2] + " API",
                    base,
                    http.get()
                            .uri(typesUri)
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                            .accept(MediaType.APPLICATION_JSON));
            switch (answer.status()) {
                case 200 -> {}
                case 401, 403 -> {
                    return ConnectionCheck.fails("Contentful's " + read[2] + " API refused the " + read[2] + " token ("
                            + answer.status() + "): check " + read[0] + ".");
                }
                case 404 -> {
                    return ConnectionCheck.fails("Contentful's " + read[2] + " API has no space '" + space
                            + "' with an environment '" + environment + "' for the " + read[2]
                            + " token (404): check " + read[0] + " and " + read[1] + ".");
                }
                default -> {
                    return ConnectionCheck.fails(
                            unexpected("Contentful's " + read[2] + " API", typesUri, answer.status(), read[1]));
                }
            }
        }
        return ConnectionCheck.works();
    }

    private ConnectionCheck sanity(Map<String, String> settings, Map<String, String> secrets) throws Unreachable {
        String apiUrl = settings.get("apiUrl");
        String project = settings.get("projectId");
        String dataset = settings.get("dataset");
        URI queryUri = UriComponentsBuilder.fromUri(
                        uri(apiUrl, "v" + settings.get("apiVersion"), "data", "query", dataset))
                .queryParam("query", "count(*[_id == \"sitewright.connection-test\"])")
                .encode()
                .build()
                .toUri();
        VendorAnswer answer = send(
                "Sanity",
                apiUrl,
                http.get()
                        .uri(queryUri)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secrets.get("token"))
                        .accept(MediaType.APPLICATION_JSON));
        String message = answer.json().path("message").asString("").toLowerCase(Locale.ROOT) + " "
                + answer.json().path("error").path("description").asString("").toLowerCase(Locale.ROOT);
        return switch (answer.status()) {
            case 200 -> ConnectionCheck.works();
            case 401 -> ConnectionCheck.fails("Sanity refused the token (401): check token.");
            case 403 ->
                ConnectionCheck.fails("The token lacks permission to read dataset '" + dataset + "' (403): "
                        + "give it at least the Viewer role, or Editor for pushing.");
            case 404 ->
                message.contains("dataset")
                        ? ConnectionCheck.fails("Sanity project '" + project + "' has no dataset '" + dataset
                                + "' (404): check dataset.")
                        : message.contains("project")
                                ? ConnectionCheck.fails(
                                        "Sanity has no project '" + project + "' (404): check projectId and apiUrl.")
                                : ConnectionCheck.fails(
                                        unexpected("Sanity's query API", queryUri, 404, "apiUrl and apiVersion"));
            default ->
                ConnectionCheck.fails(
                        unexpected("Sanity's query API", queryUri, answer.status(), "apiUrl and apiVersion"));
        };
    }

    private VendorAnswer send(String vendor, String base, RestClient.RequestHeadersSpec<?> request) throws Unreachable {
        try {
            return VendorAnswer.of(request);
        } catch (RuntimeException e) {
            throw new Unreachable(vendor + " at " + base + " " + unreachable(e));
        }
    }

    private String unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return "could not be reached: connecting timed out.";
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return "did not answer within " + readTimeout.toSeconds() + " seconds (timeout).";
            }
            if (cause instanceof UnknownHostException) {
                return "could not be reached: its host name is unknown.";
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return "could not be reached: the connection was refused or no route leads there.";
            }
            if (cause instanceof SSLException) {
                return "could not be reached: the TLS handshake failed.";
            }
        }
        return "could not be reached"
                + (failure instanceof IOException || failure.getCause() instanceof IOException
                        ? ": the connection failed."
                        : ".");
    }

    private static URI uri(String base, String... segments) {
        return UriComponentsBuilder.fromUriString(base)
                .pathSegment(segments)
                .build()
                .encode()
                .toUri();
    }

    private static String unexpected(String what, URI uri, int status, String setting) {
        return what + " at " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()
                + " answered " + status + (status == 404 ? " (not found)" : status >= 500 ? " (a server error)" : "")
                + ": check " + setting + ".";
    }

    /** Only a well-formed OAuth error code is repeated to the user. */
    private static String safeCode(String error) {
        return error.matches("[a-z_]{1,40}") ? error : "";
    }
}
