package com.sitewright.cms.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The signature checks against signatures made by the vendors' own published toolkits
 * ({@code @contentful/node-apps-toolkit} {@code signRequest}, {@code @sanity/webhook} {@code encodeSignatureHeader})
 * for the secret, requests and times below.
 */
class WebhookSignaturesTest {

    private static final String SECRET = "Q3x9fP0aZ1mK7vL2sT8wY4bN6cR5eU0iO9pA3dG1hJ7kM2nB4vC6xZ8qW0eR2tY4";
    private static final long SIGNED_AT = 1765060000000L;
    private static final String ENTRY =
            "{\"sys\":{\"type\":\"Entry\",\"id\":\"0b7e6f1a-9c2d-4e3f-8a1b-2c3d4e5f6a7b\"},\"fields\":{}}";
    private static final String PATH = "/api/v1/projects/7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d/cms-webhooks/contentful";

    private static Function<String, String> headers(Map<String, String> headers) {
        return name -> headers.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static Map<String, String> contentfulHeaders(String signature) {
        return Map.of(
                "Content-Type",
                "application/vnd.contentful.management.v1+json",
                "X-Contentful-Topic",
                "ContentManagement.Entry.publish",
                "X-Contentful-Signature",
                signature,
                "X-Contentful-Signed-Headers",
                "content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic",
                "X-Contentful-Timestamp",
                String.valueOf(SIGNED_AT),
                "X-Contentful-Webhook-Name",
                "not signed, so it may be anything");
    }

    @Test
    void aContentfulSignatureMadeByItsToolkitHolds() {
        var signed = headers(contentfulHeaders("11caa4d22f05db3e8f5945358e9e28036adfc0224cc0688810f34bf81d8a0b7b"));
        assertThat(WebhookSignatures.contentfulRefusal(
                        SECRET, "POST", PATH, signed, ENTRY, Instant.ofEpochMilli(SIGNED_AT + 2_000)))
                .isNull();
    }

    @Test
    void aContentfulSignatureOverAQueryIsCheckedAsTheToolkitEncodesIt() {
        var signed = headers(Map.of(
                "x-contentful-signature",
                "a0ee4587550e2f0541f371fa628abca8bdc940314c27941209cc3243e33d97de",
                "x-contentful-signed-headers",
                "x-contentful-signed-headers,x-contentful-timestamp",
                "x-contentful-timestamp",
                String.valueOf(SIGNED_AT)));
        assertThat(WebhookSignatures.contentfulRefusal(
                        SECRET, "POST", "/hook?a=b c&d=(e)", signed, "", Instant.ofEpochMilli(SIGNED_AT)))
                .isNull();
    }

    @Test
    void aContentfulCallIsRefusedWhenAnythingSignedDiffers() {
        String good = "11caa4d22f05db3e8f5945358e9e28036adfc0224cc0688810f34bf81d8a0b7b";
        Instant now = Instant.ofEpochMilli(SIGNED_AT);
        assertThat(WebhookSignatures.contentfulRefusal(
                        "another secret", "POST", PATH, headers(contentfulHeaders(good)), ENTRY, now))
                .contains("does not match");
        assertThat(WebhookSignatures.contentfulRefusal(
                        SECRET, "POST", PATH, headers(contentfulHeaders(good)), ENTRY.replace("Entry", "Asset"), now))
                .contains("does not match");
        assertThat(WebhookSignatures.contentfulRefusal(
                        SECRET, "POST", PATH.replace("7d1c", "8d1c"), headers(contentfulHeaders(good)), ENTRY, now))
                .contains("does not match");
        Map<String, String> otherTopic = new java.util.HashMap<>(contentfulHeaders(good));
        otherTopic.put("X-Contentful-Topic", "ContentManagement.Entry.delete");
        assertThat(WebhookSignatures.contentfulRefusal(SECRET, "POST", PATH, headers(otherTopic), ENTRY, now))
                .contains("does not match");
        assertThat(WebhookSignatures.contentfulRefusal(
                        SECRET, "POST", PATH, headers(contentfulHeaders(good)), ENTRY, now.plusSeconds(301)))
                .contains("older than 5 minutes");
        assertThat(WebhookSignatures.contentfulRefusal(SECRET, "POST", PATH, headers(Map.of()), ENTRY, now))
                .contains("no Contentful request signature");
    }

    @Test
    void aSanitySignatureMadeByItsToolkitHoldsAndAnyOtherIsRefused() {
        String body = "{\"_id\":\"drafts.0b7e6f1a-9c2d-4e3f-8a1b-2c3d4e5f6a7b\",\"_type\":\"menuItem\"}";
        String header = "t=1765060000000,v1=_dP51XTmWtr8rxf7TJxqIah795ZDDzAKgega3iMjsnA";
        assertThat(WebhookSignatures.sanityRefusal(SECRET, header, body)).isNull();
        assertThat(WebhookSignatures.sanityRefusal("another secret", header, body))
                .contains("does not match");
        assertThat(WebhookSignatures.sanityRefusal(SECRET, header, body.replace("menuItem", "page")))
                .contains("does not match");
        assertThat(WebhookSignatures.sanityRefusal(SECRET, header.replace("t=1765060000000", "t=1765060000001"), body))
                .contains("does not match");
        assertThat(WebhookSignatures.sanityRefusal(SECRET, "v1=abc", body)).contains("t=<timestamp>,v1=<signature>");
        assertThat(WebhookSignatures.sanityRefusal(SECRET, null, body)).contains("no sanity-webhook-signature");
    }

    @Test
    void theOptimizelySecretIsComparedWhole() {
        assertThat(WebhookSignatures.sameSecret(SECRET, SECRET)).isTrue();
        assertThat(WebhookSignatures.sameSecret(SECRET.substring(0, 63), SECRET))
                .isFalse();
        assertThat(WebhookSignatures.sameSecret(null, SECRET)).isFalse();
    }
}
