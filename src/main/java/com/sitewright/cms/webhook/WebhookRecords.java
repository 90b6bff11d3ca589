package com.sitewright.cms.webhook;

import com.sitewright.base.SecretBox;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps each project's webhook row (its sealed secret and what registering came to), each change committed alone. */
@Component
class WebhookRecords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CmsWebhookRepository hooks;
    private final SecretBox box;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WebhookRecords(CmsWebhookRepository hooks, SecretBox box, PlatformTransactionManager transactions, Clock clock) {
        this.hooks = hooks;
        this.box = box;
        // Its own transaction even when called after another commits (a listener after the connection is saved).
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Marks the project's webhook pending until the job has compared the saved connection with what is registered. */
    void pending(UUID projectId) {
        transaction.executeWithoutResult(status -> {
            CmsWebhook hook = findOrCreate(projectId);
            hook.record(
                    WebhookState.PENDING,
                    "The webhook's registration is queued.",
                    hook.getRegisteredAs(),
                    hook.getRemoteId(),
                    clock.instant());
        });
    }

    /** The project's webhook row, made with a new secret when it has none yet. */
    CmsWebhook get(UUID projectId) {
        return transaction.execute(status -> findOrCreate(projectId));
    }

    /** The webhook's secret, unsealed. */
    String secret(CmsWebhook hook, UUID projectId) {
        return box.open(hook.getSecret(), projectId);
    }

    void record(UUID projectId, VendorWebhooks.Outcome outcome, String registeredAs) {
        transaction.executeWithoutResult(status -> hooks.lockById(projectId)
                .ifPresent(hook -> hook.record(
                        outcome.state(), outcome.detail(), registeredAs, outcome.remoteId(), clock.instant())));
    }

    private CmsWebhook findOrCreate(UUID projectId) {
        return hooks.findById(projectId)
                .orElseGet(
                        () -> hooks.save(new CmsWebhook(projectId, box.seal(newSecret(), projectId), clock.instant())));
    }

    /** 48 random bytes as 64 base64url characters: the length Contentful requires of a signing secret. */
    private static String newSecret() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
