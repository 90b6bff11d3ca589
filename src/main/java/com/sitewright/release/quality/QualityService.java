package com.sitewright.release.quality;

import com.sitewright.base.InvalidInputException;
import com.sitewright.release.quality.QualityResults.Axe;
import com.sitewright.release.quality.QualityResults.Crawl;
import com.sitewright.release.quality.QualityResults.Lighthouse;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality gates on previews: a link crawl, axe and Lighthouse run by a job once a preview is ready, and
 * their results judged against {@code sitewright.quality.*}. {@link QualityQueue} queues them.
 */
@Service
public class QualityService {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final PreviewCheckRepository checks;
    private final QualitySettings settings;
    private final QualityQueue queue;

    QualityService(PreviewCheckRepository checks, QualitySettings settings, QualityQueue queue) {
        this.checks = checks;
        this.settings = settings;
        this.queue = queue;
    }

    /** The preview's checks as they stand; {@code waiting} until the preview has been built, {@code off} when switched off. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public QualityReport report(UUID projectId, UUID previewId) {
        return checks.findById(previewId)
                .filter(check -> check.getProjectId().equals(projectId))
                .map(this::toReport)
                .orElseGet(() ->
                        QualityReport.waiting(previewId, QualityReport.Thresholds.of(settings), settings.enabled()));
    }

    /** Runs a built preview's checks again, e.g. after installing Chromium; a run in progress is left alone. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public QualityReport recheck(UUID projectId, UUID previewId) {
        PreviewCheck check = checks.findById(previewId)
                .filter(found -> found.getProjectId().equals(projectId))
                .orElseThrow(() -> new InvalidInputException(
                        settings.enabled()
                                ? "This preview has not been built yet: its checks run once it is ready."
                                : "Quality checks are switched off (sitewright.quality.enabled)."));
        if (!check.getState().inProgress()) {
            queue.checkWhenReady(projectId, previewId, check.getSiteLabel());
        }
        return report(projectId, previewId);
    }

    QualityReport toReport(PreviewCheck check) {
        return QualityReport.of(
                check.getPreviewId(),
                check.getState(),
                check.getProgress(),
                read(check.getCrawl(), Crawl.class, Crawl.pending()),
                read(check.getAxe(), Axe.class, Axe.pending()),
                read(
                        check.getLighthouse(),
                        Lighthouse.class,
                        settings.lighthouse()
                                ? Lighthouse.pending()
                                : Lighthouse.of(
                                        QualityResults.Status.SKIPPED, "Switched off (sitewright.quality.lighthouse)")),
                QualityReport.Thresholds.of(settings),
                check.getQueuedAt(),
                check.getStartedAt(),
                check.getFinishedAt());
    }

    private static <T> T read(String json, Class<T> type, T otherwise) {
        return json == null ? otherwise : JSON.readValue(json, type);
    }
}
