package com.sitewright.cms.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One push's calls to its CMS: at most {@code concurrency} in flight, spaced at the connection's rate, a 429
 * waited out as the vendor says (Retry-After or Contentful's rate-limit reset), and a timeout or 5xx tried again
 * after a doubling pause. Counts every request sent, retries included, for the report.
 */
final class VendorHttp {

    static final MediaType JSON_TYPE = MediaType.APPLICATION_JSON;
    private static final int STOP_AFTER_FAILING = 8;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A vendor's answer, read whole (answers are small; uploads go the other way). */
    record Answer(int status, HttpHeaders headers, byte[] body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return body.length == 0 ? JSON.missingNode() : JSON.readTree(body);
        }

        /** The vendor's own words for what went wrong, in any of the three vendors' error shapes. */
        String problem() {
            String text = new String(body, StandardCharsets.UTF_8);
            try {
                JsonNode error = json();
                for (String field : new String[] {"detail", "title", "message", "error_description"}) {
                    if (error.path(field).isString()
                            && !error.path(field).asString().isBlank()) {
                        String found = error.path(field).asString();
                        JsonNode first = error.path("errors").path(0);
                        return first.path("detail").isString()
                                ? found + " (" + first.path("field").asString("") + ": "
                                        + first.path("detail").asString() + ")"
                                : found;
                    }
                }
                if (error.path("error").isObject()) {
                    return error.path("error")
                            .path("description")
                            .asString(error.path("error").toString());
                }
                if (error.path("error").isString()) {
                    return error.path("error").asString();
                }
            } catch (RuntimeException notJson) {
                // fall through to the text itself
            }
            return text.isBlank() ? "HTTP " + status : text.substring(0, Math.min(300, text.length()));
        }
    }

    private final WebClient client;
    private final RequestPacer pacer;
    private final Semaphore inFlight;
    private final PushSettings settings;
    private final AtomicInteger requests;
    /** Requests in a row that found the CMS failing or silent; past a few, the CMS is down and the push stops. */
    private final AtomicInteger failingInARow = new AtomicInteger();

    VendorHttp(WebClient client, double requestsPerSecond, PushSettings settings, AtomicInteger requests) {
        this.client = client;
        this.pacer = new RequestPacer(requestsPerSecond);
        this.inFlight = new Semaphore(Math.max(1, settings.concurrency()));
        this.settings = settings;
        this.requests = requests;
    }

    static byte[] json(Object body) {
        return JSON.writeValueAsBytes(body);
    }

    Answer send(HttpMethod method, String url, Consumer<HttpHeaders> headers, MediaType type, byte[] body) {
        return exchange(method, url, headers, type, body, null);
    }

    Answer get(String url, Consumer<HttpHeaders> headers) {
        return exchange(HttpMethod.GET, url, headers, null, null, null);
    }

    Answer multipart(String url, Consumer<HttpHeaders> headers, MultipartBodyBuilder parts) {
        return exchange(HttpMethod.POST, url, headers, null, null, parts);
    }

    private Answer exchange(
            HttpMethod method,
            String url,
            Consumer<HttpHeaders> headers,
            MediaType type,
            byte[] body,
            MultipartBodyBuilder parts) {
        int failures = 0;
        int waits = 0;
        while (true) {
            Answer answer;
            try {
                answer = once(method, url, headers, type, body, parts);
            } catch (VendorCallException unreachable) {
                if (unreachable.isFatal()) {
                    throw unreachable;
                }
                if (++failures >= settings.attempts()) {
                    throw givingUp(unreachable);
                }
                backOff(failures);
                continue;
            }
            if (answer.status() == 429) {
                Duration wait = retryAfter(answer.headers());
                if (wait.compareTo(settings.maxWait()) > 0 || ++waits > 20) {
                    throw VendorCallException.of(
                            429,
                            "The CMS kept refusing requests as too many (429) and asked to wait " + wait.toSeconds()
                                    + " s; lower requestsPerSecond or push again later.");
                }
                pacer.pause(wait);
                continue;
            }
            if (answer.status() >= 500) {
                if (++failures < settings.attempts()) {
                    backOff(failures);
                    continue;
                }
                throw givingUp(VendorCallException.of(
                        answer.status(),
                        "The CMS failed with " + answer.status() + " (" + answer.problem() + ") " + settings.attempts()
                                + " times in a row."));
            }
            failingInARow.set(0);
            return answer;
        }
    }

    private Answer once(
            HttpMethod method,
            String url,
            Consumer<HttpHeaders> headers,
            MediaType type,
            byte[] body,
            MultipartBodyBuilder parts) {
        // Headers are worked out before taking a place in flight: working them out may itself call the CMS (a token
        // renewal), which would otherwise wait forever for a place the callers waiting on that token hold.
        HttpHeaders resolved = new HttpHeaders();
        headers.accept(resolved);
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VendorCallException.fatal(0, "The push was interrupted.");
        }
        try {
            pacer.acquire();
            requests.incrementAndGet();
            WebClient.RequestBodySpec request = client.method(method).uri(url).headers(sent -> sent.addAll(resolved));
            WebClient.RequestHeadersSpec<?> ready = request;
            if (parts != null) {
                ready = request.body(BodyInserters.fromMultipartData(parts.build()));
            } else if (body != null) {
                ready = request.contentType(type).bodyValue(body);
            }
            return ready.exchangeToMono(response -> response.bodyToMono(byte[].class)
                            .defaultIfEmpty(new byte[0])
                            .map(bytes -> new Answer(
                                    response.statusCode().value(),
                                    response.headers().asHttpHeaders(),
                                    bytes)))
                    .timeout(settings.answerTimeout())
                    .block();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VendorCallException.fatal(0, "The push was interrupted.");
        } catch (WebClientRequestException e) {
            throw VendorCallException.of(
                    0, "The CMS at " + hostOf(url) + " could not be reached (" + rootMessage(e) + ").");
        } catch (RuntimeException e) {
            if (e.getCause() instanceof TimeoutException
                    || e instanceof IllegalStateException
                            && e.getMessage() != null
                            && e.getMessage().contains("Timeout")) {
                throw VendorCallException.of(
                        0,
                        "The CMS at " + hostOf(url) + " did not answer within "
                                + settings.answerTimeout().toSeconds() + " s.");
            }
            throw e;
        } finally {
            inFlight.release();
        }
    }

    private VendorCallException givingUp(VendorCallException last) {
        if (failingInARow.incrementAndGet() >= STOP_AFTER_FAILING) {
            return VendorCallException.fatal(
                    last.status(),
                    last.getMessage() + " The push stopped: the CMS is failing "
                            + "every request. Push again later; it continues where it stopped.");
        }
        return last;
    }

    private void backOff(int failures) {
        try {
            Thread.sleep(settings.backoff().multipliedBy(1L << Math.min(failures - 1, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VendorCallException.fatal(0, "The push was interrupted.");
        }
    }

    /** Retry-After in seconds (Optimizely, Sanity) or Contentful's reset header; one second when neither says. */
    static Duration retryAfter(HttpHeaders headers) {
        for (String name : new String[] {HttpHeaders.RETRY_AFTER, "X-Contentful-RateLimit-Reset"}) {
            String value = headers.getFirst(name);
            if (value != null) {
                try {
                    return Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(value.strip()) * 1000)));
                } catch (NumberFormatException notSeconds) {
                    // an HTTP date: rare for these vendors; a second is a safe wait
                }
            }
        }
        return Duration.ofSeconds(1);
    }

    private static String hostOf(String url) {
        try {
            return java.net.URI.create(url).getAuthority();
        } catch (IllegalArgumentException e) {
            return "its address";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
