package com.sitewright.release.quality;

import com.sitewright.base.StudioSettings;
import com.sitewright.release.hosting.SiteGateway;
import com.sitewright.release.hosting.SiteServerPool;
import com.sitewright.release.quality.QualityResults.Axe;
import com.sitewright.release.quality.QualityResults.Crawl;
import com.sitewright.release.quality.QualityResults.Lighthouse;
import com.sitewright.release.quality.QualityResults.Status;
import com.sitewright.site.NodeToolchain;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks one preview's running site: every internal link, axe on a sample of pages per kind, Lighthouse on
 * the home page, a listing and a detail page. Each result is stored as soon as it is known; whatever
 * happens, the run ends {@code done}, with a check that could not run saying why.
 */
@Component
public class QualityCheckJob {

    private static final Logger log = LoggerFactory.getLogger(QualityCheckJob.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String STOPPED = "The preview's server was stopped during the checks. Open the preview, "
            + "which starts it again, then run the checks again.";

    private final CheckRuns runs;
    private final QualitySettings settings;
    private final SiteServerPool pool;
    private final SiteGateway gateway;
    private final BrowserChecks browser;

    QualityCheckJob(
            CheckRuns runs,
            QualitySettings settings,
            SiteServerPool pool,
            SiteGateway gateway,
            NodeToolchain toolchain,
            StudioSettings studio) {
        this.runs = runs;
        this.settings = settings;
        this.pool = pool;
        this.gateway = gateway;
        this.browser = new BrowserChecks(
                toolchain,
                studio.dataDir().toAbsolutePath().normalize().resolve("quality-tools"),
                settings.chromiumPath());
    }

    @Job(name = "Check preview %0", retries = 1)
    public void check(UUID previewId) {
        PreviewCheck check = runs.start(previewId);
        if (check == null) {
            return;
        }
        String label = check.getSiteLabel();
        try {
            run(previewId, label);
        } catch (RuntimeException e) {
            // Whatever is not stored yet could not be checked; the run still ends, so approving never waits on it.
            log.warn("Quality checks of preview {} stopped", previewId, e);
            update(previewId, found -> {
                if (found.getCrawl() == null) {
                    found.crawl(json(Crawl.notChecked("The checks stopped unexpectedly.")));
                }
                if (found.getAxe() == null) {
                    found.axe(json(Axe.of(Status.NOT_CHECKED, "The checks stopped unexpectedly.")));
                }
                if (found.getLighthouse() == null) {
                    found.lighthouse(json(
                            settings.lighthouse()
                                    ? Lighthouse.of(Status.NOT_CHECKED, "The checks stopped unexpectedly.")
                                    : skippedLighthouse()));
                }
            });
        } finally {
            runs.done(previewId);
        }
    }

    private void run(UUID previewId, String label) {
        Optional<URI> base = stillServing(label);
        if (base.isEmpty()) {
            String why = "The preview's server is not running (it was stopped, or its build was removed). Open the "
                    + "preview, which starts it again, then run the checks again.";
            update(previewId, found -> {
                found.crawl(json(Crawl.notChecked(why)));
                found.axe(json(Axe.of(Status.NOT_CHECKED, why)));
                found.lighthouse(
                        json(settings.lighthouse() ? Lighthouse.of(Status.NOT_CHECKED, why) : skippedLighthouse()));
            });
            return;
        }
        Consumer<String> progress = throttled(previewId, label);

        progress.accept("Links: reading the home page");
        Crawl crawl;
        List<String> pages = List.of("/");
        try {
            List<URI> sameSite = new ArrayList<>();
            gateway.url(label).map(URI::create).ifPresent(sameSite::add);
            SiteCrawler.Result result = new SiteCrawler(
                            settings.crawlConcurrency(), settings.maxPages(), REQUEST_TIMEOUT)
                    .crawl(base.get(), sameSite, read -> progress.accept("Links: " + read + " pages read"));
            crawl = new Crawl(
                    Status.DONE,
                    result.truncated()
                            ? "Stopped after " + settings.maxPages()
                                    + " pages (sitewright.quality.max-pages); links beyond were not followed."
                            : null,
                    result.pagesRead(),
                    result.links(),
                    result.truncated(),
                    result.deadLinks());
            if (!base.equals(stillServing(label))) {
                // Links read after the server stopped would all look dead.
                crawl = Crawl.notChecked(STOPPED);
            } else if (!result.pages().isEmpty()) {
                pages = result.pages();
            }
        } catch (RuntimeException e) {
            log.warn("The link check of preview {} failed", previewId, e);
            crawl = Crawl.notChecked("The link check stopped: " + e.getMessage());
        }
        Crawl crawled = crawl;
        update(previewId, found -> found.crawl(json(crawled)));

        Optional<String> unavailable = browser.unavailable();
        if (unavailable.isEmpty()) {
            try {
                browser.install(progress);
            } catch (RuntimeException e) {
                log.warn("The check tools could not be installed", e);
                unavailable = Optional.of("The check tools could not be installed (npm install of lighthouse@"
                        + BrowserChecks.PACKAGES.get("lighthouse") + " and axe-core@"
                        + BrowserChecks.PACKAGES.get("axe-core")
                        + " failed): " + e.getMessage());
            }
        }
        if (unavailable.isPresent()) {
            String why = unavailable.get();
            update(previewId, found -> {
                found.axe(json(Axe.of(Status.NOT_CHECKED, why)));
                found.lighthouse(
                        json(settings.lighthouse() ? Lighthouse.of(Status.NOT_CHECKED, why) : skippedLighthouse()));
            });
            return;
        }

        List<String> sample = PageSample.forAxe(pages, settings.axePagesPerKind(), settings.axeMaxPages());
        progress.accept("Accessibility: starting the browser");
        Axe axe = stillServing(label)
                .map(site -> browser.axe(site, sample, progress))
                .orElse(Axe.of(Status.NOT_CHECKED, STOPPED));
        update(previewId, found -> found.axe(json(axe)));

        if (!settings.lighthouse()) {
            update(previewId, found -> found.lighthouse(json(skippedLighthouse())));
            return;
        }
        List<BrowserChecks.Target> targets = PageSample.forLighthouse(pages);
        progress.accept("Lighthouse: starting the browser");
        Lighthouse lighthouse = stillServing(label)
                .map(site -> browser.lighthouse(site, targets, settings.lighthouseRuns(), progress))
                .orElse(Lighthouse.of(Status.NOT_CHECKED, STOPPED));
        update(previewId, found -> found.lighthouse(json(lighthouse)));
    }

    /**
     * The loopback address of the site's server while it runs. The checks never start it: a preview someone stopped
     * is not started again behind their back.
     */
    private Optional<URI> stillServing(String label) {
        return pool.running(label).map(site -> URI.create("http://127.0.0.1:" + site.port() + "/"));
    }

    /** Stores progress at most once a second, and keeps the site's server from being stopped as idle meanwhile. */
    private Consumer<String> throttled(UUID previewId, String label) {
        long[] last = {System.nanoTime() - PROGRESS_EVERY.toNanos()};
        return text -> {
            long now = System.nanoTime();
            pool.touch(label);
            synchronized (last) {
                if (now - last[0] < PROGRESS_EVERY.toNanos() && !text.endsWith("browser")) {
                    return;
                }
                last[0] = now;
            }
            update(previewId, found -> found.progress(text));
        };
    }

    private Lighthouse skippedLighthouse() {
        return Lighthouse.of(Status.SKIPPED, "Switched off (sitewright.quality.lighthouse)");
    }

    private void update(UUID previewId, Consumer<PreviewCheck> change) {
        runs.update(previewId, change);
    }

    private static String json(Object value) {
        return QualityService.JSON.writeValueAsString(value);
    }
}
