package com.sitewright.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Images as generated sites load them: asset field values carry delivery addresses; production gets public,
 * content-addressed, year-long cached files of published items' images only; a preview token reads any image of its
 * project; nothing of another project, and unknown addresses are a plain 404.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryAssetIT {

    @LocalServerPort
    int port;

    ApiClient admin;
    String project;
    String delivery;
    ApiClient preview;
    ApiClient production;
    byte[] published;
    String publishedAssetId;
    String publishedItemId;
    String draftAssetId;
    String draftItemId;
    String otherAssetId;
    String otherSha;

    @BeforeAll
    void publishAnItemWithAnUploadedImage() throws IOException {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        project = Projects.createAndAwait(admin, "Build me a coffee shop website");
        delivery = "/delivery/v1/" + project;
        preview = ApiClient.bearer(port, token(project, "preview"));
        production = ApiClient.bearer(port, token(project, "production"));

        published = png(1200, 800, Color.ORANGE);
        publishedAssetId = upload(project, "flat-white.png", published);
        JsonNode item = admin.get("/api/v1/projects/" + project + "/items?type=menuItem&status=published&size=1")
                .json()
                .path("items")
                .get(0);
        publishedItemId = item.path("id").asString();
        setPhoto(item, publishedAssetId, "A flat white in a blue cup");
        assertThat(admin.post("/api/v1/projects/" + project + "/items/" + publishedItemId + "/publish", "")
                        .status())
                .isEqualTo(200);

        draftAssetId = upload(project, "secret-recipe.png", png(600, 400, Color.GREEN));
        JsonNode draft = admin.get("/api/v1/projects/" + project + "/items?type=menuItem&status=draft&size=1")
                .json()
                .path("items")
                .get(0);
        draftItemId = draft.path("id").asString();
        setPhoto(draft, draftAssetId, "Next season's drink");

        String other = Projects.createAndAwait(admin, "A website for a flower shop");
        byte[] otherBytes = png(500, 500, Color.PINK);
        otherAssetId = upload(other, "peony.png", otherBytes);
        otherSha = sha256(otherBytes);
    }

    @Test
    void productionGetsPublicContentAddressedFilesOfPublishedImagesCachedForAYear() {
        JsonNode photo = awaitVariants(production, publishedItemId);
        assertThat(photo.path("assetId").asString()).isEqualTo(publishedAssetId);
        assertThat(photo.path("alt").asString()).isEqualTo("A flat white in a blue cup");
        assertThat(photo.path("width").asInt()).isEqualTo(1200);
        assertThat(photo.path("height").asInt()).isEqualTo(800);
        String url = photo.path("url").asString();
        assertThat(url).isEqualTo(delivery + "/files/" + sha256(published) + ".png");

        // No token needed: browsers load these straight from the page.
        ApiClient anyone = ApiClient.anonymous(port);
        var original = anyone.get(url);
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.contentType()).isEqualTo("image/png");
        assertThat(original.header("Cache-Control")).contains("public", "max-age=31536000", "immutable");
        assertThat(original.header("ETag")).isEqualTo("\"" + sha256(published) + "\"");
        assertThat(anyone.bytes(url)).isEqualTo(published);
        assertThat(anyone.get(url, "If-None-Match", original.header("ETag")).status())
                .isEqualTo(304);

        assertThat(photo.path("variants").size()).isEqualTo(3);
        assertThat(photo.path("variants")
                        .valueStream()
                        .map(variant -> variant.path("width").asInt()))
                .containsExactly(480, 960, 1200);
        for (JsonNode variant : photo.path("variants")) {
            String address = variant.path("url").asString();
            assertThat(address).matches(java.util.regex.Pattern.quote(delivery) + "/files/[0-9a-f]{64}\\.(webp|png)");
            var copy = anyone.get(address);
            assertThat(copy.status()).as(address).isEqualTo(200);
            assertThat(copy.contentType()).isEqualTo(variant.path("contentType").asString());
            String sha = address.substring(address.lastIndexOf('/') + 1, address.lastIndexOf('.'));
            assertThat(sha256(anyone.bytes(address)))
                    .as("the address names the bytes")
                    .isEqualTo(sha);
            assertThat(copy.header("Cache-Control")).contains("public", "immutable");
        }
        // The same bytes under another type's name are not that file.
        assertThat(anyone.get(url.replace(".png", ".webp")).status()).isEqualTo(404);
    }

    @Test
    void draftsImagesReachPreviewsOnly() {
        JsonNode draftPhoto = awaitVariants(preview, draftItemId);
        assertThat(draftPhoto.path("assetId").asString()).isEqualTo(draftAssetId);
        String previewUrl = draftPhoto.path("url").asString();
        assertThat(previewUrl).isEqualTo(delivery + "/assets/" + draftAssetId);
        var original = preview.get(previewUrl);
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.header("Cache-Control")).contains("private");
        String variantUrl = draftPhoto.path("variants").get(0).path("url").asString();
        assertThat(variantUrl).isEqualTo(delivery + "/assets/" + draftAssetId + "/variants/480");
        assertThat(preview.get(variantUrl).status()).isEqualTo(200);

        // Production never sees a draft's image, by ID or by content address; nor does anyone without a token.
        assertThat(production.get(previewUrl).status()).isEqualTo(404);
        assertThat(production.get(variantUrl).status()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get(previewUrl).status()).isEqualTo(401);
        var byAddress = ApiClient.anonymous(port).get(delivery + "/files/" + sha256OfDraft() + ".png");
        assertThat(byAddress.status()).isEqualTo(404);
        assertThat(production.get(delivery + "/items/" + draftItemId).status()).isEqualTo(404);

        // A published image is readable with the production token by ID too.
        assertThat(production.get(delivery + "/assets/" + publishedAssetId).status())
                .isEqualTo(200);
    }

    @Test
    void anotherProjectsImagesAndUnknownAddressesAreNotFoundWithoutDetails() {
        assertThat(preview.get(delivery + "/assets/" + otherAssetId).status()).isEqualTo(404);
        var foreign = ApiClient.anonymous(port).get(delivery + "/files/" + otherSha + ".png");
        assertThat(foreign.status()).isEqualTo(404);

        var unknown = ApiClient.anonymous(port).get(delivery + "/files/" + "0".repeat(64) + ".png");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body()).doesNotContain("Exception", "at com.");
        var malformed = ApiClient.anonymous(port).get(delivery + "/files/not-a-hash.png");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.body()).contains("sha-256").doesNotContain("Exception");
        assertThat(preview.get(delivery + "/assets/" + publishedAssetId + "/variants/123")
                        .status())
                .isEqualTo(404);
        assertThat(preview.get(delivery + "/assets/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    private String sha256OfDraft() {
        return sha256(admin.bytes("/api/v1/projects/" + project + "/assets/" + draftAssetId + "/content"));
    }

    /** The item's photo as the reader gets it, once the upload's responsive copies are made. */
    private JsonNode awaitVariants(ApiClient reader, String itemId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> reader.get(delivery + "/items/" + itemId)
                                .json()
                                .path("data")
                                .path("photo"),
                        photo -> photo.path("variants").size() > 0);
    }

    private void setPhoto(JsonNode item, String assetId, String alt) {
        String path =
                "/api/v1/projects/" + project + "/items/" + item.path("id").asString();
        JsonNode current = admin.get(path).json();
        ObjectNode data = (ObjectNode) current.path("data");
        data.putObject("photo")
                .put("assetId", assetId)
                .put("url", "/assets/" + assetId)
                .put("alt", alt);
        var saved = admin.put(
                path, Map.of("data", data, "version", current.path("version").asLong()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private String upload(String projectId, String name, byte[] bytes) {
        var created = admin.post("/api/v1/projects/" + projectId + "/assets?fileName=" + name, "image/png", bytes);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private String token(String projectId, String kind) {
        var created = admin.post(
                "/api/v1/projects/" + projectId + "/delivery-tokens", Map.of("kind", kind, "name", kind + " site"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("token").asString();
    }

    private static byte[] png(int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
