package com.sitewright.cms.webhook;

import com.sitewright.base.JobQueue;
import com.sitewright.base.PublicUrlSettings;
import com.sitewright.cms.connection.CmsConnectionSaved;
import com.sitewright.cms.connection.CmsConnections;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.connection.OpenConnection;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Registers a project's webhook at its CMS after the connection is saved, in a job: Optimizely Graph
 * ({@code POST {graphUrl}/api/webhooks}, Basic auth with the Graph app key and secret), Contentful (the space's
 * signing secret, then {@code POST /spaces/{space}/webhook_definitions} with the management token) and Sanity
 * ({@code POST {apiUrl}/v{apiVersion}/hooks/projects/{projectId}} with the token; the secret signs its calls). It
 * needs the studio's public URL ({@code sitewright.public-url}); without it, or without the credentials the vendor
 * requires, the state says what to set. Running it again for an unchanged connection and URL does nothing.
 */
@Component
public class CmsWebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(CmsWebhookRegistration.class);

    private final WebhookRecords records;
    private final CmsConnections connections;
    private final PublicUrlSettings publicUrl;
    private final JobQueue jobs;
    private final VendorWebhooks vendors;

    CmsWebhookRegistration(
            WebhookRecords records,
            CmsConnections connections,
            PublicUrlSettings publicUrl,
            JobQueue jobs,
            VendorWebhooks vendors) {
        this.records = records;
        this.connections = connections;
        this.publicUrl = publicUrl;
        this.jobs = jobs;
        this.vendors = vendors;
    }

    @TransactionalEventListener
    void onConnectionSaved(CmsConnectionSaved event) {
        UUID projectId = event.projectId();
        records.pending(projectId);
        jobs.<CmsWebhookRegistration>start(job -> job.register(projectId));
    }

    @Job(name = "Register the CMS webhook of project %0", retries = 3)
    public void register(UUID projectId) {
        var open = connections.open(projectId);
        if (open.isEmpty()) {
            return; // the connection was deleted meanwhile
        }
        OpenConnection connection = open.get();
        CmsProvider provider = connection.provider();
        CmsWebhook hook = records.get(projectId);
        if (publicUrl.base().isEmpty()) {
            records.record(
                    projectId,
                    new VendorWebhooks.Outcome(
                            WebhookState.NOT_REGISTERED,
                            publicUrl.invalid()
                                    ? "Webhook not registered: sitewright.public-url is not an http(s) URL; set it to the studio's public "
                                            + "address and save the connection again."
                                    : "Webhook not registered: set sitewright.public-url to the studio's public address (the CMS must reach "
                                            + "it) and save the connection again.",
                            null),
                    null);
            return;
        }
        String secret = records.secret(hook, projectId);
        String url = publicUrl.base().get() + CmsWebhookService.path(projectId, provider);
        String registeredAs = provider.id() + " " + url + " at " + VendorWebhooks.vendorLocation(connection);
        if (registeredAs.equals(hook.getRegisteredAs())) {
            records.record(
                    projectId,
                    new VendorWebhooks.Outcome(WebhookState.REGISTERED, null, hook.getRemoteId()),
                    registeredAs);
            return;
        }
        VendorWebhooks.Outcome outcome;
        try {
            outcome = vendors.register(connection, projectId, url, secret);
        } catch (VendorWebhooks.VendorUnavailableException e) {
            records.record(
                    projectId,
                    new VendorWebhooks.Outcome(WebhookState.FAILED, e.getMessage() + " The studio tries again.", null),
                    null);
            throw e;
        }
        records.record(projectId, outcome, outcome.state() == WebhookState.REGISTERED ? registeredAs : null);
        log.info(
                "CMS webhook of project {} ({}): {}",
                projectId,
                provider.id(),
                outcome.state().id());
    }
}
