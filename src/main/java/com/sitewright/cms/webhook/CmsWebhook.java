package com.sitewright.cms.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A project's webhook: its sealed secret and whether it is registered at the vendor. No {@code toString}, on purpose. */
@Entity
@Table(name = "cms_webhooks")
class CmsWebhook {

    @Id
    private UUID projectId;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private String state;

    private String detail;

    /** The webhook URL (without its secret) and where it was registered, so a changed connection registers anew. */
    private String registeredAs;

    private String remoteId;

    @Column(nullable = false)
    private Instant updatedAt;

    protected CmsWebhook() {}

    CmsWebhook(UUID projectId, String sealedSecret, Instant now) {
        this.projectId = projectId;
        this.secret = sealedSecret;
        this.state = WebhookState.PENDING.id();
        this.updatedAt = now;
    }

    void record(WebhookState state, String detail, String registeredAs, String remoteId, Instant now) {
        this.state = state.id();
        this.detail = detail;
        this.registeredAs = registeredAs;
        this.remoteId = remoteId;
        this.updatedAt = now;
    }

    UUID getProjectId() {
        return projectId;
    }

    String getSecret() {
        return secret;
    }

    WebhookState getState() {
        return WebhookState.of(state);
    }

    String getDetail() {
        return detail;
    }

    String getRegisteredAs() {
        return registeredAs;
    }

    String getRemoteId() {
        return remoteId;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
