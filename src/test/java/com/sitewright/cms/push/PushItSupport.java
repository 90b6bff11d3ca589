package com.sitewright.cms.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sitewright.support.ApiClient;
import com.sitewright.support.Projects;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A coffee shop with two photos in its library (one chosen for an item's image field), and the calls a push test
 * makes through the studio's API: connect, start, wait, pick and edit items, measure the request rate.
 */
final class PushItSupport {

    final ApiClient admin;
    final String project;
    final String pushes;
    final int studioItems;
    final int studioTypes;
    final int studioPublished;
    final String photoItem;
    final String photoField;
    private final Map<String, Integer> taken = new HashMap<>();

    PushItSupport(int port, String prompt) throws IOException {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        project = Projects.createAndAwait(admin, prompt);
        pushes = "/api/v1/projects/" + project + "/cms-pushes";
        studioTypes = admin.get("/api/v1/projects/" + project + "/content-types")
                .json()
                .size();
        studioItems = admin.get("/api/v1/projects/" + project + "/items?size=1")
                .json()
                .path("total")
                .asInt();
        studioPublished = admin.get("/api/v1/projects/" + project + "/items?size=1&status=published")
                .json()
                .path("total")
                .asInt();

        JsonNode latte = upload("latte.png", new Color(0xC0, 0x8B, 0x5C));
        upload("beans.png", new Color(0x4B, 0x2E, 0x1E));
        String item = null;
        String field = null;
        for (JsonNode type :
                admin.get("/api/v1/projects/" + project + "/content-types").json()) {
            for (JsonNode candidate : type.path("fields")) {
                if (item == null && candidate.path("type").asString().equals("asset")) {
                    JsonNode found = admin.get("/api/v1/projects/" + project + "/items?size=1&type="
                                    + type.path("key").asString())
                            .json()
                            .path("items")
                            .path(0);
                    if (found.isMissingNode()) {
                        continue;
                    }
                    JsonNode full = admin.get("/api/v1/projects/" + project + "/items/"
                                    + found.path("id").asString())
                            .json();
                    ObjectNode data = (ObjectNode) full.path("data").deepCopy();
                    data.putObject(candidate.path("key").asString())
                            .put("assetId", latte.path("id").asString())
                            .put("url", latte.path("url").asString())
                            .put("alt", "A latte with leaf art");
                    var saved = admin.put(
                            "/api/v1/projects/" + project + "/items/"
                                    + full.path("id").asString(),
                            Map.of("data", data, "version", full.path("version").asLong()));
                    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
                    item = full.path("id").asString();
                    field = candidate.path("key").asString();
                }
            }
        }
        assertThat(item).as("the coffee shop has a type with an image field").isNotNull();
        photoItem = item;
        photoField = field;
    }

    void connect(String provider, Map<String, String> settings) {
        var saved = admin.put(
                "/api/v1/projects/" + project + "/cms-connection", Map.of("provider", provider, "settings", settings));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    JsonNode start(Map<String, Object> body) {
        var started = admin.post(pushes, body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().path("state").asString()).isIn("queued", "running");
        return started.json();
    }

    JsonNode finished(JsonNode push) {
        String url = pushes + "/" + push.path("id").asString();
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    last[0] = admin.get(url).json();
                    return last[0].path("state").asString().equals("succeeded")
                            || last[0].path("state").asString().equals("failed");
                });
        return last[0];
    }

    JsonNode push(Map<String, Object> body) {
        return finished(start(body));
    }

    JsonNode retry(JsonNode push) {
        var retry = admin.post(pushes + "/" + push.path("id").asString() + "/retry", Map.of());
        assertThat(retry.status()).as(retry.body()).isEqualTo(202);
        return finished(retry.json());
    }

    /** An item of that status not used by an earlier test. */
    JsonNode someItem(String status) {
        int skip = taken.merge(status, 1, Integer::sum);
        int total = admin.get("/api/v1/projects/" + project + "/items?size=1&status=" + status)
                .json()
                .path("total")
                .asInt();
        assertThat(total).as("items of status " + status).isGreaterThan(skip);
        // Spread over the list, and never the same item twice while there are enough.
        int page = skip * 7 < total ? skip * 7 : skip;
        JsonNode items = admin.get("/api/v1/projects/" + project + "/items?size=1&sort=title,asc&status=" + status
                        + "&page=" + page)
                .json()
                .path("items");
        assertThat(items.size()).isEqualTo(1);
        return admin.get("/api/v1/projects/" + project + "/items/"
                        + items.path(0).path("id").asString())
                .json();
    }

    /** Changes the item's first plain text field (not its slug); answers the field's key. */
    String edit(JsonNode item) {
        JsonNode types =
                admin.get("/api/v1/projects/" + project + "/content-types").json();
        String field = null;
        for (JsonNode candidate : types) {
            if (candidate.path("key").asString().equals(item.path("type").asString())) {
                for (JsonNode f : candidate.path("fields")) {
                    if (field == null && f.path("type").asString().equals("longText")
                            || field == null
                                    && f.path("type").asString().equals("text")
                                    && f.path("validations").path("maxLength").asInt(1000) > 40
                                    && f.path("validations").path("pattern").isMissingNode()
                                    && f.path("validations")
                                            .path("allowedValues")
                                            .isMissingNode()) {
                        field = f.path("key").asString();
                    }
                }
            }
        }
        assertThat(field).as("a text field on " + item.path("type").asString()).isNotNull();
        ObjectNode data = (ObjectNode) item.path("data").deepCopy();
        String before = data.path(field).asString("");
        data.put(field, (before.length() > 20 ? before.substring(0, 20) : before) + " (pushed edit)");
        var saved = admin.put(
                "/api/v1/projects/" + project + "/items/" + item.path("id").asString(),
                Map.of("data", data, "version", item.path("version").asLong()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return field;
    }

    private JsonNode upload(String name, Color colour) throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 40, 30);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        var uploaded =
                admin.post("/api/v1/projects/" + project + "/assets?fileName=" + name, "image/png", out.toByteArray());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json();
    }

    /** The most requests that started within any one second. */
    static int mostInOneSecond(List<Long> times) {
        int most = 0;
        int from = 0;
        for (int to = 0; to < times.size(); to++) {
            while (times.get(to) - times.get(from) >= 1000) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }
}
