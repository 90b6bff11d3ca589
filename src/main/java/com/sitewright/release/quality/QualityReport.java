package com.sitewright.release.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import com.sitewright.release.quality.QualityResults.Axe;
import com.sitewright.release.quality.QualityResults.Crawl;
import com.sitewright.release.quality.QualityResults.Lighthouse;
import com.sitewright.release.quality.QualityResults.LighthousePage;
import com.sitewright.release.quality.QualityResults.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A preview's quality checks as they stand, judged against the configured thresholds.
 *
 * @param state    {@code waiting}: the preview is not built yet; {@code queued}, {@code running}, {@code done};
 *                 {@code off}: checks are switched off ({@code sitewright.quality.enabled})
 * @param progress what the checks are doing now, while they run
 * @param verdict  {@code passed}: every check ran and met its threshold; {@code failed}: at least one did not;
 *                 {@code incomplete}: none failed but some could not check; {@code pending}: not done yet
 * @param problems one sentence per failure or check that could not run, for the approve dialog
 */
public record QualityReport(
        UUID previewId,
        State state,
        String progress,
        Verdict verdict,
        List<String> problems,
        Thresholds thresholds,
        Crawl crawl,
        Axe axe,
        Lighthouse lighthouse,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt) {

    public enum State {
        WAITING,
        QUEUED,
        RUNNING,
        DONE,
        OFF;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean inProgress() {
            return this == QUEUED || this == RUNNING;
        }
    }

    public enum Verdict {
        PENDING,
        PASSED,
        FAILED,
        INCOMPLETE;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Thresholds(int maxDeadLinks, int maxSeriousViolations, int minLighthouseScore) {

        static Thresholds of(QualitySettings settings) {
            return new Thresholds(
                    settings.maxDeadLinks(), settings.maxSeriousViolations(), settings.minLighthouseScore());
        }
    }

    /**
     * Whether approving this preview should be confirmed first: anything short of a finished pass, unless the
     * checks are switched off.
     */
    public boolean needsConfirmation() {
        return state != State.OFF && verdict != Verdict.PASSED;
    }

    static QualityReport waiting(UUID previewId, Thresholds thresholds, boolean enabled) {
        return new QualityReport(
                previewId,
                enabled ? State.WAITING : State.OFF,
                null,
                Verdict.PENDING,
                List.of(),
                thresholds,
                Crawl.pending(),
                Axe.pending(),
                Lighthouse.pending(),
                null,
                null,
                null);
    }

    static QualityReport of(
            UUID previewId,
            State state,
            String progress,
            Crawl crawl,
            Axe axe,
            Lighthouse lighthouse,
            Thresholds thresholds,
            Instant queuedAt,
            Instant startedAt,
            Instant finishedAt) {
        List<String> failures = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        if (crawl.status() == Status.DONE) {
            if (crawl.deadLinks().size() > thresholds.maxDeadLinks()) {
                failures.add(count(crawl.deadLinks().size(), "dead internal link") + " (at most "
                        + thresholds.maxDeadLinks() + " allowed), for example "
                        + crawl.deadLinks().getFirst().url());
            }
        } else if (crawl.status() == Status.NOT_CHECKED) {
            unchecked.add("Links were not checked: " + crawl.note());
        }
        if (axe.status() == Status.DONE) {
            int serious = axe.seriousCount();
            if (serious > thresholds.maxSeriousViolations()) {
                String rules = String.join(
                        ", ",
                        axe.violations().stream()
                                .filter(QualityResults.Violation::seriousOrCritical)
                                .map(QualityResults.Violation::rule)
                                .toList());
                failures.add(count(serious, "serious or critical accessibility violation") + " (at most "
                        + thresholds.maxSeriousViolations() + " allowed): " + rules);
            }
        } else if (axe.status() == Status.NOT_CHECKED) {
            unchecked.add("Accessibility was not checked: " + axe.note());
        }
        if (lighthouse.status() == Status.DONE) {
            for (LighthousePage page : lighthouse.pages()) {
                if (page.error() != null && page.performance() == null && page.accessibility() == null) {
                    unchecked.add("Lighthouse could not score " + page.url() + ": " + page.error());
                    continue;
                }
                List<String> low = new ArrayList<>();
                below(low, "performance", page.performance(), thresholds);
                below(low, "accessibility", page.accessibility(), thresholds);
                below(low, "best practices", page.bestPractices(), thresholds);
                below(low, "SEO", page.seo(), thresholds);
                if (!low.isEmpty()) {
                    String slowest = page.performance() != null
                                    && page.performance() < thresholds.minLighthouseScore()
                                    && page.metrics() != null
                            ? page.metrics().slowest()
                            : "";
                    failures.add("Lighthouse on " + page.url() + ": " + String.join(", ", low) + " (at least "
                            + thresholds.minLighthouseScore() + " wanted)" + (slowest.isEmpty() ? "" : "; " + slowest));
                }
            }
        } else if (lighthouse.status() == Status.NOT_CHECKED) {
            unchecked.add("Lighthouse did not run: " + lighthouse.note());
        }
        Verdict verdict = state != State.DONE
                ? (failures.isEmpty() ? Verdict.PENDING : Verdict.FAILED)
                : !failures.isEmpty() ? Verdict.FAILED : !unchecked.isEmpty() ? Verdict.INCOMPLETE : Verdict.PASSED;
        List<String> problems = new ArrayList<>(failures);
        problems.addAll(unchecked);
        return new QualityReport(
                previewId,
                state,
                progress,
                verdict,
                List.copyOf(problems),
                thresholds,
                crawl,
                axe,
                lighthouse,
                queuedAt,
                startedAt,
                finishedAt);
    }

    private static void below(List<String> low, String category, Integer score, Thresholds thresholds) {
        if (score != null && score < thresholds.minLighthouseScore()) {
            low.add(category + " " + score);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
