package com.sitewright.generation;

import com.sitewright.assets.AssetSummary;
import com.sitewright.assets.AssetService;
import com.sitewright.assets.GeneratedImage;
import com.sitewright.assets.Illustration;
import com.sitewright.assets.IllustrationRenderer;
import com.sitewright.content.ContentCopy;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentService;
import com.sitewright.contentmodel.ContentTypeDefinition;
import com.sitewright.contentmodel.FieldDefinition;
import com.sitewright.contentmodel.FieldType;
import com.sitewright.contentmodel.ContentModelService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * The images step: every asset field an item leaves empty gets an image in the project's asset library, with alt
 * text, drawn offline by the {@link IllustrationRenderer} in the site's colours. Batches are committed one by one;
 * an image's ID and seed come from (item, field), so a step that was cut off draws only what is missing and a
 * repeated batch stores nothing twice.
 */
@Component
class ImageStep {

    /** Images drawn, encoded and committed together; big enough to keep both cores busy. */
    static final int BATCH = 16;
    /** Fields whose files are not pictures: a video or a download is not drawn. */
    private static final List<String> NOT_PICTURES = List.of("video", "audio", "pdf", "document", "download",
            "attachment", "brochure");

    private final ContentService content;
    private final ContentModelService model;
    private final AssetService assets;
    private final IllustrationRenderer renderer;
    private final ThemeDesigner themes;
    private final boolean enabled;

    ImageStep(ContentService content, ContentModelService model, AssetService assets, IllustrationRenderer renderer,
              ThemeDesigner themes, @Value("${sitewright.images.generate:true}") boolean enabled) {
        this.content = content;
        this.model = model;
        this.assets = assets;
        this.renderer = renderer;
        this.themes = themes;
        this.enabled = enabled;
    }

    /** Whether whole-project runs draw images; a run of its own ({@link GenerationRun.Kind#IMAGES}) always does. */
    boolean enabledForRuns() {
        return enabled;
    }

    /** One empty asset field of one item. */
    record Target(UUID itemId, String typeKey, String typeName, String fieldKey, String title, String alt) {

        UUID assetId(UUID projectId) {
            return UUID.nameUUIDFromBytes(("image/" + projectId + "/" + itemId + "/" + fieldKey).getBytes(StandardCharsets.UTF_8));
        }

        long seed(UUID projectId) {
            return UUID.nameUUIDFromBytes(("seed/" + projectId + "/" + itemId + "/" + fieldKey)
                    .getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        }

        Illustration.Shape shape() {
            String key = fieldKey.toLowerCase(Locale.ROOT);
            if (key.contains("portrait") || key.contains("avatar") || key.contains("headshot")) {
                return Illustration.Shape.PORTRAIT;
            }
            if (key.contains("logo") || key.contains("favicon") || key.contains("icon")) {
                return Illustration.Shape.SQUARE;
            }
            return Illustration.Shape.LANDSCAPE;
        }
    }

    /** Every empty picture field of the project's items (working copy), in item order. */
    List<Target> targets(UUID projectId, String onlyType) {
        Map<String, ContentTypeDefinition> types = new LinkedHashMap<>();
        for (ContentTypeDefinition type : model.load(projectId)) {
            if ((onlyType == null || onlyType.equals(type.key())) && !pictureFields(type).isEmpty()) {
                types.put(type.key(), type);
            }
        }
        List<Target> targets = new ArrayList<>();
        if (types.isEmpty()) {
            return targets;
        }
        UUID after = null;
        while (true) {
            List<ContentItemRow> page = content.itemsAfter(projectId, ContentCopy.WORKING, after, ContentService.MAX_PAGE_SIZE);
            for (ContentItemRow item : page) {
                ContentTypeDefinition type = types.get(item.typeKey());
                if (type == null) {
                    continue;
                }
                for (FieldDefinition field : pictureFields(type)) {
                    Object value = item.data().get(field.key());
                    if (value == null || value instanceof String text && text.isBlank()) {
                        targets.add(new Target(item.id(), type.key(), type.displayName(), field.key(), item.title(),
                                altText(item, field)));
                    }
                }
            }
            if (page.size() < ContentService.MAX_PAGE_SIZE) {
                return targets;
            }
            after = page.getLast().id();
        }
    }

