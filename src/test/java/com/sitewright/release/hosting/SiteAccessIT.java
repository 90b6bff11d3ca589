package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sitewright.release.preview.PreviewJobs;
import com.sitewright.release.preview.PreviewService;
import com.sitewright.security.StudioPrincipal;
import com.sitewright.security.UserService;
import com.sitewright.site.NodeToolchain;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import com.sitewright.support.SiteBuilds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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

/**
 * Who keeps access to a running preview, over HTTP against a real {@code next start}: share links are
 * listed and revoked, and a revoked link's cookie stops working at once; a studio session ends when its
 * user is disabled; a preview exposes only what its pages show; the gateway's own pages say what happened
 * without internals; a preview removed for good takes its share links with it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteAccessIT {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;

    @Autowired
    PreviewService previewService;

    @Autowired
    PreviewJobs previewJobs;

    @Autowired
    UserService users;

    @Autowired
    SiteServerPool pool;

    ApiClient admin;
    String projectId;
    String previewId;
    String previewUrl;
    String shares;

    @BeforeAll
    void buildPreview() {
        assumeTrue(NodeToolchain.available(), "node and npm are not installed: skipping previews");
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createWithSource(admin, "Build me a coffee shop website");
        JsonNode preview = SiteBuilds.buildPreview(admin, projectId);
        previewId = preview.path("id").asString();
        previewUrl = preview.path("url").asString();
        shares = "/api/v1/projects/" + projectId + "/previews/" + previewId + "/shares";
    }

    @Test
    @Order(1)
    void aRevokedShareLinkEndsAccessForBrowsersThatOpenedItBefore() {
        var share = admin.post(
                "/api/v1/projects/" + projectId + "/previews/" + previewId + "/share", Map.of("validForMinutes", 120));
        assertThat(share.status()).as(share.body()).isEqualTo(200);
        String shareId = share.json().path("id").asString();
        String linkPath = share.json().path("url").asString().substring(previewUrl.length() - 1);

        var handOff = site().get(linkPath);
        assertThat(handOff.status()).isEqualTo(303);
        String cookie = handOff.header("Set-Cookie").split(";")[0];
        assertThat(site().get("/", "Cookie", cookie).status()).isEqualTo(200);

        JsonNode listed = admin.get(shares).json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(shareId);
        assertThat(listed.get(0).path("createdBy").asString()).isEqualTo("admin");
        assertThat(listed.get(0).path("state").asString()).isEqualTo("active");
        assertThat(listed.get(0).path("expiresAt").asString()).isNotEmpty();
        assertThat(listed.get(0).path("revokedAt").isNull()).isTrue();

        assertThat(admin.delete(shares + "/" + shareId).status()).isEqualTo(204);

        var refused = site().get("/", "Cookie", cookie);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("This link was revoked");
        assertWithoutInternals(refused.body());
        var link = site().get(linkPath);
        assertThat(link.status()).isEqualTo(403);
        assertThat(link.body()).contains("revoked");

        JsonNode after = admin.get(shares).json().get(0);
        assertThat(after.path("state").asString()).isEqualTo("revoked");
        assertThat(after.path("revokedAt").asString()).isNotEmpty();

        // Another link still works; a share ID of nothing here is not found.
        var second = admin.post("/api/v1/projects/" + projectId + "/previews/" + previewId + "/share", Map.of());
        assertThat(site().get(second.json().path("url").asString().substring(previewUrl.length() - 1))
                        .status())
                .isEqualTo(303);
        assertThat(admin.delete(shares + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(admin.get(shares).json().size()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aStudioSessionEndsWhenItsUserIsDisabled() {
        var created = admin.post(
                "/api/v1/users",
                Map.of("username", "preview-keeper", "password", "keeper-password-1", "role", "admin"));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        String studioLink = as(
                "preview-keeper",
                () -> previewService
                        .studioLink(UUID.fromString(projectId), UUID.fromString(previewId))
                        .orElseThrow());
        var handOff = site().get(studioLink.substring(previewUrl.length() - 1));
        assertThat(handOff.status()).isEqualTo(303);
        String cookie = handOff.header("Set-Cookie").split(";")[0];
        assertThat(site().get("/", "Cookie", cookie).status()).isEqualTo(200);

        as("admin", () -> {
            users.setEnabled("preview-keeper", false);
            return null;
        });
        var refused = site().get("/", "Cookie", cookie);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("access to this preview has ended");
        assertWithoutInternals(refused.body());
        assertThat(site().get(studioLink.substring(previewUrl.length() - 1)).status())
                .as("the hand-off of a disabled user")
                .isEqualTo(403);

        as("admin", () -> {
            users.setEnabled("preview-keeper", true);
            return null;
        });
        assertThat(site().get("/", "Cookie", cookie).status())
                .as("checked on each request")
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void aPreviewExposesOnlyWhatItsPagesShow() {
        ApiClient signedIn = admin.at(previewUrl);
        assertThat(signedIn.get("/api/content?type=menuItem").status()).isEqualTo(404);
        assertThat(signedIn.get("/api/content?id=" + UUID.randomUUID()).status())
                .isEqualTo(404);
        var search = signedIn.get("/api/search?q=coffee");
        assertThat(search.status()).isEqualTo(200);
        search.json()
                .path("results")
                .forEach(result -> assertThat(result.path("path").asString()).startsWith("/"));
    }

    @Test
    @Order(4)
    void forwardingHeadersFromTheClientDoNotReachTheSite() {
        var page = admin.at(previewUrl).get("/", "X-Forwarded-Host", "evil.example");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("evil.example");
    }

    @Test
    @Order(5)
    void theGatewaysPagesSayWhatHappenedWithoutInternals() throws Exception {
        var anonymous = site().get("/menu");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("This preview is private");
        assertWithoutInternals(anonymous.body());
        assertWithoutInternals(site().get("/?sitewright-ticket=forged.ticket").body());

        // A server that cannot start: its build output is gone.
        String label = "preview-" + previewId;
        Path buildDir = previewJobs
                .builtSite(UUID.fromString(previewId), label, SiteKind.PREVIEW)
                .orElseThrow()
                .buildDir();
        pool.stop(label, "a test took its build away");
        Path next = buildDir.resolve(".next");
        Path away = buildDir.resolve(".next-away");
        Files.move(next, away);
        try {
            var failed = admin.at(previewUrl).get("/");
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.body()).contains("This site could not start");
            assertThat(failed.body())
                    .doesNotContain("exited", "code", buildDir.getFileName().toString());
            assertWithoutInternals(failed.body());
        } finally {
            Files.move(away, next);
        }
        assertThat(admin.at(previewUrl).get("/").status()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void aPreviewRemovedForGoodRevokesItsShareLinks() {
        var share = admin.post("/api/v1/projects/" + projectId + "/previews/" + previewId + "/share", Map.of());
        String shareId = share.json().path("id").asString();
        assertThat(admin.get(shares).json().findValuesAsString("state")).contains("active");

        previewJobs.expireOld(UUID.fromString(projectId), 0, Set.of());

        assertThat(admin.get("/api/v1/projects/" + projectId + "/previews/" + previewId)
                        .json()
                        .path("state")
                        .asString())
                .isEqualTo("expired");
        JsonNode listed = admin.get(shares).json();
        assertThat(listed.findValuesAsString("state")).containsOnly("revoked");
        assertThat(listed.findValuesAsString("id")).contains(shareId);
    }

    private ApiClient site() {
        return ApiClient.anonymous(port).at(previewUrl);
    }

    /** No stack trace, exception text, file path or ID on a page anonymous visitors can see. */
    private void assertWithoutInternals(String body) {
        assertThat(body)
                .doesNotContain(
                        "Exception",
                        "\tat ",
                        "/tmp/",
                        "/home/",
                        "/work/",
                        "/var/",
                        previewId,
                        projectId,
                        "sitewright.",
                        "preview-");
        assertThat(UUID_TEXT.matcher(body).find())
                .as("a UUID on the page: " + body)
                .isFalse();
    }

    private <T> T as(String username, Supplier<T> action) {
        var principal = (StudioPrincipal) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
