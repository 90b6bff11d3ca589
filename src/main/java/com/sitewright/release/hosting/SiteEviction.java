package com.sitewright.release.hosting;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Which preview servers to stop: idle ones, and the least recently used when the cap is reached. Production is never stopped. */
final class SiteEviction {

    private SiteEviction() {}

    static List<SiteServerPool.RunningSite> idle(List<SiteServerPool.RunningSite> running, Instant cutoff) {
        return running.stream()
                .filter(site -> site.site().kind() == SiteKind.PREVIEW
                        && site.lastRequestAt().isBefore(cutoff))
                .toList();
    }

    /** The previews to stop so that one more fits under {@code maxRunning}, least recently used first. */
    static List<SiteServerPool.RunningSite> toMakeRoom(List<SiteServerPool.RunningSite> running, int maxRunning) {
        List<SiteServerPool.RunningSite> previews = running.stream()
                .filter(site -> site.site().kind() == SiteKind.PREVIEW)
                .sorted(Comparator.comparing(SiteServerPool.RunningSite::lastRequestAt))
                .toList();
        int excess = previews.size() - Math.max(1, maxRunning) + 1;
        return excess <= 0 ? List.of() : previews.subList(0, excess);
    }
}
