package com.sitewright.hosting;

import com.sitewright.base.PrivateFiles;
import com.sitewright.base.StudioAddress;
import com.sitewright.base.StudioSettings;
import com.sitewright.delivery.DeliveryKind;
import com.sitewright.delivery.DeliveryTokenService;
import com.sitewright.site.NodeBuildException;
import com.sitewright.site.NodeToolchain;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code next start} processes serving built sites, one per label: started on demand, stopped
 * when idle or to make room (least recently used preview first), restarted on the next request after
 * a crash. Each server reads content with its own managed delivery token, revoked when it stops.
 */
@Component
public class SiteServerPool {

    private static final Logger log = LoggerFactory.getLogger(SiteServerPool.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PORT_ATTEMPTS = 3;

    /** One running server. */
    public record RunningSite(HostedSite site, int port, long pid, Instant startedAt, Instant lastRequestAt) {}

    private final class Server {
        final HostedSite site;
        final Process process;
        final int port;
        final String secret;
        final UUID tokenId;
        final Instant startedAt = Instant.now();
        volatile Instant lastRequestAt = Instant.now();
        volatile boolean stopping;

        Server(HostedSite site, Process process, int port, String secret, UUID tokenId) {
            this.site = site;
            this.process = process;
            this.port = port;
            this.secret = secret;
            this.tokenId = tokenId;
        }

        RunningSite view() {
            return new RunningSite(site, port, process.pid(), startedAt, lastRequestAt);
        }
    }

    private final SitesSettings settings;
    private final NodeToolchain toolchain;
    private final DeliveryTokenService tokens;
    private final StudioAddress studio;
    private final ApplicationEventPublisher events;
    private final CmsSiteEnvironment cmsEnvironment;
    private final Path runDir;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Map<String, Server> servers = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** Public URL per label, for the site's own absolute links (set by the gateway). */
    private final Map<String, String> publicUrls = new ConcurrentHashMap<>();
    /** Sent with the start-up revalidation instead of each server's own secret when set: a fault for tests. */
    volatile String startRevalidationSecret;

    SiteServerPool(
            SitesSettings settings,
            StudioSettings studioSettings,
            NodeToolchain toolchain,
            DeliveryTokenService tokens,
            StudioAddress studio,
            ApplicationEventPublisher events,
            CmsSiteEnvironment cmsEnvironment) {
        this.settings = settings;
        this.cmsEnvironment = cmsEnvironment;
        this.tokens = tokens;
        this.studio = studio;
        this.events = events;
        this.toolchain = toolchain;
        this.runDir = studioSettings.dataDir().toAbsolutePath().normalize().resolve("site-servers");
        stopOrphans();
        tokens.revokeAllManaged();
    }

    void rememberPublicUrl(String label, String url) {
        publicUrls.put(label, url);
    }

    /** The running server for a label, marked as just used. */
    public Optional<RunningSite> touch(String label) {
        Server server = servers.get(label);
        if (server == null || !server.process.isAlive()) {
            return Optional.empty();
        }
        server.lastRequestAt = Instant.now();
        return Optional.of(server.view());
    }

    public Optional<RunningSite> running(String label) {
        return Optional.ofNullable(servers.get(label))
                .filter(server -> server.process.isAlive())
                .map(Server::view);
    }

    public List<RunningSite> runningSites() {
        return servers.values().stream()
                .filter(server -> server.process.isAlive())
                .map(Server::view)
                .toList();
    }

    /** The server for the site's label, started if none runs (whatever build a running one serves). */
    public RunningSite ensureRunning(HostedSite site) {
        ReentrantLock lock = locks.computeIfAbsent(site.label(), key -> new ReentrantLock());
        lock.lock();
        try {
            Optional<RunningSite> existing = touch(site.label());
            if (existing.isPresent()) {
                return existing.get();
            }
            Server started = start(site);
            servers.put(site.label(), started);
            return started.view();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Serves {@code site} under its label from now on: a new server is started and answering before
     * the one it replaces stops, so the address never goes dark.
     */
    public RunningSite replace(HostedSite site) {
        ReentrantLock lock = locks.computeIfAbsent(site.label(), key -> new ReentrantLock());
        lock.lock();
        try {
            Server previous = servers.get(site.label());
            Server started = start(site);
            servers.put(site.label(), started);
            if (previous != null) {
                shutDown(previous, "replaced by build " + site.buildId());
            }
            return started.view();
        } finally {
            lock.unlock();
        }
    }

    public void stop(String label, String reason) {
        Server server = servers.remove(label);
        if (server != null) {
            shutDown(server, reason);
        }
    }

    public void stopProject(UUID projectId, String reason) {
        servers.values().stream()
                .filter(server -> server.site.projectId().equals(projectId))
                .toList()
                .forEach(server -> stop(server.site.label(), reason));
    }

    /**
     * Asks every running server of the project to refresh what it cached for these tags and paths.
     * Preview servers always; production servers only when published content changed.
     */
    public void revalidate(
            UUID projectId, boolean publishedChanged, Collection<String> tags, Collection<String> paths) {
        for (Server server : servers.values()) {
            if (server.site.projectId().equals(projectId)
                    && server.process.isAlive()
                    && (publishedChanged || server.site.kind() == SiteKind.PREVIEW)) {
                Thread.ofVirtual().start(() -> revalidate(server, tags, paths));
            }
        }
    }

    /** Resident memory of a server's process tree, in bytes; empty where /proc cannot tell. */
    public Optional<Long> residentMemory(String label) {
        Server server = servers.get(label);
        if (server == null) {
            return Optional.empty();
        }
        long total = 0;
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(server.process.toHandle());
        server.process.descendants().forEach(tree::add);
        for (ProcessHandle handle : tree) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(handle.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        total += Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(total);
    }

    @Scheduled(fixedDelayString = "${sitewright.sites.idle-check-interval:30s}")
    void stopIdle() {
        SiteEviction.idle(runningSites(), Instant.now().minus(settings.idleStop()))
                .forEach(site ->
                        stop(site.site().label(), "stopped after " + human(settings.idleStop()) + " without visitors"));
    }

    @PreDestroy
    void stopAll() {
        List.copyOf(servers.keySet()).forEach(label -> stop(label, "the studio stopped"));
    }

    private Server start(HostedSite site) {
        if (site.kind() == SiteKind.PREVIEW) {
            makeRoomForPreview();
        }
        // A project on the user's CMS reads it there: drafts in previews, published content in production.
        Optional<Map<String, String>> cms = cmsEnvironment.forSite(site.projectId(), site.kind());
        var token = tokens.issueManaged(
                site.projectId(),
                site.kind() == SiteKind.PREVIEW ? DeliveryKind.PREVIEW : DeliveryKind.PRODUCTION,
                (site.kind() == SiteKind.PREVIEW ? "Preview server " : "Production server ") + site.buildId());
        String secret = com.sitewright.base.Secrets.newToken("swr_");
        Path logFile = runDir.resolve(site.label() + ".log");
        SiteStartException last = null;
        for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
            int port = freeLoopbackPort();
            try {
                PrivateFiles.createDirectories(runDir);
                Files.writeString(logFile, "");
                Map<String, String> environment = new HashMap<>(cms.orElseGet(() -> Map.of(
                        "SITEWRIGHT_DELIVERY_URL", studio.loopbackUrl(),
                        "SITEWRIGHT_PROJECT_ID", site.projectId().toString(),
                        "SITEWRIGHT_DELIVERY_TOKEN", token.secret())));
                environment.put(
                        "SITEWRIGHT_SITE_URL", publicUrls.getOrDefault(site.label(), "http://127.0.0.1:" + port));
                environment.put("SITEWRIGHT_REVALIDATE_SECRET", secret);
                Process process = toolchain.start(site.buildDir(), port, environment, logFile);
                Files.writeString(runDir.resolve(site.label() + ".pid"), process.pid() + "\n" + site.buildDir() + "\n");
                Server server =
                        new Server(site, process, port, secret, token.token().getId());
                awaitAnswer(server, logFile);
                expireBuildTimePages(server, logFile);
                process.onExit().thenRun(() -> onExit(server));
                log.info("Site {} (build {}) serves on port {}", site.label(), site.buildId(), port);
                events.publishEvent(new SiteServerStarted(site, port));
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
        tokens.revokeManaged(token.token().getId());
        throw last;
    }

    private void awaitAnswer(Server server, Path logFile) {
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        URI probe = URI.create("http://127.0.0.1:" + server.port + "/api/revalidate");
        while (System.nanoTime() < deadline) {
            if (!server.process.isAlive()) {
                throw new SiteStartException(
                        "The site server exited with code " + server.process.exitValue() + " while starting",
                        tail(logFile));
            }
            try {
                http.send(
                        HttpRequest.newBuilder(probe)
                                .timeout(Duration.ofSeconds(2))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        destroy(server.process);
        throw new SiteStartException(
                "The site server did not answer within " + human(settings.startTimeout()), tail(logFile));
    }

    /**
     * Builds are rendered with a preview token, so pages and data cached at build time may hold drafts,
     * content since unpublished or deleted, or simply older edits. Expiring the {@code sitewright} tag,
     * which every content read carries, makes the first request for each page render afresh with the
     * server's own token. A production server that cannot confirm this would serve the build's drafts
     * as published content: it is stopped and the start fails (the gateway says so and tries again on
     * the next request). A preview server only logs it, since its build was made from drafts anyway.
     */
    private void expireBuildTimePages(Server server, Path logFile) {
        String secret = startRevalidationSecret != null ? startRevalidationSecret : server.secret;
        Optional<String> failure = revalidate(server, secret, List.of("sitewright"), List.of());
        if (failure.isEmpty() || server.site.kind() != SiteKind.PRODUCTION) {
            return;
        }
        destroy(server.process);
        deletePidFile(server.site.label());
        throw new SiteStartException(
                "The production server was stopped because it could not refresh the pages of " + "its build ("
                        + failure.get() + "), and those may still show unpublished content",
                tail(logFile));
    }

    private void revalidate(Server server, Collection<String> tags, Collection<String> paths) {
        revalidate(server, server.secret, tags, paths);
    }

    /** Asks the server to expire tags and paths; what went wrong, if it did not. */
    private Optional<String> revalidate(
            Server server, String secret, Collection<String> tags, Collection<String> paths) {
        String body = JSON.writeValueAsString(Map.of("tags", tags, "paths", paths));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port + "/api/revalidate"))
                .timeout(Duration.ofSeconds(10))
                .header("content-type", "application/json")
                .header("x-sitewright-secret", secret)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException first) {
                // Node.js closes an idle kept-alive connection after 5 s; a request sent on it just then gets no
                // answer. Expiring pages twice does no harm, so it is sent once more on a new connection.
                log.debug(
                        "Site {} did not answer a revalidation, asking again: {}",
                        server.site.label(),
                        first.getMessage());
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() / 100 != 2) {
                log.warn(
                        "Site {} refused to revalidate: {} {}",
                        server.site.label(),
                        response.statusCode(),
                        response.body());
                return Optional.of("it answered " + response.statusCode());
            }
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Site {} could not be asked to revalidate: {}", server.site.label(), e.getMessage());
            return Optional.of("it could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("the studio was interrupted");
        }
    }

    private void makeRoomForPreview() {
        SiteEviction.toMakeRoom(runningSites(), settings.maxRunningPreviews())
                .forEach(site -> stop(
                        site.site().label(),
                        "stopped to make room: at most " + settings.maxRunningPreviews()
                                + " previews run at once, and this one was used least recently"));
    }

    private void onExit(Server server) {
        if (server.stopping) {
            return;
        }
        servers.remove(server.site.label(), server);
        tokens.revokeManaged(server.tokenId);
        deletePidFile(server.site.label());
        String reason = "the site server exited unexpectedly (code " + server.process.exitValue() + ")";
        log.warn("Site {} {}", server.site.label(), reason);
        events.publishEvent(new SiteServerStopped(server.site, reason));
    }

    private void shutDown(Server server, String reason) {
        server.stopping = true;
        destroy(server.process);
        try {
            tokens.revokeManaged(server.tokenId);
        } catch (RuntimeException e) {
            log.debug("Could not revoke the token of {}: {}", server.site.label(), e.getMessage());
        }
        deletePidFile(server.site.label());
        log.info("Site {} {}", server.site.label(), reason);
        events.publishEvent(new SiteServerStopped(server.site, reason));
    }

    private static void destroy(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Servers left behind by a studio that was killed still hold ports and memory: stop them. */
    private void stopOrphans() {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (var files = Files.list(runDir)) {
            for (Path pidFile :
                    files.filter(path -> path.toString().endsWith(".pid")).toList()) {
                List<String> lines = Files.readAllLines(pidFile);
                if (!lines.isEmpty() && lines.getFirst().strip().matches("\\d+")) {
                    ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                            .filter(handle -> handle.info()
                                    .commandLine()
                                    .map(line -> line.contains("next"))
                                    .orElse(false))
                            .ifPresent(handle -> {
                                log.info("Stopping site server {} left from a previous run", handle.pid());
                                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                                handle.destroyForcibly();
                            });
                }
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + runDir, e);
        }
    }

    private void deletePidFile(String label) {
        try {
            Files.deleteIfExists(runDir.resolve(label + ".pid"));
        } catch (IOException e) {
            log.debug("Could not delete the pid file of {}", label);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static List<String> tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - 30), lines.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    static String human(Duration duration) {
        if (duration.toMinutes() >= 1 && duration.toSecondsPart() == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toSeconds() + " s";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
