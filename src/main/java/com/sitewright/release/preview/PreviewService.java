package com.sitewright.release.preview;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.project.ProjectDeletedEvent;
import com.sitewright.release.hosting.HostedSiteResolver;
import com.sitewright.release.hosting.ShareGrantInfo;
import com.sitewright.release.hosting.SiteKind;
import com.sitewright.release.hosting.SiteServerPool;
import com.sitewright.release.hosting.SiteServerStarted;
import com.sitewright.release.hosting.SiteServerStopped;
import com.sitewright.security.CurrentUser;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Previews of a project's generated site as its people use them: a build of one source commit, served privately
 * under its own address while it runs. Jobs and the deploy feature use {@link PreviewJobs}.
 */
@Service
public class PreviewService {

    static final String LABEL_PREFIX = "preview-";
    private static final Duration LONGEST_SHARE = Duration.ofDays(30);
    private static final int LOG_CHUNK = 256 * 1024;

    private final PreviewRepository previews;
    private final PreviewFiles files;
    private final SiteServerPool pool;
    private final PreviewBuilds builds;
    private final PreviewStates states;
    private final PreviewLinks links;

    PreviewService(
            PreviewRepository previews,
            PreviewFiles files,
            SiteServerPool pool,
            PreviewBuilds builds,
            PreviewStates states,
            PreviewLinks links) {
        this.previews = previews;
        this.files = files;
        this.pool = pool;
        this.builds = builds;
        this.states = states;
        this.links = links;
    }

    /** A new share link; {@code id} names its grant, which can be revoked. */
    public record ShareLink(UUID id, String url, Instant expiresAt) {}

    /** A part of a build log, and where the next part starts. */
    public record LogChunk(String text, long nextOffset) {}

    /** Queues a build of the project's latest source commit. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public PreviewInfo start(UUID projectId) {
        return builds.start(projectId, CurrentUser.require().id());
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public PreviewInfo get(UUID projectId, UUID previewId) {
        return own(projectId, previewId).info();
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<PreviewInfo> list(UUID projectId) {
        return previews.findByProjectIdOrderByCreatedAtDesc(projectId).stream()
                .map(Preview::info)
                .toList();
    }

    /** The preview's address (it answers only to the project's users); empty until it is built. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public Optional<String> url(UUID projectId, UUID previewId) {
        return links.url(get(projectId, previewId), null);
    }

    /**
     * The address of a preview the caller has already read (no second lookup), for someone who reached the studio
     * under the host name {@code studioHost}: the address uses that name when the studio knows it as its own, so a
     * preview in the studio's frame is the same site as the studio (its sign-in cookie is sent); null or any other
     * name gives the configured host. Empty until it is built.
     */
    @PreAuthorize("@projectAccess.canView(#preview.projectId())")
    public Optional<String> url(PreviewInfo preview, String studioHost) {
        return links.url(preview, studioHost);
    }

    /**
     * The address with a short-lived hand-off that signs the signed-in user's browser in to the preview. The
     * session it starts is the user's: it ends when the user is disabled or can no longer see the project.
     */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public Optional<String> studioLink(UUID projectId, UUID previewId) {
        return studioLink(projectId, previewId, null, null);
    }

    /**
     * As {@link #studioLink(UUID, UUID)}, opening the page at {@code path} (a site path such as "/menu/flat-white";
     * a path that is not a plain site path, or null, opens the home page), under the host name the studio was
     * reached by (see {@link #url(PreviewInfo, String)}).
     */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public Optional<String> studioLink(UUID projectId, UUID previewId, String path, String studioHost) {
        return links.studioLink(get(projectId, previewId), path, studioHost);
    }

    /** A link anyone can open until it expires or is revoked; its grant is stored so that it can be. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public ShareLink shareLink(UUID projectId, UUID previewId, Duration validFor) {
        return shareLink(projectId, previewId, validFor, null);
    }

    /** As {@link #shareLink(UUID, UUID, Duration)}, under the host name the studio was reached by. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public ShareLink shareLink(UUID projectId, UUID previewId, Duration validFor, String studioHost) {
        if (validFor == null || validFor.isNegative() || validFor.isZero() || validFor.compareTo(LONGEST_SHARE) > 0) {
            throw new InvalidInputException("A share link is valid for between a minute and 30 days.");
        }
        return links.share(projectId, get(projectId, previewId), validFor, studioHost);
    }

    /** The preview's share links, newest first, with their state (active, expired or revoked). */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public List<ShareGrantInfo> shares(UUID projectId, UUID previewId) {
        get(projectId, previewId);
        return links.shares(previewId);
    }

    /** Ends access through one share link at once, including browsers that opened it before. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public ShareGrantInfo revokeShare(UUID projectId, UUID previewId, UUID shareId) {
        get(projectId, previewId);
        return links.revoke(previewId, shareId);
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    public LogChunk log(UUID projectId, UUID previewId, long offset) {
        get(projectId, previewId);
        Path log = files.log(projectId, previewId);
        if (!Files.exists(log)) {
            return new LogChunk("", 0);
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.clamp(offset, 0, file.length());
            byte[] bytes = new byte[(int) Math.min(LOG_CHUNK, file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            // Stop at the last complete line, or for one enormous line at a character boundary, so a
            // multi-byte character is never cut in half and every call moves forward.
            int end = bytes.length;
            if (end == LOG_CHUNK) {
                while (end > 0 && bytes[end - 1] != '\n') {
                    end--;
                }
                if (end == 0) {
                    // Leave the last character, complete or not, to the next call.
                    end = bytes.length - 1;
                    while (end > 1 && (bytes[end] & 0xC0) == 0x80) {
                        end--;
                    }
                }
            }
            return new LogChunk(new String(bytes, 0, end, StandardCharsets.UTF_8), start + end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public void stop(UUID projectId, UUID previewId) {
        get(projectId, previewId);
        pool.stop(label(previewId), "stopped by " + CurrentUser.require().username());
    }

    static String label(UUID previewId) {
        return LABEL_PREFIX + previewId;
    }

    @EventListener
    void onServerStopped(SiteServerStopped event) {
        if (event.site().kind() == SiteKind.PREVIEW) {
            idOf(event.site().label()).ifPresent(id -> states.stopped(id, event.reason()));
        }
    }

    @EventListener
    void onServerStarted(SiteServerStarted event) {
        if (event.site().kind() == SiteKind.PREVIEW) {
            idOf(event.site().label()).ifPresent(states::restarted);
        }
    }

    /** No site server survives a studio restart: ready previews are stopped until their next visit. */
    @EventListener(ApplicationReadyEvent.class)
    void markStoppedAfterRestart() {
        states.stopAllReady();
    }

    @TransactionalEventListener
    void onProjectDeleted(ProjectDeletedEvent event) {
        PreviewFiles.deleteTree(files.buildsDir(event.projectId()));
    }

    private Preview own(UUID projectId, UUID previewId) {
        return previews.findById(previewId)
                .filter(preview -> preview.getProjectId().equals(projectId))
                .orElseThrow(() -> new NotFoundException("No such preview"));
    }

    private static Optional<UUID> idOf(String label) {
        return HostedSiteResolver.idIn(label, LABEL_PREFIX);
    }
}
