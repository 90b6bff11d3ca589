package com.sitewright.release.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** The quality checks of one preview: where they stand and what each check found (JSON). */
@Entity
@Table(name = "preview_checks")
class PreviewCheck {

    private static final int MAX_PROGRESS = 300;

    @Id
    private UUID previewId;

    @Column(nullable = false)
    private UUID projectId;

    @Column(nullable = false)
    private String siteLabel;

    @Column(nullable = false)
    private String state;

    private String progress;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String crawl;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String axe;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String lighthouse;

    @Column(nullable = false)
    private Instant queuedAt;

    private Instant startedAt;

    private Instant finishedAt;

    @Version
    private long version;

    protected PreviewCheck() {}

    PreviewCheck(UUID previewId, UUID projectId, String siteLabel, Instant now) {
        this.previewId = previewId;
        this.projectId = projectId;
        this.siteLabel = siteLabel;
        queued(now);
    }

    /** Back to the start: results of an earlier run are dropped. */
    void queued(Instant now) {
        state = QualityReport.State.QUEUED.id();
        progress = "Waiting for a worker";
        crawl = null;
        axe = null;
        lighthouse = null;
        queuedAt = now;
        startedAt = null;
        finishedAt = null;
    }

    void running(Instant now) {
        state = QualityReport.State.RUNNING.id();
        startedAt = now;
        crawl = null;
        axe = null;
        lighthouse = null;
    }

    void progress(String text) {
        progress = text == null || text.length() <= MAX_PROGRESS ? text : text.substring(0, MAX_PROGRESS);
    }

    void crawl(String json) {
        crawl = json;
    }

    void axe(String json) {
        axe = json;
    }

    void lighthouse(String json) {
        lighthouse = json;
    }

    void done(Instant now) {
        state = QualityReport.State.DONE.id();
        progress = null;
        finishedAt = now;
    }

    UUID getPreviewId() {
        return previewId;
    }

    UUID getProjectId() {
        return projectId;
    }

    String getSiteLabel() {
        return siteLabel;
    }

    QualityReport.State getState() {
        return QualityReport.State.valueOf(state.toUpperCase(java.util.Locale.ROOT));
    }

    String getProgress() {
        return progress;
    }

    String getCrawl() {
        return crawl;
    }

    String getAxe() {
        return axe;
    }

    String getLighthouse() {
        return lighthouse;
    }

    Instant getQueuedAt() {
        return queuedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }
}
