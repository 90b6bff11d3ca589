package com.sitewright.release.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.release.quality.QualityResults.Axe;
import com.sitewright.release.quality.QualityResults.Crawl;
import com.sitewright.release.quality.QualityResults.DeadLink;
import com.sitewright.release.quality.QualityResults.Lighthouse;
import com.sitewright.release.quality.QualityResults.LighthouseMetrics;
import com.sitewright.release.quality.QualityResults.LighthousePage;
import com.sitewright.release.quality.QualityResults.Status;
import com.sitewright.release.quality.QualityResults.Violation;
import com.sitewright.release.quality.QualityResults.ViolationPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How results are judged against the thresholds, and which pages the browser checks look at. */
class QualityVerdictTest {

    private static final QualityReport.Thresholds DEFAULTS = new QualityReport.Thresholds(0, 0, 90);
    private static final Crawl CLEAN_CRAWL = new Crawl(Status.DONE, null, 12, 80, false, List.of());
    private static final Axe CLEAN_AXE = new Axe(
            Status.DONE,
            null,
            List.of("/"),
            List.of(),
            List.of(new Violation(
                    "region", "moderate", "Content in landmarks", null, List.of(new ViolationPage("/", 1, "p")))));
    private static final Lighthouse GOOD_SCORES =
            new Lighthouse(Status.DONE, null, List.of(new LighthousePage("/", "home", 97, 100, 100, 100, null, null)));

    @Test
    void everythingAboveTheThresholdsPasses() {
        QualityReport report = report(CLEAN_CRAWL, CLEAN_AXE, GOOD_SCORES, DEFAULTS);
        assertThat(report.verdict()).isEqualTo(QualityReport.Verdict.PASSED);
        assertThat(report.problems()).isEmpty();
        assertThat(report.needsConfirmation()).isFalse();
    }

    @Test
    void eachThresholdFailsOnItsOwn() {
        Crawl dead = new Crawl(
                Status.DONE,
                null,
                12,
                80,
                false,
                List.of(new DeadLink("/careers", 404, null, 9, List.of("/", "/about"))));
        assertThat(report(dead, CLEAN_AXE, GOOD_SCORES, DEFAULTS).problems())
                .containsExactly("1 dead internal link (at most 0 allowed), for example /careers");
        assertThat(report(dead, CLEAN_AXE, GOOD_SCORES, new QualityReport.Thresholds(1, 0, 90))
                        .verdict())
                .isEqualTo(QualityReport.Verdict.PASSED);

        Axe contrast = new Axe(
                Status.DONE,
                null,
                List.of("/", "/about"),
                List.of(),
                List.of(new Violation(
                        "color-contrast",
                        "serious",
                        "Elements must meet minimum color contrast ratio thresholds",
                        null,
                        List.of(new ViolationPage("/", 2, "footer p"), new ViolationPage("/about", 1, "footer p")))));
        assertThat(report(CLEAN_CRAWL, contrast, GOOD_SCORES, DEFAULTS).problems())
                .containsExactly("2 serious or critical accessibility violations (at most 0 allowed): color-contrast");

        Lighthouse slow = new Lighthouse(
                Status.DONE, null, List.of(new LighthousePage("/menu", "listing", 72, 95, 89, 100, null, null)));
        QualityReport report = report(CLEAN_CRAWL, CLEAN_AXE, slow, DEFAULTS);
        assertThat(report.verdict()).isEqualTo(QualityReport.Verdict.FAILED);
        assertThat(report.problems())
                .containsExactly("Lighthouse on /menu: performance 72, best practices 89 (at least 90 wanted)");
        assertThat(report(CLEAN_CRAWL, CLEAN_AXE, slow, new QualityReport.Thresholds(0, 0, 70))
                        .verdict())
                .isEqualTo(QualityReport.Verdict.PASSED);

        // A slow page says which timings cost it the points, as Lighthouse's phone measured them.
        Lighthouse measured = new Lighthouse(
                Status.DONE,
                null,
                List.of(new LighthousePage(
                        "/menu",
                        "listing",
                        84,
                        100,
                        100,
                        100,
                        null,
                        new LighthouseMetrics(900, 3160, 420, 0.0, 1100))));
        assertThat(report(CLEAN_CRAWL, CLEAN_AXE, measured, DEFAULTS).problems())
                .containsExactly(
                        "Lighthouse on /menu: performance 84 (at least 90 wanted); largest paint 3.2 s, main thread blocked 420 ms");
    }

    @Test
    void aCheckThatCouldNotRunMakesTheVerdictIncompleteNotPassed() {
        QualityReport report = report(
                CLEAN_CRAWL,
                Axe.of(Status.NOT_CHECKED, "Chromium was not found at /usr/bin/chromium."),
                Lighthouse.of(Status.SKIPPED, "off"),
                DEFAULTS);
        assertThat(report.verdict()).isEqualTo(QualityReport.Verdict.INCOMPLETE);
        assertThat(report.problems())
                .containsExactly("Accessibility was not checked: Chromium was not found at /usr/bin/chromium.");
        assertThat(report.needsConfirmation()).isTrue();

        QualityReport running = QualityReport.of(
                null,
                QualityReport.State.RUNNING,
                "Links: 40 pages read",
                Crawl.pending(),
                Axe.pending(),
                Lighthouse.pending(),
                DEFAULTS,
                null,
                null,
                null);
        assertThat(running.verdict()).isEqualTo(QualityReport.Verdict.PENDING);
        assertThat(running.needsConfirmation()).isTrue();
    }

    @Test
    void theSampleCoversEveryKindOfPage() {
        List<String> pages = List.of(
                "/",
                "/about",
                "/contact",
                "/menu",
                "/menu/flat-white",
                "/menu/croissant",
                "/menu/latte",
                "/menu/page/2",
                "/events",
                "/events/cupping",
                "/journal?page=2");
        assertThat(PageSample.forAxe(pages, 2, 30))
                .containsExactly(
                        "/",
                        "/about",
                        "/contact",
                        "/events",
                        "/journal",
                        "/menu",
                        "/events/cupping",
                        "/menu/croissant",
                        "/menu/flat-white");
        assertThat(PageSample.forAxe(pages, 2, 4)).containsExactly("/", "/about", "/contact", "/events");
        assertThat(PageSample.forLighthouse(pages))
                .containsExactly(
                        new BrowserChecks.Target("/", "home"),
                        new BrowserChecks.Target("/menu", "listing"),
                        new BrowserChecks.Target("/menu/croissant", "detail"));
        assertThat(PageSample.forLighthouse(List.of("/about"))).isEmpty();
    }

    private static QualityReport report(
            Crawl crawl, Axe axe, Lighthouse lighthouse, QualityReport.Thresholds thresholds) {
        return QualityReport.of(
                null, QualityReport.State.DONE, null, crawl, axe, lighthouse, thresholds, null, null, null);
    }
}
