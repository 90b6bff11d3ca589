package com.sitewright.release.preview;

import com.sitewright.base.StudioAddress;
import com.sitewright.delivery.DeliveryKind;
import com.sitewright.delivery.ManagedDeliveryTokens;
import com.sitewright.release.hosting.CmsSiteEnvironment;
import com.sitewright.release.hosting.HostedSite;
import com.sitewright.release.hosting.SiteGateway;
import com.sitewright.release.hosting.SiteKind;
import com.sitewright.release.hosting.SiteServerPool;
import com.sitewright.release.hosting.SiteStartException;
import com.sitewright.site.NodeBuildException;
import com.sitewright.site.NodeToolchain;
import com.sitewright.site.SiteSources;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds one preview: the commit's files, the shared npm install, {@code next build} with a preview
 * delivery token, then the site server. Every line of output goes to the preview's log as it comes.
 * A failure of any step ends the preview {@code failed} with a message saying what to do.
 */
@Component
public class PreviewBuildJob {

    /** The system clock: this bean's constructor is at its limit of seven parameters, so the studio's Clock is not injected here. */
    private final Clock clock = Clock.systemUTC();

    private static final Logger log = LoggerFactory.getLogger(PreviewBuildJob.class);
    static final int MIN_NODE_MAJOR = 20;

    private final PreviewRepository previews;
    private final PreviewFiles files;
    private final SiteSources source;
    private final ManagedDeliveryTokens tokens;
    private final SiteGateway gateway;
    private final SiteServerPool pool;
    private final StudioAddress studio;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final NodeToolchain toolchain;
    private final CmsSiteEnvironment cmsEnvironment;

    PreviewBuildJob(
            PreviewRepository previews,
            PreviewFiles files,
            SiteSources source,
            ManagedDeliveryTokens tokens,
            SiteGateway gateway,
            SiteServerPool pool,
            StudioAddress studio,
            NodeToolchain toolchain,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            CmsSiteEnvironment cmsEnvironment) {
        this.cmsEnvironment = cmsEnvironment;
        this.previews = previews;
        this.files = files;
        this.source = source;
        this.tokens = tokens;
        this.gateway = gateway;
        this.pool = pool;
        this.studio = studio;
        this.transaction = transaction;
        this.events = events;
        this.toolchain = toolchain;
    }

