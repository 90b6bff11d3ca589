package com.sitewright.assets;

import com.sitewright.base.InvalidInputException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Takes images into the library: checks that they are images within the limits, encodes their responsive copies,
 * writes the bytes to object storage under their content addresses and records them.
 */
@Component
class ImageProcessing {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImageProcessing.class);

    /** Larger images are refused before decoding: a small file can claim a huge canvas. */
    static final long MAX_PIXELS = 40_000_000;
    /** Objects written to storage at once by a job. */
    private static final int OBJECT_WRITERS = 8;

    private final ImageVariants variantMaker;
    private final DataSize maxSize;
    private final ObjectStore objects;
    private final AssetRepository assets;
    private final AssetVariantRepository variants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImageProcessing(
            ImageVariants variantMaker,
            StorageSettings settings,
            ObjectStore objects,
            AssetRepository assets,
            AssetVariantRepository variants,
            TransactionTemplate transaction,
            Clock clock) {
        this.variantMaker = variantMaker;
        this.maxSize = settings.maxAssetSize();
        this.objects = objects;
        this.assets = assets;
        this.variants = variants;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The largest file accepted. */
    DataSize maxSize() {
        return maxSize;
    }

    /** Whether variants are WebP (sharp could be run) or PNG. */
    boolean encodesWebp() {
        return variantMaker.encodesWebp();
    }

    /** The file's format, when it is a readable image no larger than allowed. */
    ImageFormat check(String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("\"" + name + "\" is empty.");
        }
        if (bytes.length > maxSize.toBytes()) {
            throw new InvalidInputException("\"" + name + "\" is " + megabytes(bytes.length)
                    + "; images can be at most " + megabytes(maxSize.toBytes()) + ".");
        }
        ImageFormat format = ImageFormat.of(bytes)
                .orElseThrow(
                        () -> new InvalidInputException("\"" + name + "\" is not a PNG, JPEG, GIF or WebP image."));
        ImageFormat.Dimensions dimensions = format.dimensions(bytes)
                .orElseThrow(() -> new InvalidInputException(
                        "\"" + name + "\" starts like a " + format + " image but cannot be read; it may be damaged."));
        if ((long) dimensions.width() * dimensions.height() > MAX_PIXELS) {
            throw new InvalidInputException("\"" + name + "\" is " + dimensions.width() + " × " + dimensions.height()
                    + " pixels; images can have at most " + MAX_PIXELS / 1_000_000 + " million.");
        }
        return format;
    }

    /** See {@link AssetService#makeVariants}. */
    void makeVariants(UUID assetId) {
        Asset asset = assets.findById(assetId).orElse(null);
        if (asset == null || variants.existsByAssetId(assetId)) {
            return;
        }
        byte[] bytes;
        try (var in = objects.open(asset.getStorageKey())) {
            bytes = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        UUID projectId = asset.getProjectId();
        List<StoredObject> copies = storeObjects(projectId, variantMaker.make(List.of(ImageVariants.Source.of(bytes))))
                .getFirst();
        boolean saved;
        try {
            saved = Boolean.TRUE.equals(transaction.execute(status -> {
                if (!assets.existsById(assetId) || variants.existsByAssetId(assetId)) {
                    return false;
                }
                copies.forEach(copy -> variants.save(new AssetVariant(assetId, projectId, copy)));
                return true;
            }));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // The image was deleted between the check and the insert.
            saved = false;
        }
        if (!saved) {
            // Deleted (or given copies by another run) while these were made: bytes no row uses go again.
            copies.stream()
                    .map(StoredObject::key)
                    .distinct()
                    .filter(key -> assets.countByKey(projectId, key) == 0 && variants.countByKey(projectId, key) == 0)
                    .forEach(objects::delete);
        }
    }

    /** See {@link AssetService#storeGenerated}; {@code stored} holds those of the images stored already. */
    List<AssetSummary> storeGenerated(UUID projectId, List<GeneratedImage> images, Map<UUID, AssetSummary> stored) {
        List<GeneratedImage> fresh = images.stream()
                .filter(image -> !stored.containsKey(image.assetId()))
                .toList();
        fresh.stream().filter(image -> image.bytes() != null).forEach(image -> check(image.fileName(), image.bytes()));
        long started = System.nanoTime();
        List<List<ImageVariants.Variant>> made = variantMaker.make(fresh.stream()
                .map(image -> image.image() != null
                        ? ImageVariants.Source.of(image.image())
                        : ImageVariants.Source.of(image.bytes()))
                .toList());
        long encoded = System.nanoTime();
        List<List<StoredObject>> objects = storeObjects(projectId, made);
        long written = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < fresh.size(); i++) {
                GeneratedImage image = fresh.get(i);
                List<StoredObject> copies = objects.get(i);
                Asset asset = new Asset(
                        image.assetId(),
                        projectId,
                        AssetService.cleanFileName(image.fileName()),
                        copies.getLast(),
                        truncate(image.alt()),
                        image.origin(),
                        clock.instant());
                assets.save(asset);
                copies.forEach(copy -> variants.save(new AssetVariant(asset.getId(), projectId, copy)));
                stored.put(asset.getId(), asset.summary());
            }
        });
        log.debug(
                "{} images: variants {} ms, objects {} ms, rows {} ms",
                fresh.size(),
                (encoded - started) / 1_000_000,
                (written - encoded) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        return images.stream().map(image -> stored.get(image.assetId())).toList();
    }

    /** See {@link AssetService#checkGenerated}. */
    void checkGenerated(String name, byte[] bytes, long maxBytes, long maxPixels) {
        if (bytes != null && bytes.length > maxBytes) {
            throw new InvalidInputException("\"" + name + "\" is " + megabytes(bytes.length) + "; pictures from the "
                    + "image model can be at most " + megabytes(maxBytes) + ".");
        }
        ImageFormat format = check(name, bytes);
        ImageFormat.Dimensions dimensions = format.dimensions(bytes).orElseThrow();
        if ((long) dimensions.width() * dimensions.height() > maxPixels) {
            throw new InvalidInputException("\"" + name + "\" is " + dimensions.width() + " × " + dimensions.height()
                    + " pixels; pictures from the image model can have at most " + maxPixels + ".");
        }
        if (format != ImageFormat.WEBP) {
            // Java reads PNG, JPEG and GIF; a WebP is decoded by the variant encoder, which refuses a damaged one.
            if (!decodesWhole(bytes)) {
                throw new InvalidInputException("\"" + name + "\" cannot be decoded; it may be damaged.");
            }
        }
    }

    /** Whether the whole image decodes without errors or warnings (a cut-off JPEG decodes with a warning only). */
    private static boolean decodesWhole(byte[] bytes) {
        try (javax.imageio.stream.ImageInputStream in =
                javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            var readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                boolean[] warned = {false};
                reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
                reader.setInput(in, true, true);
                java.awt.image.BufferedImage image = reader.read(0);
                return image != null && !warned[0];
            } finally {
                reader.dispose();
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes the variants' bytes under their content addresses, those the project does not hold yet, several at once:
     * one query finds the keys already held, and identical bytes within the batch are written once.
     */
    private List<List<StoredObject>> storeObjects(UUID projectId, List<List<ImageVariants.Variant>> made) {
        Map<String, ImageVariants.Variant> byKey = new java.util.LinkedHashMap<>();
        List<List<StoredObject>> stored = made.stream()
                .map(list -> list.stream()
                        .map(variant -> {
                            String sha256 = AssetService.sha256(variant.bytes());
                            String extension = AssetFile.extensionOf(variant.contentType());
                            String key = Asset.contentKey(projectId, sha256, extension);
                            byKey.putIfAbsent(key, variant);
                            return new StoredObject(
                                    key,
                                    variant.contentType(),
                                    variant.bytes().length,
                                    variant.width(),
                                    variant.height(),
                                    sha256);
                        })
                        .toList())
                .toList();
        if (!byKey.isEmpty()) {
            Set<String> held = new HashSet<>(assets.keysAmong(projectId, byKey.keySet()));
            held.addAll(variants.keysAmong(projectId, byKey.keySet()));
            try (var writers = java.util.concurrent.Executors.newFixedThreadPool(
                    OBJECT_WRITERS, Thread.ofVirtual().factory())) {
                List<java.util.concurrent.Future<?>> writes = byKey.entrySet().stream()
                        .filter(entry -> !held.contains(entry.getKey()))
                        .<java.util.concurrent.Future<?>>map(entry -> writers.submit(() -> objects.put(
                                entry.getKey(),
                                entry.getValue().bytes(),
                                entry.getValue().contentType())))
                        .toList();
                for (var write : writes) {
                    write.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while storing images", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime
                        ? runtime
                        : new IllegalStateException(e.getCause());
            }
        }
        return stored;
    }

    private static String truncate(String alt) {
        String text = alt == null ? "" : alt.strip();
        return text.length() > AssetService.MAX_ALT_LENGTH ? text.substring(0, AssetService.MAX_ALT_LENGTH) : text;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
