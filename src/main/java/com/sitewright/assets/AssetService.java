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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
 * A project's asset library as its people use it: images uploaded once and chosen for asset fields. Files are
 * checked by their content, stored in object storage, and listed, searched, described and deleted here. Jobs use
 * {@link AssetJobs}; the delivery API uses {@link AssetDelivery}.
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

    /**
     * The largest file accepted, for upload widgets to refuse bigger ones before sending them. A setting, not
     * project data: the upload body limit reads it while the studio starts, before anyone has signed in.
     */
    @PreAuthorize("permitAll()")
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
