package com.sitewright.release.hosting;

import com.sitewright.project.ProjectDeletedEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives every hosted site a public address of its own, {@code http://<host>:<port>/}: its own origin,
 * so a generated site's scripts cannot reach the studio, and root-relative links work unchanged. A
 * request is checked (previews are private), the site's server is started if it is not running, and
 * the request is passed through to it.
 */
@Component
public class SiteGateway {

    private static final Logger log = LoggerFactory.getLogger(SiteGateway.class);

    private record Listener(UUID projectId, HttpServer server, int port) {}

    private final SitesSettings settings;
    private final SitePorts ports;
    private final SiteServerPool pool;
    private final SiteAccess access;
    private final ShareGrants grants;
    /** Looked up on use: the resolvers' features depend on this gateway themselves. */
    private final ObjectProvider<HostedSiteResolver> resolvers;

    private final SiteProxy proxy = new SiteProxy();
    private final SiteHosts hosts;
    private final PublicListeners publicListeners;
    private final Map<String, Listener> listeners = new ConcurrentHashMap<>();

    SiteGateway(
            SitesSettings settings,
            SitePorts ports,
            SiteServerPool pool,
            SiteAccess access,
            ShareGrants grants,
            ObjectProvider<HostedSiteResolver> resolvers) {
        this.settings = settings;
        this.ports = ports;
        this.pool = pool;
        this.access = access;
        this.grants = grants;
        this.resolvers = resolvers;
        this.hosts = new SiteHosts(settings);
        this.publicListeners = new PublicListeners(settings.bindAddress(), settings.firstPort(), settings.lastPort());
    }

    /** Opens the site's address if it is not open yet; returns its public URL. */
    public synchronized String open(String label, UUID projectId) {
        Listener existing = listeners.get(label);
        if (existing != null) {
            return url(existing.port());
        }
        HttpServer server = publicListeners.bind(label, ports.portOf(label), ports::usedPorts);
        int port = server.getAddress().getPort();
        ports.assign(label, projectId, port);
        server.createContext("/", exchange -> handle(label, exchange));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        listeners.put(label, new Listener(projectId, server, port));
        String url = url(port);
        pool.rememberPublicUrl(label, url);
        return url;
    }

    /** The site's public URL if its address is open. */
    public Optional<String> url(String label) {
        return Optional.ofNullable(listeners.get(label)).map(listener -> url(listener.port()));
    }

    /**
     * The site's URL for someone who reached the studio as {@code studioHost} (the host name of their request, no
     * port), if its address is open: under that name when it is one of the studio's own and the sites' listeners
     * answer to it, so that a preview framed by the studio is the same site as the studio and keeps its sign-in
     * cookie; otherwise under the configured public host.
     */
    public Optional<String> url(String label, String studioHost) {
        return Optional.ofNullable(listeners.get(label))
                .map(listener -> url(hosts.choose(studioHost), listener.port()));
    }

    /**
     * Closes the address and forgets its port (the site is gone for good); its share links are revoked, so
     * none of them opens whatever might take the address later.
     */
    public synchronized void close(String label) {
        Listener listener = listeners.remove(label);
        if (listener != null) {
            listener.server().stop(0);
        }
        grants.revokeAll(label);
        pool.stop(label, "its address was closed");
        ports.remove(label);
    }

    @EventListener(ApplicationReadyEvent.class)
    void reopen() {
        for (HostedSiteResolver resolver : resolvers.orderedStream().toList()) {
            for (String label : resolver.activeLabels()) {
                resolver.resolve(label).ifPresent(site -> {
                    try {
                        open(label, site.projectId());
                    } catch (RuntimeException e) {
                        log.warn("Could not reopen the address of {}: {}", label, e.getMessage());
                    }
                });
            }
        }
    }

    @TransactionalEventListener
    void onProjectDeleted(ProjectDeletedEvent event) {
        pool.stopProject(event.projectId(), "its project was deleted");
        listeners.entrySet().removeIf(entry -> {
            if (entry.getValue().projectId().equals(event.projectId())) {
                entry.getValue().server().stop(0);
                return true;
            }
            return false;
        });
    }

    @PreDestroy
    void closeAll() {
        listeners.values().forEach(listener -> listener.server().stop(0));
        listeners.clear();
    }

    private void handle(String label, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!safePath(exchange.getRequestURI().getRawPath())) {
                SitePages.send(exchange, 400, "Bad request", "That address is not valid.");
                return;
            }
            Optional<HostedSite> site = resolve(label);
            if (site.isEmpty()) {
                SitePages.send(
                        exchange,
                        404,
                        "This site is not available",
                        "The preview has expired or was removed, or the site has not been deployed.");
                return;
            }
            if (site.get().kind() == SiteKind.PREVIEW && !access.admit(exchange, site.get())) {
                return;
            }
            SiteServerPool.RunningSite server;
            try {
                server = pool.ensureRunning(site.get());
            } catch (SiteStartException e) {
                // The details are for the studio's log; visitors (share-link holders too) are told what happened.
                log.warn(
                        "The server of {} could not start: {}\n{}",
                        label,
                        e.getMessage(),
                        String.join("\n", e.lastLines()));
                exchange.getResponseHeaders().set("Retry-After", "30");
                SitePages.send(
                        exchange,
                        503,
                        "This site could not start",
                        "Its server did not come up. Try again in a little while; the project's team can see why in the studio.");
                return;
            }
            try {
                // The site hears the name it was asked under (when it is one of the studio's), so its own
                // absolute redirects stay on that name.
                proxy.forward(
                        exchange,
                        server.port(),
                        url(
                                hosts.choose(requestHost(exchange)),
                                listeners.get(label).port()));
            } catch (IOException e) {
                log.debug("Proxying to {} failed: {}", label, e.getMessage());
                sendQuietly(
                        exchange,
                        502,
                        "The site did not answer",
                        "Its server may be restarting; try again in a moment.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } catch (RuntimeException e) {
            log.warn("Request to {} failed", label, e);
            sendQuietly(exchange, 500, "Something went wrong", "The studio could not serve this page.");
        }
    }

    private Optional<HostedSite> resolve(String label) {
        for (HostedSiteResolver resolver : resolvers.orderedStream().toList()) {
            Optional<HostedSite> site = resolver.resolve(label);
            if (site.isPresent()) {
                return site;
            }
        }
        return Optional.empty();
    }

    /** Rejects traversal, encoded separators and protocol-relative paths (which would turn redirects into open redirects). */
    static boolean safePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//") || rawPath.length() > 4096) {
            return false;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (decoded.contains("\\") || decoded.indexOf('\0') >= 0 || decoded.startsWith("//")) {
            return false;
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static void sendQuietly(HttpExchange exchange, int status, String title, String message) {
        try {
            if (exchange.getResponseCode() == -1) {
                SitePages.send(exchange, status, title, message);
            }
        } catch (IOException | RuntimeException ignored) {
            // The client went away or the answer had begun; nothing more can be sent.
        }
    }

    private String url(int port) {
        return url(settings.publicHost(), port);
    }

    private static String url(String host, int port) {
        return "http://" + host + ":" + port + "/";
    }

    /** The host name of the request's Host header, without its port. */
    static String requestHost(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || host.isBlank()) {
            return null;
        }
        host = host.strip();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? null : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
