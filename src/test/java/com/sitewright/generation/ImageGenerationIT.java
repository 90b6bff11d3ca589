package com.sitewright.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sitewright.assets.AssetContent;
import com.sitewright.assets.AssetService;
import com.sitewright.assets.AssetSummary;
import com.sitewright.assets.AssetVariantSummary;
import com.sitewright.content.ContentCopy;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentJobs;
import com.sitewright.content.ContentService;
import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.security.StudioPrincipal;
import com.sitewright.security.UserService;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The images step on a generated coffee shop: every picture field of every item ends up holding an image of the
 * asset library, with alt text and WebP variants at 480, 960 and 1600 pixels, whose stored bytes match their
 * sha-256; identical bytes are kept once; a second run finds nothing left to draw.
 */
@IntegrationTest
class ImageGenerationIT {

    @LocalServerPort
    int port;

    @Autowired
    GenerationService generation;

    @Autowired
    ContentJobs content;

    @Autowired
    ContentModels model;

    @Autowired
    AssetService assets;

    @Autowired
    UserService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyAssetFieldOfTheCoffeeShopGetsAStoredImageWithVariantsAndAltText() throws Exception {
        ApiClient admin = ApiClient.basic(port, "admin", "admin-test-password");
        UUID project = UUID.fromString(
                Projects.createAndAwait(admin, "A website for a coffee shop with a menu and locations"));
        signIn();
        keepAFewOfEachType(admin, project);

        long started = System.nanoTime();
        GenerationProgress run = generation.generateImages(project);
        GenerationProgress done = awaitFinished(project, run.runId());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo(RunState.SUCCEEDED);
        assertThat(done.imagesTotal()).isGreaterThan(20);
        assertThat(done.imagesDone()).isEqualTo(done.imagesTotal());
        System.out.printf(
                "Images step: %d images with variants in %.1f s%n", done.imagesTotal(), took.toMillis() / 1000.0);

        Map<String, List<String>> pictureFields = new HashMap<>();
        for (ContentTypeDefinition type : model.load(project)) {
            List<String> fields = type.fields().stream()
                    .filter(f -> f.type() == FieldType.ASSET)
                    .map(f -> f.key())
                    .filter(key -> !key.toLowerCase().contains("video"))
                    .toList();
            if (!fields.isEmpty()) {
                pictureFields.put(type.key(), fields);
            }
        }
        assertThat(pictureFields).containsKeys("menuItem", "location", "image", "author");

        List<UUID> assetIds = new ArrayList<>();
        int checked = 0;
        for (ContentItemRow item : allItems(project)) {
            for (String field : pictureFields.getOrDefault(item.typeKey(), List.of())) {
                assertThat(item.data().get(field))
                        .as(item.typeKey() + "." + field + " of " + item.title())
                        .isInstanceOf(Map.class);
                Map<?, ?> value = (Map<?, ?>) item.data().get(field);
                assertThat((String) value.get("alt")).isNotBlank();
                assertThat(value.get("url")).isEqualTo("/assets/" + value.get("assetId"));
                assertThat(value.get("width")).isEqualTo(1600);
                assetIds.add(UUID.fromString((String) value.get("assetId")));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(done.imagesTotal());
        assertThat(new HashSet<>(assetIds)).hasSize(assetIds.size());

        Set<String> shas = new HashSet<>();
        for (int i = 0; i < assetIds.size(); i++) {
            AssetSummary asset = assets.get(project, assetIds.get(i));
            assertThat(asset.alt()).isNotBlank();
            List<AssetVariantSummary> variants = assets.variants(project, asset.id());
            assertThat(variants).extracting(AssetVariantSummary::width).containsExactly(480, 960, 1600);
            assertThat(variants).allSatisfy(variant -> {
                assertThat(variant.contentType()).isEqualTo("image/webp");
                assertThat(variant.sha256()).hasSize(64);
                assertThat(variant.sizeBytes()).isPositive();
            });
            shas.add(variants.getLast().sha256());
            if (i % 50 == 0) {
                // The asset's bytes are its widest variant, stored under its content address.
                try (AssetContent bytes = assets.open(project, asset.id())) {
                    byte[] read = bytes.bytes().readAllBytes();
                    assertThat(read.length).isEqualTo(asset.sizeBytes());
                    assertThat(HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(read)))
                            .isEqualTo(variants.getLast().sha256());
                }
            }
        }
        // Distinct pictures: no two items share one.
        assertThat(shas).hasSize(assetIds.size());

        GenerationProgress again =
                awaitFinished(project, generation.generateImages(project).runId());
        assertThat(again.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(again.imagesTotal()).isZero();
    }

    /**
     * Drawing the whole coffee shop (800 pictures) is the benchmark's work ({@code ImageBenchmark}); the test keeps
     * six items of each type, so every kind of picture field is still drawn.
     */
    private void keepAFewOfEachType(ApiClient admin, UUID project) {
        Map<String, Integer> kept = new HashMap<>();
        List<UUID> extra = new ArrayList<>();
        for (ContentItemRow item : allItems(project)) {
            if (kept.merge(item.typeKey(), 1, Integer::sum) > 6) {
                extra.add(item.id());
            }
        }
        String bulk = "/api/v1/projects/" + project + "/items/bulk";
        var started = admin.post(bulk, Map.of("action", "delete", "ids", extra));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String operation = bulk + "/" + started.json().path("id").asString();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> admin.get(operation).json().path("state").asString(),
                        state -> state.matches("done|failed"));
        assertThat(admin.get(operation).json().path("state").asString()).isEqualTo("done");
    }

    private GenerationProgress awaitFinished(UUID project, UUID runId) {
        return await().atMost(Duration.ofMinutes(20))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> generation
                                .latest(project)
                                .filter(p -> p.runId().equals(runId))
                                .orElseThrow(),
                        progress -> progress.state().isFinished());
    }

    private List<ContentItemRow> allItems(UUID project) {
        List<ContentItemRow> all = new ArrayList<>();
        UUID after = null;
        while (true) {
            List<ContentItemRow> page =
                    content.itemsAfter(project, ContentCopy.WORKING, after, ContentService.MAX_PAGE_SIZE);
            all.addAll(page);
            if (page.size() < ContentService.MAX_PAGE_SIZE) {
                return all;
            }
            after = page.getLast().id();
        }
    }

    private void signIn() {
        var principal = (StudioPrincipal) users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
