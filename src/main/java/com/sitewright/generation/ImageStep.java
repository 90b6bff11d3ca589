package com.sitewright.generation;

import com.sitewright.assets.AssetJobs;
import com.sitewright.assets.AssetSummary;
import com.sitewright.assets.GeneratedImage;
import com.sitewright.assets.Illustration;
import com.sitewright.assets.IllustrationRenderer;
import com.sitewright.base.InvalidInputException;
import com.sitewright.content.ContentCopy;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentJobs;
import com.sitewright.content.ContentService;
import com.sitewright.llm.AiCall;
import com.sitewright.llm.AiGenerationException;
import com.sitewright.llm.AiImageService;
import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectJobs;
import com.sitewright.project.ProjectSummary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;

/**
 * The images run: every asset field an item leaves empty gets an image in the project's asset library, with alt
 * text: from the image model for projects on the AI engine when one is configured (up to the project's picture
 * budget), otherwise drawn offline by the {@link IllustrationRenderer} in the site's colours. Batches are committed
 * one by one, the next drawn while the last is encoded and stored; an image's ID and seed come from (item, field),
 * so a run that was cut off draws only what is missing and a repeated batch stores nothing twice.
 */
@Component
class ImageStep {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImageStep.class);

    /** Images drawn, encoded and committed together; big enough to keep both cores busy. */
    static final int BATCH = 16;
    /** Fields whose files are not pictures: a video or a download is not drawn. */
    private static final List<String> NOT_PICTURES =
            List.of("video", "audio", "pdf", "document", "download", "attachment", "brochure");

    private final ContentJobs content;
    private final ContentModels model;
    private final AssetJobs assets;
    private final IllustrationRenderer renderer;
    private final ThemeDesigner themes;
    private final ProjectJobs projects;
    private final AiImageService pictures;

    ImageStep(
            ContentJobs content,
            ContentModels model,
            AssetJobs assets,
            IllustrationRenderer renderer,
            ThemeDesigner themes,
            ProjectJobs projects,
            AiImageService pictures) {
        this.projects = projects;
        this.pictures = pictures;
        this.content = content;
        this.model = model;
        this.assets = assets;
        this.renderer = renderer;
        this.themes = themes;
    }

    /** One empty asset field of one item. */
    record Target(UUID itemId, String typeKey, String typeName, String fieldKey, String title, String alt) {

        UUID assetId(UUID projectId) {
            return UUID.nameUUIDFromBytes(
                    ("image/" + projectId + "/" + itemId + "/" + fieldKey).getBytes(StandardCharsets.UTF_8));
        }

        long seed(UUID projectId) {
            return UUID.nameUUIDFromBytes(
                            ("seed/" + projectId + "/" + itemId + "/" + fieldKey).getBytes(StandardCharsets.UTF_8))
                    .getMostSignificantBits();
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
            if ((onlyType == null || onlyType.equals(type.key()))
                    && !pictureFields(type).isEmpty()) {
                types.put(type.key(), type);
            }
        }
        List<Target> targets = new ArrayList<>();
        if (types.isEmpty()) {
            return targets;
        }
        UUID after = null;
        while (true) {
            List<ContentItemRow> page =
                    content.itemsAfter(projectId, ContentCopy.WORKING, after, ContentService.MAX_PAGE_SIZE);
            for (ContentItemRow item : page) {
                ContentTypeDefinition type = types.get(item.typeKey());
                if (type == null) {
                    continue;
                }
                for (FieldDefinition field : pictureFields(type)) {
                    Object value = item.data().get(field.key());
                    if (value == null || value instanceof String text && text.isBlank()) {
                        targets.add(new Target(
                                item.id(),
                                type.key(),
                                type.displayName(),
                                field.key(),
                                item.title(),
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
     * Draws, stores and attaches images for the targets, a batch at a time; {@code commit} runs each batch's item
     * changes with the number of fields it filled. With an image model configured and the project on the AI engine,
     * the model pictures the first targets, up to the project's picture budget; a picture it returns that is
     * damaged, not an image or too large is refused and that field gets a drawn one. A refusal, a timeout or a
     * reached budget ends the model's part: the rest are drawn. Returns what the person should hear about it.
     */
    List<String> fill(UUID projectId, UUID runId, List<Target> targets, BatchCommit commit) {
        List<String> palette = themes.palette(projectId);
        List<String> notes = new ArrayList<>();
        int from = 0;
        ProjectSummary project = projects.find(projectId).orElseThrow(ProjectGoneException::new);
        if (pictures.isConfigured() && project.engine() == GenerationEngine.AI && !targets.isEmpty()) {
            from = fillByModel(project, runId, targets, palette, commit, notes);
        }
        // The next batch is drawn while this one is encoded and stored: Java2D and the encoder keep both cores busy.
        java.util.concurrent.CompletableFuture<Drawn> next = from < targets.size()
                ? drawAhead(projectId, targets.subList(from, Math.min(targets.size(), from + BATCH)), palette)
                : null;
        for (; from < targets.size(); from += BATCH) {
            long started = System.nanoTime();
            Drawn drawn = joined(next);
            int following = from + BATCH;
            next = following < targets.size()
                    ? drawAhead(
                            projectId, targets.subList(following, Math.min(targets.size(), following + BATCH)), palette)
                    : null;
            long waited = System.nanoTime();
            assets.storeGenerated(projectId, drawn.fresh())
                    .forEach(summary -> drawn.stored().put(summary.id(), summary));
            long kept = System.nanoTime();
            commit.accept(
                    values(projectId, drawn.batch(), drawn.stored(), Map.of()),
                    drawn.batch().size());
            log.debug(
                    "Image batch of {}: waited for drawing {} ms, stored {} ms, committed {} ms",
                    drawn.batch().size(),
                    (waited - started) / 1_000_000,
                    (kept - waited) / 1_000_000,
                    (System.nanoTime() - kept) / 1_000_000);
        }
        return notes;
    }

    /** A batch drawn: its targets, the assets the library held already, and the pictures drawn for the others. */
    private record Drawn(List<Target> batch, Map<UUID, AssetSummary> stored, List<GeneratedImage> fresh) {}

    private java.util.concurrent.CompletableFuture<Drawn> drawAhead(
            UUID projectId, List<Target> batch, List<String> palette) {
        var drawn = new java.util.concurrent.CompletableFuture<Drawn>();
        Thread.ofVirtual().name("image-drawing").start(() -> {
            try {
                drawn.complete(draw(projectId, batch, palette));
            } catch (RuntimeException | Error e) {
                drawn.completeExceptionally(e);
            }
        });
        return drawn;
    }

    private static Drawn joined(java.util.concurrent.CompletableFuture<Drawn> drawn) {
        try {
            return drawn.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private Drawn draw(UUID projectId, List<Target> batch, List<String> palette) {
        Map<UUID, AssetSummary> stored = assets.existing(
                projectId, batch.stream().map(t -> t.assetId(projectId)).toList());
        List<GeneratedImage> fresh = batch.parallelStream()
                .filter(target -> !stored.containsKey(target.assetId(projectId)))
                .map(target -> draw(projectId, target, palette))
                .toList();
        return new Drawn(batch, new java.util.HashMap<>(stored), fresh);
    }

    /** Draws the targets not yet in the library and stores them; returns every target's asset by asset ID. */
    private Map<UUID, AssetSummary> drawAndStore(UUID projectId, List<Target> batch, List<String> palette) {
        Drawn drawn = draw(projectId, batch, palette);
        assets.storeGenerated(projectId, drawn.fresh())
                .forEach(summary -> drawn.stored().put(summary.id(), summary));
        return drawn.stored();
    }

    /** The field values of a batch: each target's asset with the alt text its picture was made with. */
    private static Map<UUID, Map<String, Object>> values(
            UUID projectId, List<Target> batch, Map<UUID, AssetSummary> stored, Map<UUID, String> alts) {
        Map<UUID, Map<String, Object>> values = new LinkedHashMap<>();
        for (Target target : batch) {
            AssetSummary asset = stored.get(target.assetId(projectId));
            String alt = alts.getOrDefault(
                    asset.id(), asset.alt() == null || asset.alt().isBlank() ? target.alt() : asset.alt());
            values.computeIfAbsent(target.itemId(), id -> new LinkedHashMap<>())
                    .put(target.fieldKey(), fieldValue(asset, alt));
        }
        return values;
    }

    /**
     * The model's part: batches of {@code concurrency} calls under way at once, each committed like a drawn batch.
     * Returns the index of the first target left to draw.
     */
    private int fillByModel(
            ProjectSummary project,
            UUID runId,
            List<Target> targets,
            List<String> palette,
            BatchCommit commit,
            List<String> notes) {
        UUID projectId = project.id();
        String site = project.name()
                + (project.description() == null || project.description().isBlank()
                        ? ""
                        : ", " + project.description().strip());
        int from = 0;
        int refused = 0;
        String stop = null;
        while (from < targets.size() && stop == null) {
            long left = pictures.maxPerProject() - pictures.picturesMade(projectId);
            if (left <= 0) {
                stop = "The project's budget of " + pictures.maxPerProject()
                        + " pictures from the image model is used up";
                break;
            }
            ProjectSummary now = projects.find(projectId).orElseThrow(ProjectGoneException::new);
            if (now.budgetReached()) {
                stop = "The project's budget of $" + now.budgetUsd().toPlainString() + " is reached";
                break;
            }
            List<Target> batch = targets.subList(from, (int)
                    Math.min(targets.size(), from + Math.min(left, pictures.concurrency())));
            Map<UUID, AssetSummary> stored = assets.existing(
                    projectId, batch.stream().map(t -> t.assetId(projectId)).toList());
            List<Target> wanted = batch.stream()
                    .filter(t -> !stored.containsKey(t.assetId(projectId)))
                    .toList();
            List<Asked> answers = ask(project, runId, site, wanted);
            Map<UUID, String> alts = new LinkedHashMap<>();
            List<Target> toDraw = new ArrayList<>();
            for (Asked asked : answers) {
                Target target = asked.target();
                if (asked.failure() != null) {
                    stop = stop == null ? asked.failure().getMessage().replaceAll("\\.$", "") : stop;
                    toDraw.add(target);
                    continue;
                }
                AiImageService.Picture picture = asked.picture();
                String name = slug(target.title()) + "-" + target.fieldKey().toLowerCase(Locale.ROOT) + ".png";
                String problem = picture.problem();
                if (problem == null) {
                    try {
                        assets.checkGenerated(name, picture.bytes(), pictures.maxBytes(), pictures.maxPixels());
                        AssetSummary asset = assets.storeGenerated(
                                        projectId,
                                        List.of(GeneratedImage.fromModel(
                                                target.assetId(projectId), name, picture.alt(), picture.bytes())))
                                .getFirst();
                        stored.put(asset.id(), asset);
                        alts.put(asset.id(), picture.alt());
                    } catch (InvalidInputException e) {
                        problem = e.getMessage();
                    } catch (RuntimeException e) {
                        // The encoder could not read it either: a damaged picture, not a fault of the step.
                        problem = "the picture cannot be decoded";
                        log.debug("Picture for {} refused by the encoder", target.itemId(), e);
                    }
                }
                if (problem != null) {
                    refused++;
                    log.info("Picture from the image model for item {} refused: {}", target.itemId(), problem);
                    toDraw.add(target);
                }
            }
            if (!toDraw.isEmpty()) {
                stored.putAll(drawAndStore(projectId, toDraw, palette));
            }
            commit.accept(values(projectId, batch, stored, alts), batch.size());
            from += batch.size();
        }
        if (refused > 0) {
            notes.add(refused + (refused == 1 ? " picture" : " pictures") + " from the image model could not be used"
                    + " (damaged, not an image, or too large); "
                    + (refused == 1 ? "its field has" : "their fields have")
                    + " a drawn illustration instead.");
        }
        if (stop != null && from < targets.size()) {
            notes.add(stop + "; the other " + (targets.size() - from) + " pictures are drawn illustrations.");
        } else if (stop != null) {
            notes.add(stop + "; the remaining pictures are drawn illustrations.");
        }
        return from;
    }

    private record Asked(Target target, AiImageService.Picture picture, AiGenerationException failure) {}

    /** The model's answers for the targets, asked all at once; one that fails carries its reason. */
    private List<Asked> ask(ProjectSummary project, UUID runId, String site, List<Target> targets) {
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Asked>> futures = targets.stream()
                    .map(target -> calls.submit(() -> {
                        try {
                            return new Asked(
                                    target,
                                    pictures.draw(
                                            AiCall.picturing(project.id(), runId, target.typeKey()),
                                            new AiImageService.Subject(
                                                    target.title(),
                                                    target.typeName(),
                                                    site,
                                                    target.shape() == Illustration.Shape.PORTRAIT)),
                                    null);
                        } catch (AiGenerationException e) {
                            return new Asked(target, null, e);
                        }
                    }))
                    .toList();
            List<Asked> answers = new ArrayList<>();
            for (Future<Asked> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the image model", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    interface BatchCommit {
        void accept(Map<UUID, Map<String, Object>> values, int filled);
    }

    private GeneratedImage draw(UUID projectId, Target target, List<String> palette) {
        List<String> words = List.of(
                target.title() == null ? "" : target.title(), target.typeKey(), target.typeName(), target.fieldKey());
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
        return type.fields().stream()
                .filter(field -> field.type() == FieldType.ASSET)
                .filter(field -> NOT_PICTURES.stream().noneMatch(field.key().toLowerCase(Locale.ROOT)::contains))
                .toList();
    }

    /** An image item's own alt text when it has one; otherwise what the picture shows, by what the field is. */
    private static String altText(ContentItemRow item, FieldDefinition field) {
        if (item.data().get("alt") instanceof String alt && !alt.isBlank()) {
            return alt.strip();
        }
        String title = item.title() == null || item.title().isBlank()
                ? item.typeKey()
                : item.title().strip();
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
        String slug = (title == null ? "" : title)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
        return slug.isEmpty() ? "image" : slug;
    }
}
