package com.sitewright.release.preview;

import com.sitewright.base.JobQueue;
import com.sitewright.cms.push.CmsPushedEvent;
import com.sitewright.content.ContentJobs;
import com.sitewright.content.ItemIdentity;
import com.sitewright.release.hosting.CmsSiteEnvironment;
import com.sitewright.release.hosting.SiteKind;
import com.sitewright.release.hosting.SiteServerPool;
import com.sitewright.release.hosting.SiteStartException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a push to the project's CMS, the project's sites catch up with it: once the CMS shows what was pushed
 * (Optimizely Graph after its sync delay; Contentful and Sanity at once), the running servers refresh their pages
 * and the project's ready preview is built again, so pages of new items exist too.
 */
@Component
public class CmsSyncJob {

    private static final Logger log = LoggerFactory.getLogger(CmsSyncJob.class);
    private static final Duration POLL = Duration.ofSeconds(3);

    private final CmsSiteEnvironment cmsEnvironment;
    private final ContentJobs content;
    private final SiteServerPool pool;
    private final PreviewJobs previews;
    private final JobQueue jobs;
    private final Duration timeout;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    CmsSyncJob(
            CmsSiteEnvironment cmsEnvironment,
            ContentJobs content,
            SiteServerPool pool,
            PreviewJobs previews,
            JobQueue jobs,
            @Value("${sitewright.cms.sync-timeout:10m}") Duration timeout) {
        this.cmsEnvironment = cmsEnvironment;
        this.content = content;
        this.pool = pool;
        this.previews = previews;
        this.jobs = jobs;
        this.timeout = timeout;
    }

    @EventListener
    void on(CmsPushedEvent event) {
        UUID projectId = event.projectId();
        jobs.<CmsSyncJob>start(job -> job.afterPush(projectId));
    }

    @Job(name = "Bring the sites of project %0 up to its CMS", retries = 1)
    public void afterPush(UUID projectId) throws InterruptedException {
        Optional<Map<String, String>> site;
        try {
            site = cmsEnvironment.forSite(projectId, SiteKind.PREVIEW);
        } catch (SiteStartException e) {
            log.info("Project {}: its previews cannot read the CMS yet ({})", projectId, e.getMessage());
            return;
        }
        if (site.isEmpty()) {
            return;
        }
        Optional<GraphSync> graph = GraphSync.forSite(http, site.get());
        if (graph.isPresent() && !awaitGraph(projectId, graph.get())) {
            return;
        }
        pool.revalidate(projectId, true, List.of("sitewright"), List.of());
        previews.rebuild(projectId)
                .ifPresent(preview -> log.info(
                        "Building preview {} of project {} with the content now in its CMS", preview.id(), projectId));
    }

    /** Waits until Graph shows every item of the project; false when it did not within the timeout. */
    private boolean awaitGraph(UUID projectId, GraphSync graph) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ItemIdentity> expected = content.identities(projectId);
        String last = "";
        while (true) {
            try {
                expected = graph.missing(expected);
                if (expected.isEmpty()) {
                    return true;
                }
                last = expected.size() + " items not shown yet";
            } catch (IOException e) {
                last = e.getMessage();
            } catch (GraphSync.RefusedException e) {
                log.warn("Project {}: {}; its sites were not refreshed after the push", projectId, e.getMessage());
                return false;
            }
            if (System.nanoTime() > deadline) {
                log.warn(
                        "Project {}: Optimizely Graph did not show the pushed content within {} ({}); its sites were "
                                + "not refreshed",
                        projectId,
                        timeout,
                        last);
                return false;
            }
            Thread.sleep(POLL);
        }
    }
}
