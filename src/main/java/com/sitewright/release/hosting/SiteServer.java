package com.sitewright.release.hosting;

import java.time.Instant;
import java.util.UUID;

/** One started {@code next start} process and what the studio gave it: its port, secret and delivery token. */
final class SiteServer {

    final HostedSite site;
    final Process process;
    final int port;
    /** The revalidate route's secret, set in the process's environment. */
    final String secret;
    /** The managed delivery token the server reads content with; revoked when it stops. */
    final UUID tokenId;

    final Instant startedAt;
    volatile Instant lastRequestAt;
    /** Set before the studio stops it, so its exit is not taken for a crash. */
    volatile boolean stopping;

    SiteServer(HostedSite site, Process process, int port, String secret, UUID tokenId, Instant startedAt) {
        this.site = site;
        this.process = process;
        this.port = port;
        this.secret = secret;
        this.tokenId = tokenId;
        this.startedAt = startedAt;
        this.lastRequestAt = startedAt;
    }

    String label() {
        return site.label();
    }

    SiteServerPool.RunningSite view() {
        return new SiteServerPool.RunningSite(site, port, process.pid(), startedAt, lastRequestAt);
    }
}
