package com.sitewright.release.quality;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quality gates every preview goes through, and what counts as passing them.
 *
 * @param enabled             whether previews are checked at all
 * @param maxDeadLinks        at most this many dead internal links pass
 * @param maxSeriousViolations at most this many serious or critical axe violations (counted per rule and page) pass
 * @param minLighthouseScore  every Lighthouse category on every checked page scores at least this
 * @param lighthouse          whether Lighthouse runs (it takes 10-30 s per page and run on a small machine)
 * @param lighthouseRuns      Lighthouse runs per page; each category's median counts, as performance varies by a
 *                            few points from one run to the next
 * @param chromiumPath        the headless Chromium that axe and Lighthouse drive
 * @param crawlConcurrency    requests the link crawl has in flight at once
 * @param maxPages            the crawl stops after this many pages (and says so)
 * @param axePagesPerKind     pages axe checks per kind of page (a route such as {@code /menu/*})
 * @param axeMaxPages         pages axe checks at most
 */
@ConfigurationProperties("sitewright.quality")
public record QualitySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0") int maxDeadLinks,
        @DefaultValue("0") int maxSeriousViolations,
        @DefaultValue("90") int minLighthouseScore,
        @DefaultValue("true") boolean lighthouse,
        @DefaultValue("3") int lighthouseRuns,
        @DefaultValue("/usr/bin/chromium") Path chromiumPath,
        @DefaultValue("6") int crawlConcurrency,
        @DefaultValue("5000") int maxPages,
        @DefaultValue("2") int axePagesPerKind,
        @DefaultValue("30") int axeMaxPages) {}