    @Job(name = "Build preview %0", retries = 1)
    public void build(UUID previewId) {
        Preview preview = transaction.execute(status -> previews.findById(previewId)
                .filter(found -> found.getState().isInProgress())
                .map(found -> {
                    found.building(clock.instant());
                    return found;
                })
                .orElse(null));
        if (preview == null) {
            return;
        }
        UUID projectId = preview.getProjectId();
        Path siteDir = files.siteDir(projectId, previewId);
        String label = PreviewService.label(previewId);
        try (BuildLog out = new BuildLog(files.log(projectId, previewId))) {
            try {
                out.line("Building commit " + preview.getCommitId().substring(0, 8) + " for preview " + previewId);
                requireNode();
                PreviewFiles.deleteTree(siteDir);
                source.export(projectId, preview.getCommitId(), siteDir);
                // The address is fixed before the build so the site knows its own URL.
                String url = gateway.open(label, projectId);
                NodeToolchain.InstallResult install = toolchain.install(siteDir, out::line);
                out.line(
                        install.reused()
                                ? "npm packages: shared install reused"
                                : "npm packages installed in "
                                        + install.duration().toSeconds() + " s");
                Optional<Map<String, String>> cms = cmsEnvironment.forSite(projectId, SiteKind.PREVIEW);
                if (cms.isPresent()) {
                    String provider = cms.get().get("SITEWRIGHT_CMS");
                    out.line("Running next build (it reads every page's content, drafts included, from " + provider
                            + ")");
                    Map<String, String> environment = new HashMap<>(cms.get());
                    environment.put("SITEWRIGHT_SITE_URL", url.replaceAll("/$", ""));
                    toolchain.build(siteDir, environment, out::line);
                } else {
                    out.line("Running next build (it reads every page's content from the delivery API)");
                    var token = tokens.issueManaged(projectId, DeliveryKind.PREVIEW, "Preview build " + previewId);
                    try {
                        toolchain.build(
                                siteDir,
                                Map.of(
                                        "SITEWRIGHT_DELIVERY_URL", studio.loopbackUrl(),
                                        "SITEWRIGHT_PROJECT_ID", projectId.toString(),
                                        "SITEWRIGHT_DELIVERY_TOKEN", token.secret(),
                                        "SITEWRIGHT_SITE_URL", url.replaceAll("/$", "")),
                                out::line);
                    } finally {
                        tokens.revokeManaged(token.token().id());
                    }
                }
                String buildId =
                        Files.readString(siteDir.resolve(".next/BUILD_ID")).strip();
                transaction.executeWithoutResult(status ->
                        previews.findById(previewId).ifPresent(found -> found.built(buildId, clock.instant())));
                out.line("Build " + buildId + " finished; starting the preview server");
                pool.ensureRunning(new HostedSite(label, projectId, SiteKind.PREVIEW, siteDir, buildId));
                transaction.executeWithoutResult(
                        status -> previews.findById(previewId).ifPresent(ready -> ready.ready(clock.instant())));
                out.line("Preview ready at " + url);
                events.publishEvent(new PreviewReadyEvent(projectId, previewId));
            } catch (NodeBuildException e) {
                fail(previewId, e.getMessage() + lastLines(e.lastLines()), out);
            } catch (SiteStartException e) {
                fail(previewId, e.getMessage() + lastLines(e.lastLines()), out);
            } catch (IOException | UncheckedIOException e) {
                fail(previewId, "The build could not read or write its files: " + e.getMessage(), out);
            } catch (RuntimeException e) {
                log.warn("Preview {} failed", previewId, e);
                fail(previewId, "The build stopped unexpectedly: " + e.getMessage(), out);
            }
        }
    }

    private static void requireNode() {
        OptionalInt major = NodeToolchain.nodeMajorVersion();
        if (major.isEmpty() || !NodeToolchain.available()) {
            throw new NodeBuildException(
                    "Previews need Node.js " + MIN_NODE_MAJOR + " or newer with npm, and this machine "
                            + "has none on its PATH. Install them (for example `apt install nodejs npm`, or from nodejs.org), "
                            + "then start the preview again",
                    -1,
                    List.of());
        }
        if (major.getAsInt() < MIN_NODE_MAJOR) {
            throw new NodeBuildException(
                    "Previews need Node.js " + MIN_NODE_MAJOR + " or newer; this machine has Node.js "
                            + major.getAsInt() + ". Upgrade it, then start the preview again",
                    -1,
                    List.of());
        }
    }

    private void fail(UUID previewId, String message, BuildLog out) {
        out.line("FAILED: " + message);
        // A failed build has no site to serve: its address closes instead of answering "not available".
        gateway.close(PreviewService.label(previewId));
        transaction.executeWithoutResult(
                status -> previews.findById(previewId).ifPresent(found -> found.failed(message, clock.instant())));
    }

    private static String lastLines(List<String> lines) {
        List<String> tail = lines.subList(Math.max(0, lines.size() - 15), lines.size());
        return tail.isEmpty() ? "" : "\n" + String.join("\n", tail);
    }

    /** The build log, appended line by line so the studio can show it while the build runs. */
    private static final class BuildLog implements AutoCloseable {

        private final BufferedWriter writer;

        BuildLog(Path file) {
            try {
                Files.createDirectories(file.getParent());
                writer = Files.newBufferedWriter(
                        file,
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized void line(String text) {
            try {
                writer.write(text);
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                log.debug("Could not write the build log: {}", e.getMessage());
            }
        }

        @Override
        public void close() {
            try {
                writer.close();
            } catch (IOException e) {
                log.debug("Could not close the build log: {}", e.getMessage());
            }
        }
    }
}
