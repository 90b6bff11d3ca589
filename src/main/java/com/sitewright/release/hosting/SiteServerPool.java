package com.sitewright.release.hosting;

import com.sitewright.delivery.ManagedDeliveryTokens;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The {@code next start} processes serving built sites, one per label: started on demand, stopped
 * when idle or to make room (least recently used preview first), restarted on the next request after
 * a crash. Each server reads content with its own managed delivery token, revoked when it stops.
 */
@Component
public class SiteServerPool {

    private static final Logger log = LoggerFactory.getLogger(SiteServerPool.class);

    /** One running server. */
    public record RunningSite(HostedSite site, int port, long pid, Instant startedAt, Instant lastRequestAt) {}

    private final SitesSettings settings;
    private final SiteServerLauncher launcher;
    private final RevalidationRequests revalidation;
    private final SiteServerFiles files;
    private final ManagedDeliveryTokens tokens;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, SiteServer> servers = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** Sent with the start-up revalidation instead of each server's own secret when set: a fault for tests. */
    volatile String startRevalidationSecret;

    SiteServerPool(
            SitesSettings settings,
            SiteServerLauncher launcher,
            RevalidationRequests revalidation,
            SiteServerFiles files,
            ManagedDeliveryTokens tokens,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.launcher = launcher;
        this.revalidation = revalidation;
        this.files = files;
        this.tokens = tokens;
        this.events = events;
    }

    /**
     * Clears what a previous run left: its servers, and the tokens they read with. This runs before any bean that
     * uses the pool gets it (unlike a lifecycle start or the ready event, after which jobs may already have
     * started servers whose fresh tokens this would revoke).
     */
    @PostConstruct
    void clearPreviousRun() {
        files.stopOrphans();
        tokens.revokeAllManaged();
    }

    void rememberPublicUrl(String label, String url) {
        launcher.rememberPublicUrl(label, url);
    }

    /** The running server for a label, marked as just used. */
    public Optional<RunningSite> touch(String label) {
        SiteServer server = servers.get(label);
        if (server == null || !server.process.isAlive()) {
            return Optional.empty();
        }
        server.lastRequestAt = clock.instant();
        return Optional.of(server.view());
    }

    public Optional<RunningSite> running(String label) {
        return Optional.ofNullable(servers.get(label))
                .filter(server -> server.process.isAlive())
                .map(SiteServer::view);
    }

    public List<RunningSite> runningSites() {
        return servers.values().stream()
                .filter(server -> server.process.isAlive())
                .map(SiteServer::view)
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
            SiteServer started = start(site);
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
            SiteServer previous = servers.get(site.label());
            SiteServer started = start(site);
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
        SiteServer server = servers.remove(label);
        if (server != null) {
            shutDown(server, reason);
        }
    }

    public void stopProject(UUID projectId, String reason) {
        servers.values().stream()
                .filter(server -> server.site.projectId().equals(projectId))
                .toList()
                .forEach(server -> stop(server.label(), reason));
    }

    /**
     * Asks every running server of the project to refresh what it cached for these tags and paths.
     * Preview servers always; production servers only when published content changed.
     */
    public void revalidate(
            UUID projectId, boolean publishedChanged, Collection<String> tags, Collection<String> paths) {
        for (SiteServer server : servers.values()) {
            if (server.site.projectId().equals(projectId)
                    && server.process.isAlive()
                    && (publishedChanged || server.site.kind() == SiteKind.PREVIEW)) {
                Thread.ofVirtual()
                        .start(() -> revalidation.send(server.label(), server.port, server.secret, tags, paths));
            }
        }
    }

    /** Resident memory of a server's process tree, in bytes; empty where /proc cannot tell. */
    public Optional<Long> residentMemory(String label) {
        return Optional.ofNullable(servers.get(label)).flatMap(server -> ProcessTree.residentMemory(server.process));
    }

    @PreDestroy
    void stopAll() {
        List.copyOf(servers.keySet()).forEach(label -> stop(label, "the studio stopped"));
    }

    private SiteServer start(HostedSite site) {
        if (site.kind() == SiteKind.PREVIEW) {
            makeRoomForPreview();
        }
        SiteServer server = launcher.launch(site, startRevalidationSecret, clock.instant());
        server.process.onExit().thenRun(() -> onExit(server));
        log.info("Site {} (build {}) serves on port {}", site.label(), site.buildId(), server.port);
        events.publishEvent(new SiteServerStarted(site, server.port));
        return server;
    }

    private void makeRoomForPreview() {
        SiteEviction.toMakeRoom(runningSites(), settings.maxRunningPreviews())
                .forEach(site -> stop(
                        site.site().label(),
                        "stopped to make room: at most " + settings.maxRunningPreviews()
                                + " previews run at once, and this one was used least recently"));
    }

    private void onExit(SiteServer server) {
        if (server.stopping) {
            return;
        }
        servers.remove(server.label(), server);
        tokens.revokeManaged(server.tokenId);
        files.deletePid(server.label());
        String reason = "the site server exited unexpectedly (code " + server.process.exitValue() + ")";
        log.warn("Site {} {}", server.label(), reason);
        events.publishEvent(new SiteServerStopped(server.site, reason));
    }

    private void shutDown(SiteServer server, String reason) {
        server.stopping = true;
        ProcessTree.destroy(server.process);
        try {
            tokens.revokeManaged(server.tokenId);
        } catch (RuntimeException e) {
            log.debug("Could not revoke the token of {}: {}", server.label(), e.getMessage());
        }
        files.deletePid(server.label());
        log.info("Site {} {}", server.label(), reason);
        events.publishEvent(new SiteServerStopped(server.site, reason));
    }
}
