package com.sitewright.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationService;
import com.sitewright.security.StudioPrincipal;
import com.sitewright.security.UserService;
import com.sitewright.site.NodeToolchain;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The generated coffee shop, restaurant and store as a visitor sees them, at a desktop's and a phone's width: a
 * small project of each (a few items of every type, with their images drawn) is built as a preview and opened
 * through a share link, like a stranger would. Every page has a heading and fits the screen, every image loads
 * and says what it shows, a priced item shows its price in a currency, an event shows its date, and the preview's
 * own crawl found no dead link.
 */
@IntegrationTest
class GeneratedSitesBrowserIT extends BrowserTest {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(12);
    private static final Pattern PRICE = Pattern.compile("[$€£¥]\\s?\\d|\\d[.,]\\d{2}\\s?(€|EUR|USD|GBP)");
    private static final Pattern DATE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}\\b|\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun"
                    + "|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b");
    private static final Map<String, int[]> DEVICES =
            Map.of("desktop", new int[] {1280, 800}, "mobile", new int[] {390, 844});

    @Autowired
    GenerationService generation;

    @Autowired
    UserService users;

    private ApiClient admin;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "coffee-shop, Build me a coffee shop website",
        "restaurant, A restaurant website",
        "store, An online store"
    })
    void aVisitorSeesADesignedSiteWithPicturesPricesAndDates(String name, String prompt) {
        assumeTrue(NodeToolchain.available(), "node and npm are not installed: skipping the site builds");
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        String projectId = Projects.createAndAwait(admin, prompt);
        Projects.keepFirst(admin, projectId, 6);
        drawImages(projectId);
        Projects.awaitSource(admin, projectId);
        String base = "/api/v1/projects/" + projectId;

        var started = admin.post(base + "/previews", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String previewId = started.json().path("id").asString();
        JsonNode preview = awaitApi(
                base + "/previews/" + previewId,
                node -> !List.of("queued", "building")
                        .contains(node.path("state").asString()));
        assertThat(preview.path("state").asString()).as(preview.toString()).isEqualTo("ready");

        JsonNode checks = awaitApi(
                base + "/previews/" + previewId + "/checks",
                node -> node.path("state").asString().equals("done"));
        assertThat(checks.path("crawl").path("pages").asInt())
                .as(checks.toString())
                .isGreaterThan(10);
        assertThat(checks.path("crawl").path("deadLinks")).as("dead links").isEmpty();
        List<String> serious = new ArrayList<>();
        checks.path("axe").path("violations").forEach(violation -> {
            if (List.of("serious", "critical").contains(violation.path("impact").asString())) {
                serious.add(violation.path("rule").asString() + ": "
                        + violation.path("pages").path(0).path("example"));
            }
        });
        assertThat(serious).as("serious or critical axe violations").isEmpty();

        String shareUrl = admin.post(base + "/previews/" + previewId + "/share", Map.of("validForMinutes", 60))
                .json()
                .path("url")
                .asString();
        List<String> paths = new ArrayList<>(List.of("/"));
        // A priced type with pictures of its own (menu items, products) where there is one.
        Optional<JsonNode> priced =
                firstItemWith(base, List.of("price", "asset")).or(() -> firstItemWith(base, List.of("price")));
        priced.ifPresent(item -> paths.add(listingOf(item.path("path").asString())));
        priced.ifPresent(item -> paths.add(item.path("path").asString()));
        Optional<JsonNode> event =
                firstItemOfType(base, key -> key.toLowerCase(Locale.ROOT).contains("event"));
        event.ifPresent(item -> paths.add(item.path("path").asString()));
        assertThat(priced).as("a type with prices and pages").isPresent();

        for (var device : DEVICES.entrySet()) {
            int[] size = device.getValue();
            boolean mobile = device.getKey().equals("mobile");
            try (BrowserContext visitor = page.context()
                    .browser()
                    .newContext(new Browser.NewContextOptions()
                            .setViewportSize(size[0], size[1])
                            .setIsMobile(mobile)
                            .setHasTouch(mobile))) {
                Page site = visitor.newPage();
                Response shared = site.navigate(shareUrl);
                assertThat(shared.status()).isEqualTo(200);
                String origin = site.url().replaceAll("^(https?://[^/]+).*$", "$1");
                int images = 0;
                for (String path : paths) {
                    Response response = site.navigate(origin + path);
                    String where = name + " " + path + " (" + device.getKey() + ")";
                    assertThat(response.status()).as(where).isEqualTo(200);
                    assertThat(site.locator("h1").count())
                            .as("one heading on " + where)
                            .isEqualTo(1);
                    images += checkImages(site, where);
                    assertThat((Boolean) site.evaluate(
                                    "() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                            .as("nothing wider than the screen on " + where)
                            .isTrue();
                    site.evaluate("() => window.scrollTo(0, 0)");
                    site.screenshot(new Page.ScreenshotOptions()
                            .setFullPage(!mobile)
                            .setPath(Path.of(
                                    "target",
                                    "screenshots",
                                    "site-" + name + shotName(path) + "-" + device.getKey() + ".png")));
                }
                assertThat(images).as("pictures on the pages of " + name).isGreaterThan(0);
                site.navigate(origin + priced.orElseThrow().path("path").asString());
                String pricedText = site.locator("main").innerText();
                assertThat(PRICE.matcher(pricedText).find())
                        .as("a price with its currency on " + pricedText)
                        .isTrue();
                if (event.isPresent()) {
                    site.navigate(origin + event.get().path("path").asString());
                    String eventText = site.locator("main").innerText();
                    assertThat(DATE.matcher(eventText).find())
                            .as("the event's date on " + eventText)
                            .isTrue();
                }
            }
        }
        admin.post(base + "/previews/" + previewId + "/stop", "");
    }

    /** Every picture on the page has alt text and, once scrolled into view, loads; returns how many there are. */
    private static int checkImages(Page site, String where) {
        site.evaluate("async () => { for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {"
                + " window.scrollTo(0, y); await new Promise(r => setTimeout(r, 60)); } }");
        site.waitForFunction(
                "() => [...document.images].every(img => img.complete)",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> images =
                (List<Map<String, Object>>) site.evaluate("() => [...document.images].map(img => "
                        + "({src: img.currentSrc || img.src, alt: img.getAttribute('alt'), width: img.naturalWidth}))");
        for (Map<String, Object> image : images) {
            assertThat((String) image.get("alt"))
                    .as("alt text of " + image.get("src") + " on " + where)
                    .isNotBlank();
            assertThat(((Number) image.get("width")).intValue())
                    .as("loaded: " + image.get("src") + " on " + where)
                    .isPositive();
        }
        return images.size();
    }

    private void drawImages(String projectId) {
        var principal = (StudioPrincipal) users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        UUID project = UUID.fromString(projectId);
        UUID run = generation.generateImages(project).runId();
        GenerationProgress done = await().atMost(Duration.ofMinutes(8))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> generation
                                .latest(project)
                                .filter(p -> p.runId().equals(run))
                                .orElseThrow(),
                        progress -> progress.state().isFinished());
        assertThat(done.imagesDone()).as(String.valueOf(done.error())).isPositive();
        SecurityContextHolder.clearContext();
    }

    /**
     * The first item with a page of the first type that has each of the wanted fields: a key containing "price", or
     * a field of type "asset".
     */
    private Optional<JsonNode> firstItemWith(String base, List<String> wanted) {
        for (JsonNode type : admin.get(base + "/content-types").json()) {
            List<String> found = new ArrayList<>();
            for (JsonNode field : type.path("fields")) {
                if (field.path("key").asString().toLowerCase(Locale.ROOT).contains("price")) {
                    found.add("price");
                }
                found.add(field.path("type").asString());
            }
            if (found.containsAll(wanted)) {
                Optional<JsonNode> item = firstWithPage(base, type.path("key").asString());
                if (item.isPresent()) {
                    return item;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<JsonNode> firstItemOfType(String base, java.util.function.Predicate<String> typeKey) {
        for (JsonNode type : admin.get(base + "/content-types").json()) {
            if (typeKey.test(type.path("key").asString())) {
                Optional<JsonNode> item = firstWithPage(base, type.path("key").asString());
                if (item.isPresent()) {
                    return item;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<JsonNode> firstWithPage(String base, String type) {
        for (JsonNode row :
                admin.get(base + "/items?size=6&type=" + type).json().path("items")) {
            JsonNode item =
                    admin.get(base + "/items/" + row.path("id").asString()).json();
            if (!item.path("path").isNull() && !item.path("path").asString().isEmpty()) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static String listingOf(String detailPath) {
        int slash = detailPath.lastIndexOf('/');
        return slash <= 0 ? "/" : detailPath.substring(0, slash);
    }

    private static String shotName(String path) {
        return path.equals("/") ? "-home" : path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
    }

    private JsonNode awaitApi(String path, java.util.function.Predicate<JsonNode> done) {
        return await().atMost(BUILD_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.get(path).json(), done::test);
    }
}
