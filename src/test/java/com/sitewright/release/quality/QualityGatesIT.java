package com.sitewright.release.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sitewright.release.quality.QualityResults.Axe;
import com.sitewright.release.quality.QualityResults.Crawl;
import com.sitewright.release.quality.QualityResults.Lighthouse;
import com.sitewright.release.quality.QualityResults.LighthousePage;
import com.sitewright.release.quality.QualityResults.Status;
import com.sitewright.release.quality.QualityResults.Violation;
import com.sitewright.site.NodeToolchain;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The quality gates against a small static site served from the test, with a planted dead link and a
 * planted contrast failure: the real crawler, axe-core and Lighthouse in headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityGatesIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String LINK_TO_NOWHERE = "/wholesale";

    private final NodeToolchain toolchain = new NodeToolchain(Path.of("target/node-cache"));
    private final Path toolsDir = Path.of("target/quality-tools").toAbsolutePath();
    private HttpServer server;
    private URI base;

    @BeforeAll
    void serveSite() throws IOException {
        Map<String, String> pages = Map.of(
                "/",
                        page(
                                "Home",
                                "<h1>Corner Coffee</h1><p>Fresh coffee every morning.</p>"
                                        + "<a href=\"/menu\">Menu</a> <a href=\"/about\">About us</a> "
                                        + "<a href=\"" + LINK_TO_NOWHERE
                                        + "\">Wholesale</a> <a href=\"https://example.com/\">Elsewhere</a> "
                                        + "<a href=\"mailto:hello@example.com\">Write to us</a> <a href=\"#top\">Top</a>"),
                "/menu",
                        page(
                                "Menu",
                                "<h1>Menu</h1><ul><li><a href=\"/menu/flat-white\">Flat white</a></li>"
                                        + "<li><a href=\"/menu/croissant?from=menu#price\">Croissant</a></li></ul><a href=\"/\">Home</a>"),
                "/menu/flat-white",
                        page(
                                "Flat white",
                                "<h1>Flat white</h1><p>Double ristretto, steamed milk.</p>"
                                        + "<a href=\"/menu\">Back to the menu</a>"),
                "/menu/croissant",
                        page(
                                "Croissant",
                                "<h1>Croissant</h1><p>Butter, flour, patience.</p>"
                                        + "<a href=\"/menu\">Back to the menu</a>"),
                // The planted contrast failure: light grey on white, about 1.6:1.
                "/about",
                        page(
                                "About",
                                "<h1>About us</h1><p style=\"color:#dddddd;background:#ffffff\">We roast on "
                                        + "Tuesdays.</p><a href=\"/\">Home</a>"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String html = pages.get(exchange.getRequestURI().getPath());
            byte[] body =
                    (html == null ? page("Not found", "<h1>Not found</h1>") : html).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theGatesFailOnAPlantedDeadLinkAndAPlantedContrastFailure() {
        List<Integer> progress = new ArrayList<>();
        SiteCrawler.Result crawled = new SiteCrawler(4, 100, Duration.ofSeconds(10))
                .crawl(base, List.of(URI.create("http://shop.example.test:8080/")), progress::add);
        assertThat(crawled.pages())
                .containsExactly("/", "/about", "/menu", "/menu/croissant?from=menu", "/menu/flat-white");
        assertThat(crawled.deadLinks()).singleElement().satisfies(dead -> {
            assertThat(dead.url()).isEqualTo(LINK_TO_NOWHERE);
            assertThat(dead.status()).isEqualTo(404);
            assertThat(dead.foundOn()).containsExactly("/");
        });
        assertThat(progress).isNotEmpty();

        assumeTrue(NodeToolchain.available() && Files.isExecutable(CHROMIUM), "node, npm and Chromium are needed");
        BrowserChecks browser = new BrowserChecks(toolchain, toolsDir, CHROMIUM);
        assertThat(browser.unavailable()).isEmpty();
        browser.install(line -> {});

        List<String> sample = PageSample.forAxe(crawled.pages(), 2, 30);
        assertThat(sample).contains("/", "/about", "/menu", "/menu/croissant");
        List<String> steps = new ArrayList<>();
        Axe axe = browser.axe(base, sample, steps::add);
        assertThat(axe.status()).as(axe.note()).isEqualTo(Status.DONE);
        assertThat(axe.pages()).containsAll(sample);
        assertThat(axe.violations())
                .filteredOn(Violation::seriousOrCritical)
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.rule()).isEqualTo("color-contrast");
                    assertThat(violation.impact()).isEqualTo("serious");
                    assertThat(violation.pages())
                            .singleElement()
                            .satisfies(page -> assertThat(page.url()).isEqualTo("/about"));
                });
        assertThat(steps).contains("Accessibility: page 1 of " + sample.size());

        List<BrowserChecks.Target> targets = PageSample.forLighthouse(crawled.pages());
        assertThat(targets).extracting(BrowserChecks.Target::kind).containsExactly("home", "listing", "detail");
        Lighthouse lighthouse = browser.lighthouse(base, targets, 1, steps::add);
        assertThat(lighthouse.status()).as(lighthouse.note()).isEqualTo(Status.DONE);
        assertThat(lighthouse.pages()).extracting(LighthousePage::url).containsExactly("/", "/menu", "/menu/croissant");
        assertThat(lighthouse.pages()).allSatisfy(page -> {
            assertThat(page.error()).isNull();
            assertThat(List.of(page.performance(), page.accessibility(), page.bestPractices(), page.seo()))
                    .allSatisfy(score -> assertThat(score).isBetween(0, 100));
        });

        Crawl crawl = new Crawl(Status.DONE, null, crawled.pagesRead(), crawled.links(), false, crawled.deadLinks());
        QualityReport report = QualityReport.of(
                null,
                QualityReport.State.DONE,
                null,
                crawl,
                axe,
                lighthouse,
                new QualityReport.Thresholds(0, 0, 0),
                null,
                null,
                null);
        assertThat(report.verdict()).isEqualTo(QualityReport.Verdict.FAILED);
        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems().get(0)).startsWith("1 dead internal link").contains(LINK_TO_NOWHERE);
        assertThat(report.problems().get(1))
                .startsWith("1 serious or critical accessibility violation")
                .contains("color-contrast");
    }

    @Test
    void aMissingOrCrashingBrowserGivesACouldNotCheckResult() {
        assertThat(new BrowserChecks(toolchain, toolsDir, Path.of("/nowhere/chromium")).unavailable())
                .hasValueSatisfying(why -> assertThat(why)
                        .contains("Chromium was not found at /nowhere/chromium", "sitewright.quality.chromium-path"));

        assumeTrue(NodeToolchain.available(), "node and npm are needed");
        // An executable that exits at once stands for a browser that crashes on start.
        BrowserChecks crashing = new BrowserChecks(toolchain, toolsDir, Path.of("/bin/false"));
        crashing.install(line -> {});
        Axe axe = crashing.axe(base, List.of("/"), step -> {});
        assertThat(axe.status()).isEqualTo(Status.NOT_CHECKED);
        assertThat(axe.note())
                .startsWith("Accessibility could not check the site: ")
                .doesNotContain("\n", "    at ");

        QualityReport report = QualityReport.of(
                null,
                QualityReport.State.DONE,
                null,
                new Crawl(Status.DONE, null, 1, 0, false, List.of()),
                axe,
                Lighthouse.of(Status.SKIPPED, "off"),
                new QualityReport.Thresholds(0, 0, 90),
                null,
                null,
                null);
        assertThat(report.verdict()).isEqualTo(QualityReport.Verdict.INCOMPLETE);
        assertThat(report.needsConfirmation()).isTrue();
        assertThat(report.problems()).singleElement().asString().startsWith("Accessibility was not checked: ");
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"description\" content=\"" + title + " at Corner Coffee\">"
                + "<title>" + title + " · Corner Coffee</title></head><body><main>" + body + "</main></body></html>";
    }
}
