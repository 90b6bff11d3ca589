package com.sitewright.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.project.ProjectService;
import com.sitewright.security.StudioPrincipal;
import com.sitewright.security.UserService;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The asset library on the embedded S3 store, through the same AWS SDK calls as production: images stored and read
 * back byte for byte, files that are not images refused with a reason and nothing left behind, search, other users
 * kept out, and storage emptied when an asset or its project is deleted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    AssetService assets;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @Autowired
    S3Client s3;

    @Autowired
    StorageSettings storage;

    ApiClient admin;
    UUID project;

    @BeforeAll
    void createProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        project = UUID.fromString(Projects.createAndAwait(admin, "A website for a bakery"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anImageIsStoredInObjectStorageAndReadBackUnchanged() throws IOException {
        signIn("admin");
        byte[] png = png(64, 48);

        AssetSummary asset = assets.upload(project, "C:\\photos\\sourdough-loaf_1.png", png);

        assertThat(asset.fileName()).isEqualTo("sourdough-loaf_1.png");
        assertThat(asset.contentType()).isEqualTo("image/png");
        assertThat(asset.width()).isEqualTo(64);
        assertThat(asset.height()).isEqualTo(48);
        assertThat(asset.sizeBytes()).isEqualTo(png.length);
        assertThat(asset.alt()).isEqualTo("Sourdough loaf 1");
        assertThat(asset.fieldValue(" A crusty loaf "))
                .isEqualTo(Map.of(
                        "assetId", asset.id().toString(), "url", "/assets/" + asset.id(), "alt", "A crusty loaf"));
        try (AssetContent content = assets.open(asset.id())) {
            assertThat(content.bytes().readAllBytes()).isEqualTo(png);
        }
        // Stored under the address of its bytes; a job adds its responsive copies, as generation does for its own.
        byte[] stored = s3.getObjectAsBytes(request -> request.bucket(storage.bucket())
                        .key("projects/" + project + "/assets/sha256/" + AssetService.sha256(png) + ".png"))
                .asByteArray();
        assertThat(stored).isEqualTo(png);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .untilAsserted(
                        () -> assertThat(assets.variants(project, asset.id())).isNotEmpty());
        assertThat(assets.variants(project, asset.id()).getLast().width()).isEqualTo(64);
    }

    @Test
    void filesThatAreNotImagesAreRefusedWithAReasonAndLeaveNothingBehind() throws IOException {
        signIn("admin");
        long before = assets.count(project, "");
        byte[] png = png(10, 10);

        assertRefused("empty.png", new byte[0], "\"empty.png\" is empty.");
        assertRefused(
                "notes.png",
                "just some text".getBytes(StandardCharsets.UTF_8),
                "is not a PNG, JPEG, GIF or WebP image");
        assertRefused(
                "logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8),
                "is not a PNG, JPEG, GIF or WebP image");
        assertRefused("cut.png", Arrays.copyOf(png, 12), "cannot be read; it may be damaged");
        byte[] huge = Arrays.copyOf(png, (int) storage.maxAssetSize().toBytes() + 1);
        assertRefused("huge.png", huge, "images can be at most 10.0 MB");
        assertRefused("../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8), "\"passwd\" is not a PNG");

        assertThat(assets.count(project, "")).isEqualTo(before);
        // Keys are content addresses: none of the refused files' bytes were stored.
        for (byte[] refused :
                List.of(new byte[0], "just some text".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(png, 12), huge)) {
            assertThat(storedKeys(project)).noneMatch(key -> key.contains(AssetService.sha256(refused)));
        }
    }

    @Test
    void theLibraryIsSearchedByFileNameAndAltTextAndPagedNewestFirst() throws IOException {
        signIn("admin");
        AssetSummary croissant = assets.upload(project, "croissant.png", png(20, 20));
        AssetSummary tart = assets.upload(project, "fruit-tart.png", png(30, 20));
        assets.describe(project, tart.id(), "A glazed tart with 100% fresh berries");

        assertThat(assets.page(project, "CROISS", 0, 10))
                .extracting(AssetSummary::id)
                .containsExactly(croissant.id());
        assertThat(assets.page(project, "berries", 0, 10))
                .extracting(AssetSummary::id)
                .containsExactly(tart.id());
        assertThat(assets.page(project, "100%", 0, 10))
                .extracting(AssetSummary::id)
                .containsExactly(tart.id());
        assertThat(assets.page(project, "%", 0, 10))
                .as("a literal percent sign")
                .extracting(AssetSummary::id)
                .containsExactly(tart.id());
        assertThat(assets.page(project, "", 0, 1)).extracting(AssetSummary::id).containsExactly(tart.id());
        assertThatThrownBy(() -> assets.describe(project, tart.id(), "x".repeat(AssetService.MAX_ALT_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 250 characters");
    }

    @Test
    void otherUsersNeitherSeeNorServeAnotherProjectsImages() throws IOException {
        signIn("admin");
        AssetSummary asset = assets.upload(project, "private.png", png(8, 8));
        String name = "asset-viewer-" + UUID.randomUUID().toString().substring(0, 8);
        var created =
                admin.post("/api/v1/users", Map.of("username", name, "password", "password-viewer", "role", "EDITOR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        signIn(name);
        assertThatThrownBy(() -> assets.get(project, asset.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assets.open(asset.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assets.page(project, "", 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assets.delete(project, asset.id())).isInstanceOf(NotFoundException.class);

        var anonymous = ApiClient.anonymous(port).get("/assets/" + asset.id());
        assertThat(anonymous.status()).as("sent to the login instead").isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
    }

    @Test
    void deletingAnAssetOrItsProjectRemovesTheStoredBytes() throws IOException, InterruptedException {
        signIn("admin");
        byte[] bytes = png(9, 7);
        AssetSummary asset = assets.upload(project, "stale.png", bytes);
        assets.delete(project, asset.id());
        assertThatThrownBy(() -> assets.get(project, asset.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s3.getObject(request -> request.bucket(storage.bucket())
                        .key("projects/" + project + "/assets/sha256/" + AssetService.sha256(bytes) + ".png")))
                .isInstanceOf(NoSuchKeyException.class);

        UUID doomed = UUID.fromString(Projects.createAndAwait(admin, "A website for a bakery"));
        String sha = AssetService.sha256(png(8, 8));
        assets.upload(doomed, "one.png", png(8, 8));
        assets.upload(doomed, "two.png", png(8, 8));
        assertThat(storedKeys(doomed))
                .as("the same bytes, stored once")
                .filteredOn(key -> key.contains(sha))
                .hasSize(1);
        projects.delete(doomed);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(storedKeys(doomed))
                        .as("removed by the clean-up job")
                        .isEmpty());
    }

    /** The objects under a project; the embedded store also lists its folders, which S3 does not have. */
    private java.util.List<String> storedKeys(UUID projectId) {
        return s3
                .listObjectsV2(request -> request.bucket(storage.bucket()).prefix("projects/" + projectId + "/"))
                .contents()
                .stream()
                .map(object -> object.key())
                .filter(key -> !key.endsWith("/"))
                .toList();
    }

    private void assertRefused(String fileName, byte[] bytes, String reason) {
        assertThatThrownBy(() -> assets.upload(project, fileName, bytes))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(reason);
    }

    private void signIn(String username) {
        var principal = (StudioPrincipal) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xC0, 0x8B, 0x5C));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
