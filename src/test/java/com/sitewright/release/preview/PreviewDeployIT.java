package com.sitewright.release.preview;

import static com.sitewright.support.SiteBuilds.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sitewright.base.StudioSettings;
import com.sitewright.release.hosting.SiteServerPool;
import com.sitewright.release.hosting.SiteTickets;
import com.sitewright.security.ApiTokenService;
import com.sitewright.security.StudioPrincipal;
import com.sitewright.security.UserService;
import com.sitewright.site.NodeToolchain;
import com.sitewright.site.SiteSources;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The site pipeline end to end with real {@code next build} and {@code next start}: a private
 * preview, live content edits, share links, approve to a public production URL serving the same
 * build and only published content, rollback, and a broken build that fails on its own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewDeployIT {

    private static final int CRAWLED_PAGES = 400;

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration LIVE_CONTENT = Duration.ofSeconds(2);
    private static final Pattern HREF = Pattern.compile("<a[^>]+href=\"(/[^\"]*)\"");
    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    SiteTickets tickets;

    @Autowired
    SiteSources source;

    @Autowired
    StudioSettings settings;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    SiteServerPool pool;

    @Autowired
    PreviewService previewService;

    ApiClient admin;
    String projectId;
    String previewId;
    String previewUrl;
    String previewBuildId;
    String liveUrl;
    String firstDeploymentId;
    JsonNode item;
    String photoId;

    @Autowired
    com.sitewright.assets.AssetJobs assetJobs;

    @BeforeAll
    void generateProject() throws IOException {
        assumeTrue(NodeToolchain.available(), "node and npm are not installed: skipping previews");
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createWithSource(admin, "Build me a coffee shop website");
        item = admin.get("/api/v1/projects/" + projectId + "/items?type=menuItem&status=published&size=1")
                .json()
                .path("items")
                .get(0);
        givePhoto();
    }

    /**
     * The tests' projects are generated without images (to stay quick), so the item gets an uploaded photo, published,
     * and the upload's responsive copies are awaited before the site is built.
     */
    private void givePhoto() throws IOException {
        var image = new java.awt.image.BufferedImage(1200, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(0x6F, 0x4E, 0x37));
        graphics.fillRect(0, 0, 1200, 800);
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillOval(400, 200, 400, 400);
        graphics.dispose();
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var uploaded = admin.post(
                "/api/v1/projects/" + projectId + "/assets?fileName=flat-white.png", "image/png", png.toByteArray());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        photoId = uploaded.json().path("id").asString();
        String path =
                "/api/v1/projects/" + projectId + "/items/" + item.path("id").asString();
        JsonNode current = admin.get(path).json();
        ObjectNode data = (ObjectNode) current.path("data").deepCopy();
        data.putObject("photo")
                .put("assetId", photoId)
                .put("url", "/assets/" + photoId)
                .put("alt", "A flat white with a leaf of foam");
        var saved = admin.put(
                path, Map.of("data", data, "version", current.path("version").asLong()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(admin.post(path + "/publish", "").status()).isEqualTo(200);
        String token = admin.post(
                        "/api/v1/projects/" + projectId + "/delivery-tokens", Map.of("kind", "preview", "name", "test"))
                .json()
                .path("token")
                .asString();
        ApiClient delivery = ApiClient.bearer(port, token);
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> delivery.get("/delivery/v1/" + projectId + "/items/"
                                        + item.path("id").asString())
                                .json()
                                .path("data")
                                .path("photo")
                                .path("variants")
                                .size(),
                        size -> size > 0);
    }

    @Test
    @Order(1)
    void previewBuildsAndServesTheSiteToTheProjectsUsersOnly() {
        var started = admin.post("/api/v1/projects/" + projectId + "/previews", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().path("state").asString()).isEqualTo("queued");
        previewId = started.json().path("id").asString();

        JsonNode preview = awaitPreview(previewId, state -> state.equals("ready") || state.equals("failed"));
        assertThat(preview.path("state").asString()).as(preview.toString()).isEqualTo("ready");
        previewUrl = preview.path("url").asString();
        previewBuildId = preview.path("buildId").asString();
        assertThat(previewUrl).startsWith("http://localhost:");
        assertThat(preview.path("commit").asString()).hasSize(40);

        var page = admin.at(previewUrl).get(item.path("path").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(html(item.path("title").asString()));

        var anonymous =
                ApiClient.anonymous(port).at(previewUrl).get(item.path("path").asString());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain(html(item.path("title").asString()));
        assertThat(ApiClient.basic(port, "admin", "wrong")
                        .at(previewUrl)
                        .get("/")
                        .status())
                .isEqualTo(401);

        var log = admin.get("/api/v1/projects/" + projectId + "/previews/" + previewId + "/log");
        assertThat(log.body()).contains("next build", "Preview ready at " + previewUrl);
    }

    /**
     * A breadth-first crawl of the preview: every internal link on the first 400 pages it reaches (every menu, listing
     * and pager page, and the detail pages they lead to) answers 200. The whole site's thousand pages would take
     * minutes of the suite for no other kind of link.
     */
    @Test
    @Order(2)
    void everyInternalLinkOfThePreviewLeadsToAPage() throws InterruptedException {
        ApiClient site = admin.at(previewUrl);
        Map<String, Integer> status = new ConcurrentHashMap<>();
        Map<String, String> foundOn = new ConcurrentHashMap<>();
        Set<String> queued = ConcurrentHashMap.newKeySet();
        queued.add("/");
        List<String> frontier = List.of("/");
        while (!frontier.isEmpty()) {
            Set<String> next = ConcurrentHashMap.newKeySet();
            try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
                for (String path : frontier) {
                    pool.submit(() -> {
                        var page = site.get(path);
                        status.put(path, page.status());
                        if (page.status() == 200
                                && String.valueOf(page.contentType()).startsWith("text/html")) {
                            Matcher links = HREF.matcher(page.body());
                            while (links.find()) {
                                String link =
                                        links.group(1).replace("&amp;", "&").replaceAll("#.*$", "");
                                if (!link.isEmpty()
                                        && !link.startsWith("/_next/")
                                        && queued.size() < CRAWLED_PAGES
                                        && queued.add(link)) {
                                    foundOn.put(link, path);
                                    next.add(link);
                                }
                            }
                        }
                    });
                }
            }
            frontier = List.copyOf(next);
        }
        List<String> dead = status.entrySet().stream()
                .filter(entry -> entry.getValue() != 200)
                .map(entry -> entry.getKey() + " -> " + entry.getValue() + " (linked from "
                        + foundOn.get(entry.getKey()) + ")")
                .sorted()
                .toList();
        assertThat(dead).as("dead internal links").isEmpty();
        assertThat(status.keySet())
                .contains("/about", "/contact", "/menu", "/events")
                .hasSizeGreaterThan(200)
                .noneMatch(path -> path.startsWith("/pages/") || path.startsWith("/contact-pages/"));
    }

    /**
     * Pages are laid out by their fields' roles: a menu item shows its price in the site's currency and describes
     * itself as a schema.org Product; an event shows its date and offers a calendar file.
     */
    @Test
    @Order(2)
    void detailPagesAreLaidOutByWhatTheirTypeHolds() {
        ApiClient site = admin.at(previewUrl);
        var menuPage = site.get(item.path("path").asString());
        assertThat(menuPage.status()).isEqualTo(200);
        assertThat(menuPage.body())
                .containsPattern("[$£€]\\s?\\d+[.,]\\d{2}|\\d+[.,]\\d{2}\\s?[$£€]")
                .doesNotContainPattern(">No<");
        Matcher script = JSON_LD.matcher(menuPage.body());
        assertThat(script.find())
                .as("a JSON-LD script on " + item.path("path").asString())
                .isTrue();
        JsonNode product =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(script.group(1));
        assertThat(product.path("@type").asString()).isEqualTo("Product");
        assertThat(product.path("name").asString()).isEqualTo(item.path("title").asString());
        assertThat(product.path("offers").path("priceCurrency").asString()).matches("[A-Z]{3}");
        assertThat(Double.parseDouble(product.path("offers").path("price").asString()))
                .isPositive();

        JsonNode event = admin.get("/api/v1/projects/" + projectId + "/items?type=event&status=published&size=1")
                .json()
                .path("items")
                .get(0);
        String eventPath = event.path("path").asString();
        var eventPage = site.get(eventPath);
        assertThat(eventPage.status()).isEqualTo(200);
        String startsAt = event.path("data").path("startsAt").asString();
        assertThat(eventPage.body())
                .contains(
                        "dateTime=\"" + startsAt + "\"",
                        startsAt.substring(0, 4),
                        "href=\"" + eventPath + "/calendar.ics\"");
        var calendar = site.get(eventPath + "/calendar.ics");
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(String.valueOf(calendar.contentType())).startsWith("text/calendar");
        assertThat(calendar.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains(
                        "BEGIN:VEVENT\r\n",
                        "DTSTART:" + startsAt.replaceAll("[-:]", "").replaceAll("\\.\\d+", ""),
                        "END:VCALENDAR");
        assertThat(site.get("/events/no-such-event/calendar.ics").status()).isEqualTo(404);
    }

    /**
     * The detail page shows the item's photo through next/image: its alt text, its stored width and height (the box
     * is reserved before it loads), a srcset of the stored copies through the site's media route, preloaded as the
     * page's hero; each copy answers as the image it is.
     */
    @Test
    @Order(2)
    void theDetailPageShowsThePhotoSizedFromItsStoredCopies() {
        ApiClient site = admin.at(previewUrl);
        String img = photoTag(site.get(item.path("path").asString()).body());
        assertThat(img)
                .contains("width=\"1200\"", "height=\"800\"", "fetchPriority=\"high\"")
                .doesNotContain("loading=\"lazy\"");
        List<String> sources = srcset(img);
        String base = "/api/media/assets/" + photoId + "/variants/";
        assertThat(sources).contains(base + "480", base + "960", base + "1200");
        var copy = site.get(base + "480");
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.contentType()).isEqualTo(assetJobs.variantsAreWebp() ? "image/webp" : "image/png");
        assertThat(copy.header("Cache-Control")).contains("private");
        assertThat(site.get("/api/media/assets/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(site.get("/api/media/items?type=menuItem").status())
                .as("images only, not content")
                .isEqualTo(404);
    }

    private static String photoTag(String html) {
        Matcher tag = Pattern.compile("<img[^>]*alt=\"A flat white with a leaf of foam\"[^>]*>")
                .matcher(html);
        assertThat(tag.find()).as("an <img> with the photo's alt text").isTrue();
        return tag.group();
    }

    private static List<String> srcset(String img) {
        Matcher set =
                Pattern.compile("srcSet=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE).matcher(img);
        assertThat(set.find()).as("a srcset in " + img).isTrue();
        return java.util.Arrays.stream(set.group(1).replace("&amp;", "&").split(","))
                .map(candidate -> candidate.strip().split(" ")[0])
                .toList();
    }

    /** Routes are not fixed at build time: a new item renders on its first request; a slug with no item is the 404 page. */
    @Test
    @Order(2)
    void anItemCreatedAfterTheBuildRendersWhileAnUnknownSlugIsTheSitesOwn404() {
        JsonNode created = createMenuItem(
                "Late Harvest Cortado " + UUID.randomUUID().toString().substring(0, 6));
        ApiClient site = admin.at(previewUrl);
        awaitPage(
                site,
                created.path("path").asString(),
                html(created.path("title").asString()),
                LIVE_CONTENT.plusSeconds(3));
        assertThat(site.get(created.path("path").asString()).status()).isEqualTo(200);

        for (String unknown :
                List.of("/menu/no-such-drink-" + UUID.randomUUID(), "/no-such-page-" + UUID.randomUUID())) {
            var missing = site.get(unknown);
            assertThat(missing.status()).as(unknown).isEqualTo(404);
            assertThat(missing.body()).contains("Page not found");
        }
    }

    @Test
    @Order(2)
    void otherUsersGetNoSiteButTokensOfTheProjectsUsersWork() {
        var created = admin.post(
                "/api/v1/users",
                Map.of("username", "preview-outsider", "password", "outsider-password-1", "role", "editor"));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        var outsider = ApiClient.basic(port, "preview-outsider", "outsider-password-1")
                .at(previewUrl)
                .get("/");
        assertThat(outsider.status()).isEqualTo(404);

        var principal = (StudioPrincipal) users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        String secret;
        try {
            secret = apiTokens.create("preview check").secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(ApiClient.bearer(port, secret).at(previewUrl).get("/").status())
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void pathTricksAreRejected() {
        ApiClient site = admin.at(previewUrl);
        assertThat(site.get("/..%2f..%2fetc%2fpasswd").status()).isEqualTo(400);
        assertThat(site.get("/menu/%2e%2e/%2e%2e/secret").status()).isEqualTo(400);
        assertThat(site.get("/a%5cb").status()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void shareLinksOpenThePreviewUntilTheyExpire() {
        var share = admin.post(
                "/api/v1/projects/" + projectId + "/previews/" + previewId + "/share", Map.of("validForMinutes", 60));
        assertThat(share.status()).as(share.body()).isEqualTo(200);
        String link = share.json().path("url").asString();
        UUID shareId = UUID.fromString(share.json().path("id").asString());
        String path = link.substring(previewUrl.length() - 1);

        var handOff = ApiClient.anonymous(port).at(previewUrl).get(path);
        assertThat(handOff.status()).isEqualTo(303);
        assertThat(handOff.header("Location")).isEqualTo("/");
        String cookie = handOff.header("Set-Cookie").split(";")[0];
        var withCookie =
                ApiClient.anonymous(port).at(previewUrl).get(item.path("path").asString(), "Cookie", cookie);
        assertThat(withCookie.status()).isEqualTo(200);
        assertThat(withCookie.body()).contains(html(item.path("title").asString()));

        String label = "preview-" + previewId;
        String expired = tickets.issue(label, Instant.now().minusSeconds(60), SiteTickets.Holder.share(shareId));
        var late = ApiClient.anonymous(port).at(previewUrl).get("/?sitewright-ticket=" + expired);
        assertThat(late.status()).isEqualTo(403);
        assertThat(late.body()).contains("expired");
        var expiredCookie =
                ApiClient.anonymous(port).at(previewUrl).get("/", "Cookie", cookie.split("=")[0] + "=" + expired);
        assertThat(expiredCookie.status()).isEqualTo(403);

        String otherPreview = tickets.issue(
                "preview-" + UUID.randomUUID(), Instant.now().plusSeconds(600), SiteTickets.Holder.share(shareId));
        assertThat(ApiClient.anonymous(port)
                        .at(previewUrl)
                        .get("/?sitewright-ticket=" + otherPreview)
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(
                                "/api/v1/projects/" + projectId + "/previews/" + previewId + "/share",
                                Map.of("validForMinutes", 0))
                        .status())
                .isEqualTo(422);
    }

    @Test
    @Order(5)
    void anItemEditShowsInThePreviewWithinTwoSeconds() {
        String title = item.path("title").asString() + " Reserve";
        long latency = editAndAwait(previewUrl, title, admin);
        assertThat(latency).as("edit-to-visible in ms").isLessThan(LIVE_CONTENT.toMillis());
    }

    @Test
    @Order(6)
    void theReadyPreviewIsCheckedAndItsResultsAreInTheApiForItsUsersOnly() {
        String checks = "/api/v1/projects/" + projectId + "/previews/" + previewId + "/checks";
        JsonNode report = Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> admin.get(checks).json(),
                        json -> json.path("state").asString().equals("done"));
        JsonNode crawl = report.path("crawl");
        assertThat(crawl.path("status").asString()).as(report.toString()).isEqualTo("done");
        assertThat(crawl.path("pages").asInt()).isGreaterThan(10);
        assertThat(crawl.path("links").asInt())
                .isGreaterThan(crawl.path("pages").asInt());
        JsonNode axe = report.path("axe");
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            assertThat(axe.path("status").asString()).as(report.toString()).isEqualTo("done");
            assertThat(axe.path("pages").size()).isBetween(1, 4);
            assertThat(axe.path("pages").get(0).asString()).isEqualTo("/");
        } else {
            assertThat(axe.path("status").asString()).isEqualTo("not_checked");
            assertThat(axe.path("note").asString()).contains("Chromium was not found");
        }
        assertThat(report.path("lighthouse").path("status").asString()).isEqualTo("skipped");
        assertThat(report.path("thresholds").path("maxDeadLinks").asInt()).isZero();
        assertThat(report.path("thresholds").path("minLighthouseScore").asInt()).isEqualTo(90);
        // The verdict follows from what was found: any dead link or serious violation fails, and says so.
        boolean dead = !crawl.path("deadLinks").isEmpty();
        boolean serious = false;
        for (JsonNode violation : axe.path("violations")) {
            serious |= violation.path("impact").asString().matches("serious|critical");
        }
        if (dead || serious) {
            assertThat(report.path("verdict").asString()).isEqualTo("failed");
            assertThat(report.path("problems").toString())
                    .contains(dead ? "dead internal link" : "accessibility violation");
        } else {
            assertThat(report.path("verdict").asString()).isIn("passed", "incomplete");
        }

        assertThat(ApiClient.basic(port, "preview-outsider", "outsider-password-1")
                        .get(checks)
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get(checks).status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/projects/" + projectId + "/previews/" + UUID.randomUUID() + "/checks")
                        .status())
                .isEqualTo(404);
    }

    @Test
    @Order(7)
    void approveServesTheVeryBuildThatWasPreviewedToEveryone() {
        var approved = admin.post("/api/v1/projects/" + projectId + "/previews/" + previewId + "/approve", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(202);
        firstDeploymentId = approved.json().path("deploymentId").asString();
        JsonNode deployment = awaitDeployment(firstDeploymentId, "live");
        liveUrl = deployment.path("url").asString();
        assertThat(deployment.path("buildId").asString()).isEqualTo(previewBuildId);
        assertThat(deployment.path("previewId").asString()).isEqualTo(previewId);
        assertThat(deployment.path("target").asString()).isEqualTo("local");
        assertThat(liveUrl).isNotEqualTo(previewUrl);

        var page = ApiClient.anonymous(port).at(liveUrl).get(item.path("path").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(html(item.path("title").asString() + " Reserve"))
                .contains(previewBuildId);
        assertThat(admin.get("/api/v1/projects/" + projectId)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("deployed");

        // Production shows published images by content address, public and kept for a year by anyone.
        String img = photoTag(page.body());
        List<String> sources = srcset(img);
        assertThat(sources)
                .isNotEmpty()
                .allMatch(source -> source.matches("/api/media/files/[0-9a-f]{64}\\.(webp|png)"));
        var copy = ApiClient.anonymous(port).at(liveUrl).get(sources.getFirst());
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.contentType()).isEqualTo(assetJobs.variantsAreWebp() ? "image/webp" : "image/png");
        assertThat(copy.header("Cache-Control")).contains("public", "max-age=31536000", "immutable");
        assertThat(copy.header("ETag")).contains(sources.getFirst().replaceAll(".*/([0-9a-f]{64})\\..*", "$1"));
    }

    @Test
    @Order(8)
    void anItemPublishedAfterTheBuildRendersInProduction() {
        JsonNode created =
                createMenuItem("Midnight Mocha " + UUID.randomUUID().toString().substring(0, 6));
        ApiClient live = ApiClient.anonymous(port).at(liveUrl);
        assertThat(live.get(created.path("path").asString()).status())
                .as("a draft stays out of production")
                .isEqualTo(404);
        var published = admin.post(
                "/api/v1/projects/" + projectId + "/items/" + created.path("id").asString() + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        awaitPage(
                live,
                created.path("path").asString(),
                html(created.path("title").asString()),
                LIVE_CONTENT.plusSeconds(3));
    }

    @Test
    @Order(8)
    void aDraftChangeStaysOutOfProductionUntilPublished() throws InterruptedException {
        String title = item.path("title").asString() + " Limited";
        editAndAwait(previewUrl, title, admin);
        // Lets the production site's content cache expire, so a leak of the draft would show.
        Thread.sleep(LIVE_CONTENT.toMillis());
        var live = ApiClient.anonymous(port).at(liveUrl).get(item.path("path").asString());
        assertThat(live.body())
                .doesNotContain(html(title))
                .contains(html(item.path("title").asString() + " Reserve"));

        var published = admin.post(
                "/api/v1/projects/" + projectId + "/items/" + item.path("id").asString() + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        awaitPage(ApiClient.anonymous(port).at(liveUrl), item.path("path").asString(), html(title), LIVE_CONTENT);
    }

    @Test
    @Order(9)
    void rollbackRestoresTheEarlierBuild() {
        // The second preview and its deployment go through the chat, as a person would ask for them.
        String chat = "/api/v1/projects/" + projectId + "/chat";
        JsonNode answer = admin.post(chat, Map.of("message", "preview")).json().get(1);
        assertThat(answer.path("text").asString()).startsWith("Preview of commit");
        assertThat(answer.path("link").asString()).endsWith("/preview");
        String secondPreview = null;
        for (JsonNode preview :
                admin.get("/api/v1/projects/" + projectId + "/previews").json()) {
            if (!preview.path("id").asString().equals(previewId) && secondPreview == null) {
                secondPreview = preview.path("id").asString();
            }
        }
        JsonNode built = awaitPreview(secondPreview, state -> state.equals("ready") || state.equals("failed"));
        assertThat(built.path("state").asString()).as(built.toString()).isEqualTo("ready");
        String secondBuild = built.path("buildId").asString();
        assertThat(secondBuild).isNotEqualTo(previewBuildId);

        JsonNode card =
                admin.post(chat, Map.of("message", "approve and deploy")).json().get(1);
        assertThat(card.path("action").asString()).isEqualTo("approve_and_deploy");
        assertThat(card.path("text").asString())
                .contains("commit " + built.path("commit").asString().substring(0, 8));
        JsonNode deployed = admin.post(chat + "/" + card.path("id").asString() + "/approve", Map.of())
                .json();
        assertThat(deployed.path("state").asString()).as(deployed.toString()).isEqualTo("done");
        String secondDeployment = admin.get("/api/v1/projects/" + projectId + "/deployments")
                .json()
                .get(0)
                .path("id")
                .asString();
        assertThat(deployment(secondDeployment).path("previewId").asString()).isEqualTo(secondPreview);
        assertThat(awaitDeployment(secondDeployment, "live").path("url").asString())
                .isEqualTo(liveUrl);
        assertThat(ApiClient.anonymous(port).at(liveUrl).get("/").body()).contains(secondBuild);
        assertThat(deployment(firstDeploymentId).path("state").asString()).isEqualTo("superseded");

        var rollback =
                admin.post("/api/v1/projects/" + projectId + "/deployments/" + firstDeploymentId + "/rollback", "");
        assertThat(rollback.status()).as(rollback.body()).isEqualTo(202);
        awaitDeployment(firstDeploymentId, "live");
        assertThat(deployment(secondDeployment).path("state").asString()).isEqualTo("rolledBack");
        assertThat(ApiClient.anonymous(port).at(liveUrl).get("/").body())
                .contains(previewBuildId)
                .doesNotContain(secondBuild);

        var list = admin.get("/api/v1/projects/" + projectId + "/deployments").json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).has("createdAt")).isTrue();
        assertThat(admin.post("/api/v1/projects/" + projectId + "/deployments/" + firstDeploymentId + "/rollback", "")
                        .status())
                .as("a live deployment is not rolled back to")
                .isEqualTo(422);
    }

    @Test
    @Order(10)
    void aSavedModelChangeIsBuiltForTheRunningPreviewWithoutAsking() {
        JsonNode running =
                admin.get("/api/v1/projects/" + projectId + "/previews").json().get(0);
        assertThat(running.path("state").asString()).isEqualTo("ready");

        var added = admin.post(
                "/api/v1/projects/" + projectId + "/content-types/menuItem/fields",
                "{\"key\": \"seasonalNote\", \"label\": \"Seasonal note\", \"type\": \"text\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String itemUrl =
                "/api/v1/projects/" + projectId + "/items/" + item.path("id").asString();
        JsonNode current = admin.get(itemUrl).json();
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        current.path("data")
                .properties()
                .forEach(entry -> data.put(
                        entry.getKey(),
                        tools.jackson.databind.json.JsonMapper.builder()
                                .build()
                                .treeToValue(entry.getValue(), Object.class)));
        data.put("seasonalNote", "Only until the first frost");
        var edited = admin.put(
                itemUrl,
                java.util.Map.of(
                        "data", data, "version", current.path("version").asLong()));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        JsonNode following = await("a preview of the new commit")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> admin.get("/api/v1/projects/" + projectId + "/previews")
                                .json()
                                .get(0),
                        newest -> !newest.path("id")
                                .asString()
                                .equals(running.path("id").asString()));
        assertThat(following).as("a preview of the new commit was queued").isNotNull();
        assertThat(following.path("commit").asString())
                .isNotEqualTo(running.path("commit").asString());
        assertThat(following.path("commitMessage").asString()).startsWith("Generate site from the content model");
        JsonNode built =
                awaitPreview(following.path("id").asString(), state -> state.equals("ready") || state.equals("failed"));
        assertThat(built.path("state").asString()).as(built.toString()).isEqualTo("ready");
        // The new field is on the item's page of the rebuilt preview.
        var page = admin.at(built.path("url").asString()).get(item.path("path").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Seasonal note").contains("Only until the first frost");
    }

    @Test
    @Order(11)
    void aBrokenBuildFailsWithItsLogAndOtherSitesKeepRunning() throws IOException {
        Path work = settings.dataDir()
                .toAbsolutePath()
                .resolve("projects")
                .resolve(projectId)
                .resolve("source");
        Files.writeString(
                work.resolve("app/broken.tsx"), "const answer: number = 'forty-two';\nexport default answer;\n");
        assertThat(source.commit(UUID.fromString(projectId), "A change that does not compile"))
                .isPresent();

        String broken = admin.post("/api/v1/projects/" + projectId + "/previews", "")
                .json()
                .path("id")
                .asString();
        JsonNode failed = awaitPreview(broken, state -> state.equals("ready") || state.equals("failed"));
        assertThat(failed.path("state").asString()).isEqualTo("failed");
        assertThat(failed.path("error").asString()).contains("next build failed");
        assertThat(failed.path("url").isNull()).isTrue();
        assertThat(admin.get("/api/v1/projects/" + projectId + "/previews/" + broken + "/log")
                        .body())
                .contains("broken.tsx");

        assertThat(admin.at(previewUrl).get("/").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).at(liveUrl).get("/").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/projects").status()).isEqualTo(200);
    }

    @Test
    @Order(12)
    void aStoppedPreviewSaysWhyAndStartsAgainWhenOpened() {
        var stop = admin.post("/api/v1/projects/" + projectId + "/previews/" + previewId + "/stop", "");
        assertThat(stop.status()).isEqualTo(204);
        JsonNode stopped = admin.get("/api/v1/projects/" + projectId + "/previews/" + previewId)
                .json();
        assertThat(stopped.path("state").asString()).isEqualTo("stopped");
        assertThat(stopped.path("error").asString()).contains("Stopped by admin");
        assertThat(stopped.path("url").asString()).isEqualTo(previewUrl);

        var page = admin.at(previewUrl).get(item.path("path").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/projects/" + projectId + "/previews/" + previewId)
                        .json()
                        .path("state")
                        .asString())
                .isEqualTo("ready");
    }

    @Test
    @Order(13)
    void aCrashedServerOrAStudioRestartLeavesNoDeadReadyPreview() {
        long pid = pool.running("preview-" + previewId).orElseThrow().pid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        JsonNode crashed = awaitPreview(previewId, state -> !state.equals("ready"));
        assertThat(crashed.path("state").asString()).isEqualTo("stopped");
        assertThat(crashed.path("error").asString()).contains("exited unexpectedly");
        assertThat(admin.at(previewUrl).get("/").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/projects/" + projectId + "/previews/" + previewId)
                        .json()
                        .path("state")
                        .asString())
                .isEqualTo("ready");

        // What the studio does when it starts: no server has survived, so none is "ready".
        pool.stop("preview-" + previewId, "the studio stopped");
        previewService.markStoppedAfterRestart();
        assertThat(admin.get("/api/v1/projects/" + projectId + "/previews/" + previewId)
                        .json()
                        .path("state")
                        .asString())
                .isEqualTo("stopped");
        assertThat(admin.at(previewUrl).get(item.path("path").asString()).status())
                .isEqualTo(200);
    }

    private JsonNode createMenuItem(String name) {
        Map<String, Object> data = new LinkedHashMap<>(admin
                .get("/api/v1/projects/" + projectId + "/items/"
                        + item.path("id").asString())
                .json()
                .path("data")
                .properties()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> (Object) entry.getValue())));
        data.put("name", name);
        data.remove("slug");
        var created = admin.post("/api/v1/projects/" + projectId + "/items", Map.of("type", "menuItem", "data", data));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("path").asString()).startsWith("/menu/");
        return created.json();
    }

    /** Changes the item's title field, then waits for the page to show it; returns the latency in ms. */
    private long editAndAwait(String siteUrl, String title, ApiClient client) {
        JsonNode current = admin.get("/api/v1/projects/" + projectId + "/items/"
                        + item.path("id").asString())
                .json();
        ObjectNode data = (ObjectNode) current.path("data").deepCopy();
        data.put("name", title);
        long start = System.nanoTime();
        var updated = admin.put(
                "/api/v1/projects/" + projectId + "/items/" + item.path("id").asString(),
                Map.of("data", data, "version", current.path("version").asLong()));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        awaitPage(client.at(siteUrl), item.path("path").asString(), html(title), LIVE_CONTENT.plusSeconds(3));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void awaitPage(ApiClient site, String path, String text, Duration timeout) {
        await().atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(site.get(path).body())
                        .as("page " + path + " within " + timeout)
                        .contains(text));
    }

    private JsonNode awaitPreview(String id, Predicate<String> done) {
        return await("the preview finishing")
                .atMost(BUILD_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> admin.get("/api/v1/projects/" + projectId + "/previews/" + id)
                                .json(),
                        preview -> done.test(preview.path("state").asString()));
    }

    private JsonNode awaitDeployment(String id, String state) {
        JsonNode deployment = await("the deployment reaching " + state)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> deployment(id),
                        found -> List.of(state, "failed")
                                .contains(found.path("state").asString()));
        assertThat(deployment.path("state").asString())
                .as(String.valueOf(deployment))
                .isEqualTo(state);
        return deployment;
    }

    private JsonNode deployment(String id) {
        return admin.get("/api/v1/projects/" + projectId + "/deployments/" + id).json();
    }
}
