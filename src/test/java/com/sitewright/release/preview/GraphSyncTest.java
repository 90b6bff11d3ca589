package com.sitewright.release.preview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sitewright.cms.VendorKeys;
import com.sitewright.content.ItemIdentity;
import com.sitewright.support.FakeOptimizelyGraph;
import com.sitewright.support.FakeOptimizelyGraph.Doc;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphSyncTest {

    final FakeOptimizelyGraph graph = new FakeOptimizelyGraph("single", "app", "secret");
    final WireMockServer server =
            new WireMockServer(options().dynamicPort().disableRequestJournal().extensions(graph));
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server.start();
        server.stubFor(
                post(urlPathEqualTo("/content/v2")).willReturn(aResponse().withTransformers(FakeOptimizelyGraph.NAME)));
        graph.defineType("MenuItem", Map.of("name", "string"));
        graph.defineType("Event", Map.of("name", "string"));
    }

    @AfterEach
    void stop() {
        server.stop();
        http.close();
    }

    @Test
    void anItemIsShownOnceGraphHasItsNewestVersionUnderTheStudiosTitle() throws Exception {
        ItemIdentity espresso = item("menuItem", "Espresso");
        ItemIdentity latte = item("menuItem", "Latte");
        ItemIdentity tasting = item("event", "Cupping evening");
        graph.add(doc("MenuItem", espresso.id(), "Espresso", "Published"));
        graph.add(doc("MenuItem", latte.id(), "Caffe latte", "Published"));
        graph.add(doc("MenuItem", latte.id(), "Old latte", "Previous"));
        GraphSync sync = sync("app", "secret");

        assertThat(sync.missing(List.of(espresso, latte, tasting))).containsExactly(latte, tasting);

        graph.add(doc("MenuItem", latte.id(), "Latte", "Draft"));
        graph.add(doc("Event", tasting.id(), "Cupping evening", "Draft"));
        assertThat(sync.missing(List.of(espresso, latte, tasting))).isEmpty();
        assertThat(graph.seen()).noneMatch(FakeOptimizelyGraph.Seen::singleKey);
    }

    @Test
    void pastTenThousandHitsItReadsWithACursor() throws Exception {
        List<ItemIdentity> items = new ArrayList<>();
        for (int i = 0; i < 10_020; i++) {
            ItemIdentity item = new ItemIdentity(
                    UUID.nameUUIDFromBytes(("item" + i).getBytes(StandardCharsets.UTF_8)),
                    "menuItem",
                    "item-" + i,
                    "Item " + i);
            items.add(item);
            if (i != 10_019) {
                graph.add(doc("MenuItem", item.id(), item.title(), "Published"));
            }
        }
        assertThat(sync("app", "secret").missing(items)).containsExactly(items.getLast());
        assertThat(graph.seen()).anyMatch(seen -> seen.arguments().containsKey("cursor"));
    }

    @Test
    void refusedCredentialsAreAnErrorNotAnEmptyAnswer() {
        assertThatThrownBy(() -> sync("app", "wrong").missing(List.of(item("menuItem", "Espresso"))))
                .isInstanceOf(GraphSync.RefusedException.class)
                .hasMessageContaining("401")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void onlyOptimizelyHasASyncDelayToWaitFor() {
        assertThat(GraphSync.forSite(http, Map.of("SITEWRIGHT_CMS", "contentful")))
                .isEmpty();
    }

    private GraphSync sync(String appKey, String secret) {
        return GraphSync.forSite(
                        http,
                        Map.of(
                                "SITEWRIGHT_CMS",
                                "optimizely",
                                "OPTIMIZELY_GRAPH_URL",
                                server.baseUrl(),
                                "OPTIMIZELY_GRAPH_APP_KEY",
                                appKey,
                                "OPTIMIZELY_GRAPH_SECRET",
                                secret,
                                "OPTIMIZELY_LOCALE",
                                "en"))
                .orElseThrow();
    }

    private static ItemIdentity item(String type, String title) {
        return new ItemIdentity(UUID.randomUUID(), type, title.toLowerCase().replace(' ', '-'), title);
    }

    private static Doc doc(String type, UUID id, String title, String status) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("key", VendorKeys.optimizelyContent(id));
        meta.put("locale", "en");
        meta.put("displayName", title);
        meta.put("status", status);
        return new Doc(type, meta, Map.of("name", title));
    }
}
