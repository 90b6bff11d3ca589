package com.sitewright.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** After generation the studio commits the site's source; the API lists commits and serves the zip. */
@IntegrationTest
class SourceApiIT {

    @LocalServerPort
    int port;

    @Test
    void generationCommitsTheSiteSourceAndItemsKnowTheirPaths() throws Exception {
        var admin = ApiClient.basic(port, "admin", "admin-test-password");
        String id = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");

        JsonNode commits = awaitCommits(admin, id);
        assertThat(commits.get(0).path("message").asString()).startsWith("Generate site from the content model");
        assertThat(commits.get(0).path("id").asString()).hasSize(40);

        Set<String> files = zipEntries(id);
        assertThat(files)
                .anyMatch(name -> name.endsWith("/package.json"))
                .anyMatch(name -> name.endsWith("/app/layout.tsx"))
                .anyMatch(name -> name.endsWith("/lib/cms/studio.ts"))
                .noneMatch(name -> name.contains("node_modules"));

        JsonNode menuItem = admin.get("/api/v1/projects/" + id + "/items?type=menuItem&size=1")
                .json()
                .path("items")
                .get(0);
        assertThat(menuItem.path("path").asString())
                .startsWith("/")
                .endsWith("/" + menuItem.path("slug").asString());
        JsonNode hero = admin.get("/api/v1/projects/" + id + "/items?type=hero&size=1")
                .json()
                .path("items")
                .get(0);
        assertThat(hero.path("path").isNull()).isTrue();

        var other = ApiClient.basic(port, "admin", "admin-test-password");
        assertThat(other.get("/api/v1/projects/" + java.util.UUID.randomUUID() + "/commits")
                        .status())
                .isEqualTo(404);
    }

    private static JsonNode awaitCommits(ApiClient api, String id) throws InterruptedException {
        return await("a source commit")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            var response = api.get("/api/v1/projects/" + id + "/commits");
                            assertThat(response.status()).isEqualTo(200);
                            return response.json();
                        },
                        commits -> !commits.isEmpty());
    }

    private Set<String> zipEntries(String id) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/projects/" + id + "/source.zip"))
                                .header("Authorization", "Basic " + auth)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains(".zip");
        Set<String> names = new HashSet<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
