package com.sitewright.release.hosting;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Stops preview servers nobody has requested for {@code sitewright.sites.idle-stop}, to free their memory. */
@Component
class IdlePreviewSweep {

    private final SiteServerPool pool;
    private final Clock clock;
    private final SitesSettings settings;

    IdlePreviewSweep(SiteServerPool pool, SitesSettings settings, Clock clock) {
        this.clock = clock;
        this.pool = pool;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${sitewright.sites.idle-check-interval:30s}")
    void stopIdle() {
        SiteEviction.idle(pool.runningSites(), clock.instant().minus(settings.idleStop()))
                .forEach(site -> pool.stop(
                        site.site().label(),
                        "stopped after " + SitesSettings.inWords(settings.idleStop()) + " without visitors"));
    }
}
