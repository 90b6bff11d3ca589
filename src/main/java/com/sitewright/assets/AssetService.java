package com.sitewright.assets;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.base.NotFoundException;
import com.sitewright.project.ProjectDeletedEvent;
import com.sitewright.project.ProjectService;
import com.sitewright.security.CurrentUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * A project's asset library: images uploaded once and chosen for asset fields. Files are checked by their
 * content, stored in object storage, and listed, searched, described and deleted here.
 */
@Service
public class AssetService {

    public static final int MAX_ALT_LENGTH = 250;
    public static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_FILE_NAME = 255;

    private final AssetRepository assets;
    private final AssetVariantRepository variants;
    private final ImageProcessing images;
    private final ObjectStore objects;
    private final ProjectService projects;
    private final JobQueue jobs;
    private final Clock clock;

    AssetService(
            AssetRepository assets,
            AssetVariantRepository variants,
            ImageProcessing images,
            ObjectStore objects,
            ProjectService projects,
            JobQueue jobs,
            Clock clock) {
        this.assets = assets;
        this.variants = variants;
        this.images = images;
        this.objects = objects;
        this.projects = projects;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The largest file accepted, for upload widgets to refuse bigger ones before sending them. */
    public DataSize maxSize() {
        return images.maxSize();
    }

    /**
     * Adds an image to the project's library, stored under the content address of its bytes. The object is written
     * first and the row after it; if the row cannot be written, an object this upload wrote is removed again, so a
     * failed upload leaves nothing behind. Its responsive copies are made by a job once the row is committed
     * (encoding takes longer than a request should).
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public AssetSummary upload(UUID projectId, String fileName, byte[] bytes) {
        String name = cleanFileName(fileName);
        ImageFormat format = images.check(name, bytes);
        ImageFormat.Dimensions dimensions = format.dimensions(bytes).orElseThrow();

        String sha256 = sha256(bytes);
        String key = Asset.contentKey(projectId, sha256, AssetFile.extensionOf(format.contentType()));
        Asset asset = new Asset(
                UUID.randomUUID(),
                projectId,
                name,
                new StoredObject(
                        key, format.contentType(), bytes.length, dimensions.width(), dimensions.height(), sha256),
                altFromFileName(name),
                AssetOrigin.UPLOAD,
                CurrentUser.require().id(),
                clock.instant());
        if (assets.countByKey(projectId, key) == 0 && variants.countByKey(projectId, key) == 0) {
            objects.put(key, bytes, format.contentType());
            deleteObjectUnlessCommitted(key);
        }
        UUID assetId = asset.getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.<AssetVariantJob>start(job -> job.makeVariants(assetId));
            }
        });
        return assets.saveAndFlush(asset).summary();
    }

    /**
     * For {@link AssetVariantJob}: makes and stores the responsive copies of an uploaded image. Nothing happens for
     * an image that has them already or was deleted meanwhile, so running it again is harmless.
     */
    public void makeVariants(UUID assetId) {
        images.makeVariants(assetId);
    }

    /**
     * For the delivery API, which authorises by project token rather than by user: the project's images among
     * these IDs, with their responsive copies. IDs of other projects' images are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, DeliveryAsset> forDelivery(UUID projectId, Collection<UUID> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        List<Asset> found = assets.findInProject(projectId, assetIds);
        Map<UUID, List<AssetVariantSummary>> copies = new HashMap<>();
        variants.findByAssetIdInOrderByWidth(found.stream().map(Asset::getId).toList())
                .forEach(variant -> copies.computeIfAbsent(variant.getAssetId(), id -> new java.util.ArrayList<>())
                        .add(variant.summary()));
        Map<UUID, DeliveryAsset> delivered = new HashMap<>();
        for (Asset asset : found) {
            AssetSummary summary = asset.summary();
            delivered.put(
                    asset.getId(),
                    new DeliveryAsset(
                            asset.getId(),
                            summary.contentType(),
                            summary.width(),
                            summary.height(),
                            summary.alt(),
                            asset.getSha256(),
                            copies.getOrDefault(asset.getId(), List.of())));
        }
        return delivered;
    }

    /**
     * For the delivery API: the bytes of a project's image, or of its copy the given pixels wide (null for the
     * original); empty when the project has no such image or copy.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<AssetBytes> openForDelivery(UUID projectId, UUID assetId, Integer width) {
        java.util.Optional<Asset> asset =
                assets.findById(assetId).filter(found -> found.getProjectId().equals(projectId));
        if (asset.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (width == null) {
            Asset original = asset.get();
            return java.util.Optional.of(new AssetBytes(
                    original.getContentType(),
                    original.getSizeBytes(),
                    original.getSha256(),
                    () -> openObject(original.getStorageKey())));
        }
        return variants.findByAssetIdAndWidth(assetId, width)
                .map(copy -> new AssetBytes(
                        copy.getContentType(),
                        copy.getSizeBytes(),
                        copy.getSha256(),
                        () -> openObject(copy.getStorageKey())));
    }

    /**
     * For the delivery API: the project's stored bytes with this sha-256 (an original or a copy) and the images
     * that use them; empty when the project holds no such bytes.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<AssetFile> file(UUID projectId, String sha256) {
        Set<UUID> owners = new java.util.LinkedHashSet<>();
        String contentType = null;
        long size = 0;
        String key = null;
        for (Asset asset : assets.findByProjectIdAndSha256(projectId, sha256)) {
            owners.add(asset.getId());
            contentType = asset.getContentType();
            size = asset.getSizeBytes();
            key = asset.getStorageKey();
        }
        for (AssetVariant copy : variants.findByProjectIdAndSha256(projectId, sha256)) {
            owners.add(copy.getAssetId());
            contentType = copy.getContentType();
            size = copy.getSizeBytes();
            key = copy.getStorageKey();
        }
        return key == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new AssetFile(sha256, contentType, size, Set.copyOf(owners), key));
    }

    /** For the delivery API: the bytes of a file found by {@link #file}, opened when read. */
    public AssetBytes open(AssetFile file) {
        return new AssetBytes(file.contentType(), file.sizeBytes(), file.sha256(), () -> openObject(file.storageKey()));
    }

    /** Bytes whose object has gone from storage (removed by hand, a lost bucket) are "not found", not an error. */
    private java.io.InputStream openObject(String key) {
        try {
            return objects.open(key);
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            throw new NotFoundException("No such asset");
        }
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<AssetSummary> page(UUID projectId, String search, int page, int size) {
        return assets
                .page(projectId, pattern(search), PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE)))
                .stream()
                .map(Asset::summary)
                .toList();
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public long count(UUID projectId, String search) {
        return assets.count(projectId, pattern(search));
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public AssetSummary get(UUID projectId, UUID assetId) {
        return visible(projectId, assetId).summary();
    }

    /** The image's bytes, for a signed-in user of its project, wherever it is shown in the studio. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AssetContent open(UUID assetId) {
        return contentOf(visible(assetId));
    }

    /** The image's bytes, when it belongs to the project. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public AssetContent open(UUID projectId, UUID assetId) {
        return contentOf(visible(projectId, assetId));
    }

    /** The image's responsive copies, narrowest first; empty for an image uploaded before they existed. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<AssetVariantSummary> variants(UUID projectId, UUID assetId) {
        visible(projectId, assetId);
        return variants.findByAssetIdOrderByWidth(assetId).stream()
                .map(AssetVariant::summary)
                .toList();
    }

    /**
     * For jobs: which of these assets the project holds already, so a resumed step does not draw them again.
     */
    @Transactional(readOnly = true)
    public Map<UUID, AssetSummary> existing(UUID projectId, Collection<UUID> assetIds) {
        Map<UUID, AssetSummary> found = new HashMap<>();
        if (!assetIds.isEmpty()) {
            assets.findInProject(projectId, assetIds).forEach(asset -> found.put(asset.getId(), asset.summary()));
        }
        return found;
    }

    /**
     * For jobs: stores generated images in the library with their variants. Images already stored (same ID) are
     * returned as they are. Variants are made and objects written before any row, outside a transaction (encoding
     * takes a while); an object whose row never comes is harmless, and the same bytes meet it again on a retry,
     * since keys are content addresses. An image model's bytes are checked like an upload: one that is not an
     * image, cannot be read or is too large is refused with {@link InvalidInputException}.
     */
    public List<AssetSummary> storeGenerated(UUID projectId, List<GeneratedImage> images) {
        return this.images.storeGenerated(
                projectId,
                images,
                existing(projectId, images.stream().map(GeneratedImage::assetId).toList()));
    }

    /**
     * For jobs: checks a picture from an image model against stricter limits than uploads, and decodes it whole, so
     * that a damaged file (a cut-off PNG whose header reads well) is refused before it is stored. The pixel count is
     * read from the header before anything is decoded, so a small file claiming a huge canvas is never expanded.
     *
     * @throws InvalidInputException saying why the picture is refused
     */
    public void checkGenerated(String name, byte[] bytes, long maxBytes, long maxPixels) {
        images.checkGenerated(name, bytes, maxBytes, maxPixels);
    }

    /** Whether variants are WebP (sharp could be run) or PNG. */
    public boolean variantsAreWebp() {
        return images.encodesWebp();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes the alt text offered when the image is chosen; fields that already show it keep theirs. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public AssetSummary describe(UUID projectId, UUID assetId, String alt) {
        String text = alt == null ? "" : alt.strip();
        if (text.length() > MAX_ALT_LENGTH) {
            throw new InvalidInputException("Alt text can be at most " + MAX_ALT_LENGTH + " characters.");
        }
        Asset asset = visible(projectId, assetId);
        asset.describe(text);
        return asset.summary();
    }

    /** Removes the image from the library and storage. Fields that show it keep their address, which then fails. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public void delete(UUID projectId, UUID assetId) {
        Asset asset = visible(projectId, assetId);
        Set<String> keys = new HashSet<>();
        keys.add(asset.getStorageKey());
        List<AssetVariant> copies = variants.findByAssetIdOrderByWidth(assetId);
        copies.forEach(copy -> keys.add(copy.getStorageKey()));
        variants.deleteAll(copies);
        assets.delete(asset);
        assets.flush();
        // Content-addressed bytes may be shared with other images of the project: those stay.
        keys.removeIf(key -> assets.countByKey(projectId, key) > 0 || variants.countByKey(projectId, key) > 0);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(objects::delete);
            }
        });
    }

    /** The rows go with the project (the database cascades); the objects are removed by a job. */
    @TransactionalEventListener
    void onProjectDeleted(ProjectDeletedEvent event) {
        UUID projectId = event.projectId();
        jobs.<AssetCleanupJob>start(job -> job.removeProjectObjects(projectId));
    }

    private Asset visible(UUID assetId) {
        Asset asset = assets.findById(assetId).orElseThrow(() -> new NotFoundException("No such asset"));
        projects.get(asset.getProjectId());
        return asset;
    }

    /** An asset of another project is "not found", like one that does not exist. */
    private Asset visible(UUID projectId, UUID assetId) {
        Asset asset = visible(assetId);
        if (!asset.getProjectId().equals(projectId)) {
            throw new NotFoundException("No such asset");
        }
        return asset;
    }

    private AssetContent contentOf(Asset asset) {
        return new AssetContent(asset.summary(), objects.open(asset.getStorageKey()));
    }

    private void deleteObjectUnlessCommitted(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    objects.delete(key);
                }
            }
        });
    }

    /** Only the last part of a path, without control characters, at most 255 characters. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            return "image";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    /** "latte-art_2.jpg" becomes "Latte art 2": a starting point the editor improves. */
    static String altFromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String words = (dot > 0 ? fileName.substring(0, dot) : fileName)
                .replaceAll("[-_.]+", " ")
                .strip();
        if (words.isEmpty()) {
            return "";
        }
        words = words.length() > MAX_ALT_LENGTH ? words.substring(0, MAX_ALT_LENGTH) : words;
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String pattern(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
