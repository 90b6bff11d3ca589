package com.sitewright.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.assets.AssetVariantSummary;
import com.sitewright.assets.DeliveryAsset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssetLinksTest {

    private static final UUID PROJECT = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final UUID ASSET = UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    private static final String ORIGINAL = "a".repeat(64);
    private static final String SMALL = "b".repeat(64);
    private static final String LARGE = "c".repeat(64);

    private static final DeliveryAsset IMAGE = new DeliveryAsset(
            ASSET,
            "image/png",
            1200,
            800,
            "Library alt",
            ORIGINAL,
            List.of(
                    new AssetVariantSummary(480, 320, "image/webp", 1000, SMALL),
                    new AssetVariantSummary(960, 640, "image/webp", 3000, LARGE)));

    @Test
    void productionGetsContentAddressesOfTheOriginalAndEachCopy() {
        Map<String, Object> data = Map.of("name", "Flat white", "photo", stored("A flat white"));

        Map<String, Object> resolved = AssetLinks.resolve(data, PROJECT, DeliveryKind.PRODUCTION, Map.of(ASSET, IMAGE));

        assertThat(resolved.get("name")).isEqualTo("Flat white");
        @SuppressWarnings("unchecked")
        Map<String, Object> photo = (Map<String, Object>) resolved.get("photo");
        String base = "/delivery/v1/" + PROJECT + "/files/";
        assertThat(photo)
                .containsEntry("url", base + ORIGINAL + ".png")
                .containsEntry("alt", "A flat white")
                .containsEntry("width", 1200)
                .containsEntry("height", 800)
                .containsEntry("contentType", "image/png");
        assertThat(photo.get("variants"))
                .isEqualTo(List.of(
                        Map.of("width", 480, "height", 320, "contentType", "image/webp", "url", base + SMALL + ".webp"),
                        Map.of(
                                "width",
                                960,
                                "height",
                                640,
                                "contentType",
                                "image/webp",
                                "url",
                                base + LARGE + ".webp")));
    }

    @Test
    void previewsGetTokenRoutesByIdAndWidth() {
        Map<String, Object> resolved =
                AssetLinks.resolve(Map.of("photo", stored(null)), PROJECT, DeliveryKind.PREVIEW, Map.of(ASSET, IMAGE));

        @SuppressWarnings("unchecked")
        Map<String, Object> photo = (Map<String, Object>) resolved.get("photo");
        String base = "/delivery/v1/" + PROJECT + "/assets/" + ASSET;
        assertThat(photo).containsEntry("url", base).containsEntry("alt", "Library alt");
        assertThat(((List<?>) photo.get("variants"))
                        .stream().map(v -> (Object) ((Map<?, ?>) v).get("url")).toList())
                .containsExactly(base + "/variants/480", base + "/variants/960");
    }

    @Test
    void imagesInsideBlocksAreFoundAndOnesTheProjectLacksLoseTheirAddress() {
        UUID gone = UUID.randomUUID();
        Map<String, Object> gallery = new LinkedHashMap<>();
        gallery.put("type", "gallery");
        gallery.put(
                "images",
                List.of(stored("First"), Map.of("assetId", gone.toString(), "url", "/assets/" + gone, "alt", "Gone")));
        Map<String, Object> data = Map.of("sections", List.of(gallery));

        assertThat(AssetLinks.assetIds(List.of(data))).containsExactly(ASSET, gone);
        Map<String, Object> resolved = AssetLinks.resolve(data, PROJECT, DeliveryKind.PRODUCTION, Map.of(ASSET, IMAGE));

        List<?> images = (List<?>) ((Map<?, ?>) ((List<?>) resolved.get("sections")).getFirst()).get("images");
        assertThat(((Map<?, ?>) images.get(0)).get("url"))
                .isEqualTo("/delivery/v1/" + PROJECT + "/files/" + ORIGINAL + ".png");
        Map<?, ?> missing = (Map<?, ?>) images.get(1);
        assertThat(missing.get("url")).isNull();
        assertThat(missing.get("alt")).isEqualTo("Gone");
    }

    @Test
    void anImageStoredBeforeContentAddressesIsServedByIdEvenInProduction() {
        DeliveryAsset legacy = new DeliveryAsset(ASSET, "image/jpeg", 640, 480, "", null, List.of());

        assertThat(AssetLinks.originalPath(PROJECT, DeliveryKind.PRODUCTION, legacy))
                .isEqualTo("/delivery/v1/" + PROJECT + "/assets/" + ASSET);
    }

    private static Map<String, Object> stored(String alt) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("assetId", ASSET.toString());
        value.put("url", "/assets/" + ASSET);
        if (alt != null) {
            value.put("alt", alt);
        }
        return value;
    }
}
