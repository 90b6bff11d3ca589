package com.sitewright.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The asset library through the API: upload an image as the request body, list and search, read the bytes back,
 * change the alt text, delete; refusals for files that are not images or are too large, and for other people's
 * projects.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetApiIT {

    @LocalServerPort
    int port;

    ApiClient admin;
    String assets;

    @BeforeAll
    void createProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        assets = "/api/v1/projects/" + Projects.createAndAwait(admin, "A website for a flower shop") + "/assets";
    }

    @Test
    void uploadListReadDescribeAndDeleteAnImage() throws IOException {
        byte[] jpeg = jpeg(320, 200);

        var created = admin.post(assets + "?fileName=peonies.jpg", "image/jpeg", jpeg);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode asset = created.json();
        String id = asset.path("id").asString();
        assertThat(created.header("Location")).endsWith(assets + "/" + id);
        assertThat(asset.path("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(asset.path("width").asInt()).isEqualTo(320);
        assertThat(asset.path("alt").asString()).isEqualTo("Peonies");
        assertThat(asset.path("url").asString()).isEqualTo("/assets/" + id);
        assertThat(admin.bytes(asset.path("contentUrl").asString())).isEqualTo(jpeg);

        JsonNode found = admin.get(assets + "?q=PEON").json();
        assertThat(found.path("total").asInt()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("id").asString()).isEqualTo(id);

        var described = admin.patch(assets + "/" + id, "{\"alt\": \"Pink peonies in a jug\"}");
        assertThat(described.status()).as(described.body()).isEqualTo(200);
        assertThat(admin.get(assets + "/" + id).json().path("alt").asString()).isEqualTo("Pink peonies in a jug");

        assertThat(admin.delete(assets + "/" + id).status()).isEqualTo(204);
        assertThat(admin.get(assets + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void filesThatAreNotImagesOrTooLargeAreRefusedWithAReason() {
        var text =
                admin.post(assets + "?fileName=notes.png", "image/png", "plain words".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.json().path("detail").asString())
                .isEqualTo("\"notes.png\" is not a PNG, JPEG, GIF or WebP image.");

        var huge = admin.post(assets + "?fileName=huge.png", "image/png", new byte[10 * 1024 * 1024 + 1]);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().path("detail").asString()).contains("larger than 10 MB");

        var nameless = admin.post(assets, "image/png", new byte[] {1});
        assertThat(nameless.status()).isEqualTo(400);
    }

    @Test
    void anotherUsersProjectAndAssetsAreNotFound() throws IOException {
        String id = admin.post(assets + "?fileName=mine.jpg", "image/jpeg", jpeg(10, 10))
                .json()
                .path("id")
                .asString();
        String name = "asset-api-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/users", Map.of("username", name, "password", "password-other", "role", "EDITOR"))
                        .status())
                .isEqualTo(201);
        ApiClient other = ApiClient.basic(port, name, "password-other");

        assertThat(other.get(assets).status()).isEqualTo(404);
        assertThat(other.get(assets + "/" + id + "/content").status()).isEqualTo(404);
        assertThat(other.delete(assets + "/" + id).status()).isEqualTo(404);
        assertThat(admin.get(assets + "/" + id).status()).isEqualTo(200);
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }
}
