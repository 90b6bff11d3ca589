package com.sitewright.release.hosting;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the studio hosts generated sites (previews and the {@code local} production target).
 *
 * @param publicHost         host name in the sites' public URLs
 * @param bindAddress        address the sites' listeners bind to; loopback unless the studio sits behind a proxy on another host
 * @param firstPort          first port of the range sites' public listeners take
 * @param lastPort           last port of that range
 * @param idleStop           a preview server nobody has requested for this long is stopped
 * @param maxRunningPreviews at most this many preview servers run at once; the least recently used stops first
 * @param startTimeout       how long a site server may take to answer after {@code next start}
 * @param hostNames          further names the studio is reached by (besides loopback, the machine's own name and
 *                           addresses, and {@code publicHost}); a site opened from the studio under one of them is
 *                           addressed under the same name
 */
@ConfigurationProperties("sitewright.sites")
public record SitesSettings(
        @DefaultValue("localhost") String publicHost,
        @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("47100") int firstPort,
        @DefaultValue("47999") int lastPort,
        @DefaultValue("30m") Duration idleStop,
        @DefaultValue("3") int maxRunningPreviews,
        @DefaultValue("90s") Duration startTimeout,
        @DefaultValue List<String> hostNames) {

    /** A setting's duration as the studio's messages say it: whole minutes, else seconds. */
    static String inWords(Duration duration) {
        if (duration.toMinutes() >= 1 && duration.toSecondsPart() == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toSeconds() + " s";
    }
}
