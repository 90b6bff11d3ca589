package com.sitewright.release.hosting;

import static com.sitewright.support.SiteBuilds.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sitewright.site.NodeToolchain;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import com.sitewright.support.SiteBuilds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Builds are rendered with a preview token and production serves them as they are, so a production
 * server must never answer with what its build rendered: a rollback to an older build shows nothing
 * unpublished or deleted since, and a server that cannot expire its build-time pages is not served.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionServesPublishedOnlyIT {

    @LocalServerPort
    int port;

    @Autowired
    SiteServerPool pool;

    ApiClient admin;
    String projectId;
    String liveUrl;
    JsonNode unpublished;
    JsonNode deleted;
    JsonNode kept;

    @BeforeAll
    void generateProject() {
        assumeTrue(NodeToolchain.available(), "node and npm are not installed: skipping previews");
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createWithSource(admin, "Build me a coffee shop website");
    }

    @Test
    @Order(1)
    void aRollbackShowsNothingUnpublishedOrDeletedSinceItsBuild() {
        String first = SiteBuilds.approve(
                admin,
                projectId,
                SiteBuilds.buildPreview(admin, projectId).path("id").asString());
        liveUrl = SiteBuilds.awaitDeployment(admin, projectId, first, "live")
                .path("url")
                .asString();
        ApiClient live = ApiClient.anonymous(port).at(liveUrl);

        // Items the listing's first page shows, so their absence from it later means something.
        JsonNode any = published(1).get(0);
        String listingPath = any.path("path")
                .asString()
                .substring(0, any.path("path").asString().lastIndexOf('/'));
        String listing = live.get(listingPath).body();
        List<JsonNode> shown = new ArrayList<>();
        for (JsonNode item : published(100)) {
            if (listing.contains(html(item.path("title").asString())) && shown.size() < 3) {
                shown.add(item);
            }
        }
        assertThat(shown).as("published items on " + listingPath).hasSize(3);
        unpublished = shown.get(0);
        deleted = shown.get(1);
        kept = shown.get(2);
        for (JsonNode item : shown) {
            var page = live.get(item.path("path").asString());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(html(item.path("title").asString()));
        }
        assertThat(live.get("/sitemap.xml").body())
                .contains(
                        unpublished.path("path").asString(),
                        deleted.path("path").asString());

        String items = "/api/v1/projects/" + projectId + "/items/";
        var deleting = admin.delete(items + deleted.path("id").asString());
        assertThat(deleting.status()).as(deleting.body()).isIn(200, 204);

        // Approving publishes all content, so the unpublishing comes after the second deployment.
        String second = SiteBuilds.approve(
                admin,
                projectId,
                SiteBuilds.buildPreview(admin, projectId).path("id").asString());
        SiteBuilds.awaitDeployment(admin, projectId, second, "live");
        assertThat(live.get(deleted.path("path").asString()).status()).isEqualTo(404);
        var unpublishing = admin.post(items + unpublished.path("id").asString() + "/unpublish", "");
        assertThat(unpublishing.status()).as(unpublishing.body()).isEqualTo(200);

        var rollback = admin.post("/api/v1/projects/" + projectId + "/deployments/" + first + "/rollback", "");
        assertThat(rollback.status()).as(rollback.body()).isEqualTo(202);
        SiteBuilds.awaitDeployment(admin, projectId, first, "live");
        // The first build rendered both items as published: none of that may be served now, not even once.
        assertGone(live, listingPath);
    }

    @Test
    @Order(2)
    void aProductionServerThatCannotExpireItsBuildTimePagesIsNotServed() {
        String label = "site-" + projectId;
        pool.stop(label, "stopped by the test");
        pool.startRevalidationSecret = "not-the-servers-secret";
        try {
            var refused =
                    ApiClient.anonymous(port).at(liveUrl).get(kept.path("path").asString());
            assertThat(refused.status()).isEqualTo(503);
            // Why stays in the studio's log: the public page says what happened in words.
            assertThat(refused.body())
                    .contains("could not start")
                    .doesNotContain(html(kept.path("title").asString()));
            assertThat(pool.running(label))
                    .as("no server is left answering for " + label)
                    .isEmpty();
        } finally {
            pool.startRevalidationSecret = null;
        }

        // The next request tries again.
        ApiClient live = ApiClient.anonymous(port).at(liveUrl);
        var page = live.get(kept.path("path").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(html(kept.path("title").asString()));
        assertThat(live.get(unpublished.path("path").asString()).status()).isEqualTo(404);
    }

    private void assertGone(ApiClient live, String listingPath) {
        for (JsonNode item : List.of(unpublished, deleted)) {
            String path = item.path("path").asString();
            String title = html(item.path("title").asString());
            var page = live.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain(title);
            assertThat(live.get(path, "RSC", "1").body())
                    .as("the client-side navigation data of " + path)
                    .doesNotContain(title);
            assertThat(live.get(listingPath).body()).as(listingPath).doesNotContain(title);
            assertThat(live.get("/sitemap.xml").body()).as("the sitemap").doesNotContain(path);
        }
        var page = live.get(kept.path("path").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(html(kept.path("title").asString()));
    }

    private JsonNode published(int size) {
        return admin.get("/api/v1/projects/" + projectId + "/items?type=menuItem&status=published&size=" + size)
                .json()
                .path("items");
    }
}
