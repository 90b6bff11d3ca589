package com.sitewright.release.hosting;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the listener of a site's public address: on the port the site had before, so its address survives a
 * restart, or else on a random free port of the configured range that no other site was given.
 */
final class PublicListeners {

    private static final Logger log = LoggerFactory.getLogger(PublicListeners.class);

    private final String bindAddress;
    private final int firstPort;
    private final int lastPort;

    PublicListeners(String bindAddress, int firstPort, int lastPort) {
        this.bindAddress = bindAddress;
        this.firstPort = firstPort;
        this.lastPort = lastPort;
    }

    /**
     * A listener (not started) for {@code label}: on {@code assigned} if that port is free, else on a free port
     * none of the {@code usedPorts} (asked for only then).
     */
    HttpServer bind(String label, Optional<Integer> assigned, Supplier<Collection<Integer>> usedPorts) {
        Optional<HttpServer> previous = assigned.flatMap(this::bind);
        if (previous.isPresent()) {
            return previous.get();
        }
        HttpServer server = bindFreePort(usedPorts.get());
        if (assigned.isPresent()) {
            log.warn(
                    "Port {} of {} is taken by another program; the site moves to port {}",
                    assigned.get(),
                    label,
                    server.getAddress().getPort());
        }
        return server;
    }

    private Optional<HttpServer> bind(int port) {
        try {
            return Optional.of(HttpServer.create(new InetSocketAddress(bindAddress, port), 128));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private HttpServer bindFreePort(Collection<Integer> usedPorts) {
        Set<Integer> used = new HashSet<>(usedPorts);
        List<Integer> candidates = new ArrayList<>();
        for (int port = firstPort; port <= lastPort; port++) {
            if (!used.contains(port)) {
                candidates.add(port);
            }
        }
        Collections.shuffle(candidates, ThreadLocalRandom.current());
        for (int port : candidates) {
            Optional<HttpServer> server = bind(port);
            if (server.isPresent()) {
                return server.get();
            }
        }
        throw new IllegalStateException("No free port between " + firstPort + " and " + lastPort
                + " for a site; widen sitewright.sites.first-port/last-port");
    }
}
