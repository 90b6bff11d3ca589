package com.sitewright.release.web;

import com.sitewright.api.RestApi;
import com.sitewright.base.InvalidInputException;
import com.sitewright.release.deploy.DeploymentInfo;
import com.sitewright.release.deploy.DeploymentService;
import com.sitewright.release.hosting.ShareGrantInfo;
import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewService;
import com.sitewright.release.quality.QualityReport;
import com.sitewright.release.quality.QualityService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Previews of a project's site: start a build, follow it, read its log, share it, approve it. */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{projectId}/previews")
class PreviewApi {

    private static final long DEFAULT_SHARE_MINUTES = 24 * 60;

    private final PreviewService previews;
    private final DeploymentService deployments;
    private final QualityService quality;

    PreviewApi(PreviewService previews, DeploymentService deployments, QualityService quality) {
        this.previews = previews;
        this.deployments = deployments;
        this.quality = quality;
    }

    record Started(UUID id, String state) {}

    /** {@code url} is set once the preview is built; it answers to the same credentials as this API. */
    record PreviewJson(
            UUID id,
            String state,
            @Nullable String url,
            String commit,
            String commitMessage,
            String buildId,
            String error,
            Instant createdAt,
            Instant readyAt) {}

    record ShareRequest(Long validForMinutes) {}

    record ShareLink(UUID id, String url, Instant expiresAt) {}

    /** A share link as listed: who made it, when, until when, and whether it still opens the preview. */
    record ShareJson(
            UUID id,
            String createdBy,
            Instant createdAt,
            Instant expiresAt,
            Instant revokedAt,
            ShareGrantInfo.State state) {

        static ShareJson of(ShareGrantInfo grant) {
            return new ShareJson(
                    grant.id(),
                    grant.createdBy(),
                    grant.createdAt(),
                    grant.expiresAt(),
                    grant.revokedAt(),
                    grant.state());
        }
    }

    record Approved(UUID deploymentId, String state) {}

    @PostMapping
    ResponseEntity<Started> start(@PathVariable UUID projectId) {
        PreviewInfo preview = previews.start(projectId);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Started(preview.id(), preview.state().id()));
    }

    @GetMapping
    List<PreviewJson> list(@PathVariable UUID projectId, HttpServletRequest http) {
        return previews.list(projectId).stream()
                .map(preview -> toJson(preview, http))
                .toList();
    }

    @GetMapping("/{previewId}")
    PreviewJson get(@PathVariable UUID projectId, @PathVariable UUID previewId, HttpServletRequest http) {
        return toJson(previews.get(projectId, previewId), http);
    }

    /** The build log from {@code offset} (bytes); {@code X-Next-Offset} says where to continue. */
    @GetMapping("/{previewId}/log")
    ResponseEntity<String> log(
            @PathVariable UUID projectId, @PathVariable UUID previewId, @RequestParam(defaultValue = "0") long offset) {
        PreviewService.LogChunk chunk = previews.log(projectId, previewId, offset);
        return ResponseEntity.ok()
                .header("X-Next-Offset", String.valueOf(chunk.nextOffset()))
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(chunk.text());
    }

    @PostMapping("/{previewId}/share")
    ShareLink share(
            @PathVariable UUID projectId,
            @PathVariable UUID previewId,
            @RequestBody(required = false) ShareRequest request,
            HttpServletRequest http) {
        long minutes = request == null || request.validForMinutes() == null
                ? DEFAULT_SHARE_MINUTES
                : request.validForMinutes();
        if (minutes < 1 || minutes > 30L * 24 * 60) {
            throw new InvalidInputException("validForMinutes is between 1 and 43200 (30 days).");
        }
        PreviewService.ShareLink link =
                previews.shareLink(projectId, previewId, Duration.ofMinutes(minutes), http.getServerName());
        return new ShareLink(link.id(), link.url(), link.expiresAt());
    }

    @GetMapping("/{previewId}/shares")
    List<ShareJson> shares(@PathVariable UUID projectId, @PathVariable UUID previewId) {
        return previews.shares(projectId, previewId).stream().map(ShareJson::of).toList();
    }

    /** Revokes a share link: browsers that opened it lose access on their next request. */
    @DeleteMapping("/{previewId}/shares/{shareId}")
    ResponseEntity<Void> revokeShare(
            @PathVariable UUID projectId, @PathVariable UUID previewId, @PathVariable UUID shareId) {
        previews.revokeShare(projectId, previewId, shareId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{previewId}/stop")
    ResponseEntity<Void> stop(@PathVariable UUID projectId, @PathVariable UUID previewId) {
        previews.stop(projectId, previewId);
        return ResponseEntity.noContent().build();
    }

    /** The preview's quality checks: progress while they run, then what they found and the verdict. */
    @GetMapping("/{previewId}/checks")
    QualityReport checks(@PathVariable UUID projectId, @PathVariable UUID previewId) {
        previews.get(projectId, previewId);
        return quality.report(projectId, previewId);
    }

    /** Runs the checks of a built preview again (for example after installing Chromium). */
    @PostMapping("/{previewId}/checks")
    ResponseEntity<QualityReport> recheck(@PathVariable UUID projectId, @PathVariable UUID previewId) {
        previews.get(projectId, previewId);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(quality.recheck(projectId, previewId));
    }

    @PostMapping("/{previewId}/approve")
    ResponseEntity<Approved> approve(@PathVariable UUID projectId, @PathVariable UUID previewId) {
        DeploymentInfo deployment = deployments.approve(projectId, previewId);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Approved(deployment.id(), deployment.state().id()));
    }

    /** The address uses the host name the API was called under, when the studio knows it as its own. */
    private PreviewJson toJson(PreviewInfo preview, HttpServletRequest http) {
        return new PreviewJson(
                preview.id(),
                preview.state().id(),
                previews.url(preview, http.getServerName()).orElse(null),
                preview.commitId(),
                preview.commitMessage(),
                preview.buildId(),
                preview.error(),
                preview.createdAt(),
                preview.readyAt());
    }
}
