package com.sitewright.cms.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vendors' ways of proving a webhook call is theirs, each compared in constant time:
 * <ul>
 * <li>Optimizely Graph signs nothing, so its webhook URL carries the project's secret;</li>
 * <li>Contentful's request verification: {@code x-contentful-signature} is the hex HMAC-SHA256 of the method, the
 * path, the signed headers ({@code name:value} sorted by name, joined with {@code ;}) and the body, one per line,
 * as its {@code node-apps-toolkit} computes it;</li>
 * <li>Sanity's {@code sanity-webhook-signature: t=<ms>,v1=<sig>}: the base64url HMAC-SHA256 of
 * {@code <ms>.<body>}, as its {@code @sanity/webhook} toolkit computes it.</li>
 * </ul>
 */
final class WebhookSignatures {

    /** How old a signed Contentful call may be: its timestamp exists to refuse replays. */
    static final Duration CONTENTFUL_MAX_AGE = Duration.ofMinutes(5);

    private static final Pattern SANITY_HEADER = Pattern.compile("^t=(\\d+)[, ]+v1=([^, ]+)$");

    private WebhookSignatures() {}

    static boolean sameSecret(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Why a Contentful call is refused, or null when its signature holds.
     *
     * @param header a request header by lower-case name, null when absent
     * @param path   the request's path and query as received
     */
    static String contentfulRefusal(
            String secret, String method, String path, Function<String, String> header, String body, Instant now) {
        String signature = header.apply("x-contentful-signature");
        String signedHeaders = header.apply("x-contentful-signed-headers");
        String timestamp = header.apply("x-contentful-timestamp");
        if (signature == null || signedHeaders == null || timestamp == null) {
            return "The call carries no Contentful request signature (x-contentful-signature, x-contentful-signed-headers "
                    + "and x-contentful-timestamp); enable request verification for the space's webhooks.";
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "x-contentful-timestamp is not a time in milliseconds.";
        }
        if (Math.abs(now.toEpochMilli() - millis) > CONTENTFUL_MAX_AGE.toMillis()) {
            return "The Contentful signature is older than " + CONTENTFUL_MAX_AGE.toMinutes() + " minutes (or from the "
                    + "future): the call is refused as a possible replay.";
        }
        List<String> names = new ArrayList<>();
        for (String name : signedHeaders.split(",")) {
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        Map<String, String> signed = new TreeMap<>();
        for (String name : names) {
            String value = header.apply(name);
            if (value != null) {
                signed.put(name, value.strip());
            }
        }
        // As the toolkit does: the timestamp and the list of signed headers (itself included) are always signed.
        signed.put("x-contentful-timestamp", timestamp.strip());
        signed.put("x-contentful-signed-headers", "");
        signed.put("x-contentful-signed-headers", String.join(",", signed.keySet()));
        StringBuilder headers = new StringBuilder();
        signed.forEach((name, value) -> headers.append(headers.isEmpty() ? "" : ";")
                .append(name)
                .append(':')
                .append(value));
        String canonical = method.toUpperCase(Locale.ROOT) + "\n" + normalisedPath(path) + "\n" + headers + "\n" + body;
        String expected = HexFormat.of().formatHex(hmac(secret, canonical));
        return sameSecret(signature.strip().toLowerCase(Locale.ROOT), expected)
                ? null
                : "The Contentful signature does not match: the call was not signed with this project's webhook secret.";
    }

    /** Why a Sanity call is refused, or null when its signature holds. */
    static String sanityRefusal(String secret, String header, String body) {
        if (header == null || header.isBlank()) {
            return "The call carries no sanity-webhook-signature header; give the webhook this project's secret.";
        }
        Matcher matcher = SANITY_HEADER.matcher(header.strip());
        if (!matcher.matches()) {
            return "The sanity-webhook-signature header is not of the form t=<timestamp>,v1=<signature>.";
        }
        String expected =
                Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(secret, matcher.group(1) + "." + body));
        return sameSecret(matcher.group(2), expected)
                ? null
                : "The Sanity signature does not match: the call was not signed with this project's webhook secret.";
    }

    /**
     * The signed path as Contentful's toolkit writes it: the query escaped as Node's {@code querystring.escape}
     * does, then the whole as JavaScript's {@code encodeURI} does.
     */
    private static String normalisedPath(String path) {
        int query = path.indexOf('?');
        String pathname = query < 0 ? path : path.substring(0, query);
        String search = query < 0 ? "" : path.substring(query + 1);
        String joined = search.isEmpty() ? pathname : pathname + "?" + escape(search, "-_.!~*'()");
        return escape(joined, "-_.!~*'();/?:@&=+$,#");
    }

    /** Percent-encodes the UTF-8 bytes of everything but letters, digits and {@code kept}. */
    private static String escape(String text, String kept) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kept.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
