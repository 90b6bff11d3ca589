package com.sitewright.security;

import com.sitewright.support.ApiClient;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caller on its own client address (a loopback alias such as 127.0.41.7) with its own cookies: how the
 * studio sees one machine among many, so that per-address sign-in limits can be tested without touching others.
 */
final class Visitor {

    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 16));
    private static final Pattern META =
            Pattern.compile("<meta\\s+name=\"(_csrf(?:_parameter)?)\"\\s+content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;
    final String address;

    private Visitor(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
        try {
            this.http = HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName(address))
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A visitor from a loopback address no other visitor in this test run has used. */
    static Visitor fresh(int port) {
        int n = NEXT.incrementAndGet() % (250 * 250);
        return new Visitor(port, "127." + (1 + n / 250) + "." + (1 + n % 250) + ".1");
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    ApiClient.Response get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .GET()
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A page of the studio with this visitor's cookies, as a browser would ask for it. */
    ApiClient.Response page(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .GET()
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60)));
    }

    /** Fills in the login page's form and sends it, as the login view's native form post does. */
    ApiClient.Response signIn(String username, String password) {
        String loginPage = page("/login").body();
        StringBuilder form = new StringBuilder("username=" + encode(username) + "&password=" + encode(password));
        String parameter = null;
        String token = null;
        for (Matcher meta = META.matcher(loginPage); meta.find(); ) {
            if (meta.group(1).equals("_csrf_parameter")) {
                parameter = meta.group(2);
            } else {
                token = meta.group(2);
            }
        }
        if (parameter != null && token != null) {
            form.append('&').append(encode(parameter)).append('=').append(encode(token));
        }
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private ApiClient.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
