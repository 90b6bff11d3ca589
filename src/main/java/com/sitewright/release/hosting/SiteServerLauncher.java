package com.sitewright.release.hosting;

import com.sitewright.base.Secrets;
import com.sitewright.base.StudioAddress;
import com.sitewright.delivery.DeliveryKind;
import com.sitewright.delivery.ManagedDeliveryTokens;
import com.sitewright.site.NodeBuildException;
import com.sitewright.site.NodeToolchain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts one {@code next start} process for a built site and returns it once it answers with its build-time pages
 * expired. The server gets a loopback port, a managed delivery token, its revalidation secret and its public URL;
 * a port taken between choosing and binding it is retried on another.
 */
@Component
class SiteServerLauncher {

    private static final Logger log = LoggerFactory.getLogger(SiteServerLauncher.class);
    private static final int PORT_ATTEMPTS = 3;

    private final NodeToolchain toolchain;
    private final ManagedDeliveryTokens tokens;
    private final StudioAddress studio;
    private final CmsSiteEnvironment cmsEnvironment;
    private final SiteServerFiles files;
    private final SiteProbe probe;
    private final RevalidationRequests revalidation;
    /** Public URL per label, for the site's own absolute links (set by the gateway). */
    private final Map<String, String> publicUrls = new ConcurrentHashMap<>();

    SiteServerLauncher(
            NodeToolchain toolchain,
            ManagedDeliveryTokens tokens,
            StudioAddress studio,
            CmsSiteEnvironment cmsEnvironment,
            SiteServerFiles files,
            SiteProbe probe,
            RevalidationRequests revalidation) {
        this.toolchain = toolchain;
        this.tokens = tokens;
        this.studio = studio;
        this.cmsEnvironment = cmsEnvironment;
        this.files = files;
        this.probe = probe;
        this.revalidation = revalidation;
    }

    void rememberPublicUrl(String label, String url) {
        publicUrls.put(label, url);
    }

    /**
     * Starts a server for the site.
     *
     * @param startRevalidationSecret sent with the start-up revalidation instead of the server's own secret when
     *     not null: a fault for tests
     * @throws SiteStartException when it did not come up (its token is revoked again)
     */
    SiteServer launch(HostedSite site, String startRevalidationSecret, Instant now) {
        // A project on the user's CMS reads it there: drafts in previews, published content in production.
        Optional<Map<String, String>> cms = cmsEnvironment.forSite(site.projectId(), site.kind());
        var token = tokens.issueManaged(
                site.projectId(),
                site.kind() == SiteKind.PREVIEW ? DeliveryKind.PREVIEW : DeliveryKind.PRODUCTION,
                (site.kind() == SiteKind.PREVIEW ? "Preview server " : "Production server ") + site.buildId());
        String secret = Secrets.newToken("swr_");
        SiteStartException last = null;
        for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
            int port = freeLoopbackPort();
            try {
                Path logFile = files.freshLog(site.label());
                Map<String, String> environment = environment(
                        site,
                        cms,
                        studio.loopbackUrl(),
                        token.secret(),
                        publicUrls.getOrDefault(site.label(), "http://127.0.0.1:" + port),
                        secret);
                Process process = toolchain.start(site.buildDir(), port, environment, logFile);
                files.writePid(site.label(), process.pid(), site.buildDir());
                SiteServer server = new SiteServer(
                        site, process, port, secret, token.token().id(), now);
                probe.awaitAnswer(process, port, logFile);
                expireBuildTimePages(
                        server, startRevalidationSecret != null ? startRevalidationSecret : secret, logFile);
                return server;
            } catch (SiteStartException e) {
                last = e;
                if (!String.join("\n", e.lastLines()).contains("EADDRINUSE")) {
                    break;
                }
                log.info("Port {} was taken while {} started; trying another", port, site.label());
            } catch (NodeBuildException e) {
                last = new SiteStartException(e.getMessage(), e.lastLines());
                break;
            } catch (IOException e) {
                last = new SiteStartException("Could not prepare the site server: " + e.getMessage(), List.of());
                break;
            }
        }
        tokens.revokeManaged(token.token().id());
        throw last;
    }

    /**
     * The server's environment: where it reads content (the user's CMS when the project has one, else the studio's
     * delivery API with the server's own token), its public URL and its revalidation secret.
     */
    static Map<String, String> environment(
            HostedSite site,
            Optional<Map<String, String>> cms,
            String deliveryUrl,
            String deliveryToken,
            String siteUrl,
            String revalidateSecret) {
        Map<String, String> environment = new HashMap<>(cms.orElseGet(() -> Map.of(
                "SITEWRIGHT_DELIVERY_URL", deliveryUrl,
                "SITEWRIGHT_PROJECT_ID", site.projectId().toString(),
                "SITEWRIGHT_DELIVERY_TOKEN", deliveryToken)));
        environment.put("SITEWRIGHT_SITE_URL", siteUrl);
        environment.put("SITEWRIGHT_REVALIDATE_SECRET", revalidateSecret);
        return environment;
    }

    /**
     * Builds are rendered with a preview token, so pages and data cached at build time may hold drafts,
     * content since unpublished or deleted, or simply older edits. Expiring the {@code sitewright} tag,
     * which every content read carries, makes the first request for each page render afresh with the
     * server's own token. A production server that cannot confirm this would serve the build's drafts
     * as published content: it is stopped and the start fails (the gateway says so and tries again on
     * the next request). A preview server only logs it, since its build was made from drafts anyway.
     */
    private void expireBuildTimePages(SiteServer server, String secret, Path logFile) {
        Optional<String> failure =
                revalidation.send(server.label(), server.port, secret, List.of("sitewright"), List.of());
        if (failure.isEmpty() || server.site.kind() != SiteKind.PRODUCTION) {
            return;
        }
        ProcessTree.destroy(server.process);
        files.deletePid(server.label());
        throw new SiteStartException(
                "The production server was stopped because it could not refresh the pages of " + "its build ("
                        + failure.get() + "), and those may still show unpublished content",
                SiteServerFiles.tail(logFile));
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
