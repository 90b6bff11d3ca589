package com.sitewright.release.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What each check found. Pages are site paths ({@code /menu/flat-white}), not the address they were read from. */
public final class QualityResults {

    private QualityResults() {}

    /**
     * {@code done}: the check ran (whatever it found); {@code not_checked}: the tool was missing or failed, and
     * {@code note} says why; {@code skipped}: switched off in the settings; {@code pending}: not run yet.
     */
    public enum Status {
        PENDING,
        DONE,
        NOT_CHECKED,
        SKIPPED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code status} is the HTTP status, or 0 when nothing answered ({@code reason} says what happened). */
    public record DeadLink(String url, int status, String reason, int occurrences, List<String> foundOn) {}

    public record Crawl(Status status, String note, int pages, int links, boolean truncated, List<DeadLink> deadLinks) {

        static Crawl pending() {
            return new Crawl(Status.PENDING, null, 0, 0, false, List.of());
        }

        static Crawl notChecked(String note) {
            return new Crawl(Status.NOT_CHECKED, note, 0, 0, false, List.of());
        }
    }

    /** One page where a rule failed: how many elements, and the first one's selector. */
    public record ViolationPage(String url, int elements, String example) {}

    public record Violation(String rule, String impact, String help, String helpUrl, List<ViolationPage> pages) {

        public boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    /** {@code pages}: the pages checked; {@code failedPages}: pages that could not be loaded, with why. */
    public record Axe(
            Status status, String note, List<String> pages, List<String> failedPages, List<Violation> violations) {

        static Axe pending() {
            return new Axe(Status.PENDING, null, List.of(), List.of(), List.of());
        }

        static Axe of(Status status, String note) {
            return new Axe(status, note, List.of(), List.of(), List.of());
        }

        public int seriousCount() {
            return violations.stream()
                    .filter(Violation::seriousOrCritical)
                    .mapToInt(v -> v.pages().size())
                    .sum();
        }
    }

    /**
     * Scores 0-100, each the median of the page's runs; null where Lighthouse could not score the category,
     * {@code error} then says why. {@code metrics} are the timings behind the median performance score.
     */
    public record LighthousePage(
            String url,
            String kind,
            Integer performance,
            Integer accessibility,
            Integer bestPractices,
            Integer seo,
            String error,
            LighthouseMetrics metrics) {}

    /** What Lighthouse's performance score is made of, on its simulated phone; null where it was not measured. */
    public record LighthouseMetrics(
            Integer firstContentfulPaintMs,
            Integer largestContentfulPaintMs,
            Integer totalBlockingTimeMs,
            Double cumulativeLayoutShift,
            Integer speedIndexMs) {

        /** The timings over what Lighthouse counts as good, as a visitor would name them; empty when none is. */
        public String slowest() {
            List<String> slow = new ArrayList<>();
            if (largestContentfulPaintMs != null && largestContentfulPaintMs > 2500) {
                slow.add("largest paint " + seconds(largestContentfulPaintMs));
            }
            if (totalBlockingTimeMs != null && totalBlockingTimeMs > 200) {
                slow.add("main thread blocked " + totalBlockingTimeMs + " ms");
            }
            if (cumulativeLayoutShift != null && cumulativeLayoutShift > 0.1) {
                slow.add("layout shift " + cumulativeLayoutShift);
            }
            if (firstContentfulPaintMs != null && firstContentfulPaintMs > 1800) {
                slow.add("first paint " + seconds(firstContentfulPaintMs));
            }
            return String.join(", ", slow);
        }

        private static String seconds(int ms) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
    }

    public record Lighthouse(Status status, String note, List<LighthousePage> pages) {

        static Lighthouse pending() {
            return new Lighthouse(Status.PENDING, null, List.of());
        }

        static Lighthouse of(Status status, String note) {
            return new Lighthouse(status, note, List.of());
        }
    }
}
