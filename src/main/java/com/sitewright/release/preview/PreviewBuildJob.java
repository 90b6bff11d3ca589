package com.sitewright.release.preview;

import com.sitewright.release.hosting.HostedSite;
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
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Builds one preview: the commit's files, the shared npm install, {@code next build} with a preview
 * delivery token, then the site server. Every line of output goes to the preview's log as it comes.
 * A failure of any step ends the preview {@code failed} with a message saying what to do.
 */
@Component
public class PreviewBuildJob {

    private static final Logger log = LoggerFactory.getLogger(PreviewBuildJob.class);
    static final int MIN_NODE_MAJOR = 20;

    private final PreviewStates states;
    private final PreviewFiles files;
    private final SiteSources source;
    private final PreviewLinks links;
    private final SiteBuild siteBuild;
    private final SiteServerPool pool;
    private final ApplicationEventPublisher events;

    PreviewBuildJob(
            PreviewStates states,
            PreviewFiles files,
            SiteSources source,
            PreviewLinks links,
            SiteBuild siteBuild,
            SiteServerPool pool,
            ApplicationEventPublisher events) {
        this.states = states;
        this.files = files;
        this.source = source;
        this.links = links;
        this.siteBuild = siteBuild;
        this.pool = pool;
        this.events = events;
    }

    @Job(name = "Build preview %0", retries = 1)
    public void build(UUID previewId) {
        Preview preview = states.building(previewId);
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
                String url = links.open(previewId, projectId);
                String buildId = siteBuild.run(projectId, previewId, siteDir, url, out::line);
                states.built(previewId, buildId);
                out.line("Build " + buildId + " finished; starting the preview server");
                pool.ensureRunning(new HostedSite(label, projectId, SiteKind.PREVIEW, siteDir, buildId));
                states.ready(previewId);
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
        links.close(previewId);
        states.failed(previewId, message);
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