    /**
     * Draws, stores and attaches images for the targets, a batch at a time; {@code committed} hears how many each
     * committed batch filled, and {@code commit} runs each batch's item changes in the caller's transaction.
     */
    void fill(UUID projectId, List<Target> targets, BatchCommit commit) {
        List<String> palette = themes.palette(projectId);
        for (int from = 0; from < targets.size(); from += BATCH) {
            List<Target> batch = targets.subList(from, Math.min(targets.size(), from + BATCH));
            Map<UUID, AssetSummary> stored = assets.existing(projectId, batch.stream().map(t -> t.assetId(projectId)).toList());
            List<GeneratedImage> images = batch.parallelStream()
                    .map(target -> stored.containsKey(target.assetId(projectId)) ? null : draw(projectId, target, palette))
                    .toList();
            List<GeneratedImage> fresh = images.stream().filter(java.util.Objects::nonNull).toList();
            assets.storeGenerated(projectId, fresh).forEach(summary -> stored.put(summary.id(), summary));
            Map<UUID, Map<String, Object>> values = new LinkedHashMap<>();
            for (Target target : batch) {
                AssetSummary asset = stored.get(target.assetId(projectId));
                values.computeIfAbsent(target.itemId(), id -> new LinkedHashMap<>()).put(target.fieldKey(), fieldValue(asset, target.alt()));
            }
            commit.accept(values, batch.size());
        }
    }

    interface BatchCommit {
        void accept(Map<UUID, Map<String, Object>> values, int filled);
    }

    private GeneratedImage draw(UUID projectId, Target target, List<String> palette) {
        List<String> words = List.of(target.title() == null ? "" : target.title(), target.typeKey(), target.typeName(),
                target.fieldKey());
        var image = renderer.render(new Illustration(target.seed(projectId), words, palette, target.shape()));
        String name = slug(target.title()) + "-" + target.fieldKey().toLowerCase(Locale.ROOT) + ".webp";
        return GeneratedImage.drawn(target.assetId(projectId), name, target.alt(), image);
    }

    /** The value an asset field holds: the library's ID, address and alt text, with the size for layout. */
    static Map<String, Object> fieldValue(AssetSummary asset, String alt) {
        Map<String, Object> value = asset.fieldValue(alt);
        if (asset.width() != null && asset.height() != null) {
            value.put("width", asset.width());
            value.put("height", asset.height());
        }
        return value;
    }

    private static List<FieldDefinition> pictureFields(ContentTypeDefinition type) {
        return type.fields().stream().filter(field -> field.type() == FieldType.ASSET)
                .filter(field -> NOT_PICTURES.stream().noneMatch(field.key().toLowerCase(Locale.ROOT)::contains))
                .toList();
    }

    /** An image item's own alt text when it has one; otherwise what the picture shows, by what the field is. */
    private static String altText(ContentItemRow item, FieldDefinition field) {
        if (item.data().get("alt") instanceof String alt && !alt.isBlank()) {
            return alt.strip();
        }
        String title = item.title() == null || item.title().isBlank() ? item.typeKey() : item.title().strip();
        String key = field.key().toLowerCase(Locale.ROOT);
        if (key.contains("portrait") || key.contains("avatar") || key.contains("headshot")) {
            return "Portrait illustration of " + title;
        }
        if (key.contains("logo") || key.contains("favicon")) {
            return title + " logo";
        }
        return "Illustration of " + title;
    }

    private static String slug(String title) {
        String slug = (title == null ? "" : title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
        return slug.isEmpty() ? "image" : slug;
    }
}
