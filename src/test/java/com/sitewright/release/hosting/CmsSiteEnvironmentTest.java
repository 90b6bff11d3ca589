package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.connection.OpenConnection;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CmsSiteEnvironmentTest {

    private static final OpenConnection OPTIMIZELY = new OpenConnection(
            CmsProvider.OPTIMIZELY,
            Map.of(
                    "graphUrl",
                    "http://127.0.0.1:9/graph",
                    "locale",
                    "nl-BE",
                    "clientId",
                    "client",
                    "graphAppKey",
                    "app"),
            Map.of("clientSecret", "cms-secret", "graphSingleKey", "single-key", "graphSecret", "graph-secret"));

    @Test
    void optimizelyPreviewsReadDraftsWithTheAppKeyAndProductionPublishedContentWithTheSingleKey() {
        Map<String, String> preview = CmsSiteEnvironment.variables(OPTIMIZELY, SiteKind.PREVIEW);
        assertThat(preview)
                .containsEntry("SITEWRIGHT_CMS", "optimizely")
                .containsEntry("SITEWRIGHT_CMS_VIEW", "draft")
                .containsEntry("OPTIMIZELY_GRAPH_URL", "http://127.0.0.1:9/graph")
                .containsEntry("OPTIMIZELY_LOCALE", "nl-BE")
                .containsEntry("OPTIMIZELY_GRAPH_APP_KEY", "app")
                .containsEntry("OPTIMIZELY_GRAPH_SECRET", "graph-secret")
                .doesNotContainKey("OPTIMIZELY_GRAPH_SINGLE_KEY");

        Map<String, String> production = CmsSiteEnvironment.variables(OPTIMIZELY, SiteKind.PRODUCTION);
        assertThat(production)
                .containsEntry("SITEWRIGHT_CMS_VIEW", "published")
                .containsEntry("OPTIMIZELY_GRAPH_SINGLE_KEY", "single-key")
                .doesNotContainKeys("OPTIMIZELY_GRAPH_APP_KEY", "OPTIMIZELY_GRAPH_SECRET");
        // The push's credentials never reach a site, nor does anything a browser could read.
        assertThat(preview.values()).doesNotContain("cms-secret", "client");
        assertThat(production.values()).doesNotContain("cms-secret", "client");
        assertThat(preview.keySet()).noneMatch(name -> name.startsWith("NEXT_PUBLIC"));
    }

    @Test
    void aPreviewWithoutDraftCredentialsFailsSayingWhatToAdd() {
        OpenConnection published = new OpenConnection(
                CmsProvider.OPTIMIZELY,
                Map.of("clientId", "client"),
                Map.of("clientSecret", "s", "graphSingleKey", "single-key"));
        assertThatThrownBy(() -> CmsSiteEnvironment.variables(published, SiteKind.PREVIEW))
                .isInstanceOf(SiteStartException.class)
                .hasMessageContaining("graphAppKey and graphSecret")
                .hasMessageNotContaining("single-key");
        assertThat(CmsSiteEnvironment.variables(published, SiteKind.PRODUCTION))
                .containsEntry("OPTIMIZELY_GRAPH_URL", "https://cg.optimizely.com")
                .containsEntry("OPTIMIZELY_LOCALE", "en");
    }

    @Test
    void contentfulUsesThePreviewApiForPreviewsAndTheDeliveryApiForProduction() {
        OpenConnection contentful = new OpenConnection(
                CmsProvider.CONTENTFUL,
                Map.of(
                        "spaceId",
                        "space1",
                        "environment",
                        "staging",
                        "previewUrl",
                        "http://127.0.0.1:9/cpa",
                        "deliveryUrl",
                        "http://127.0.0.1:9/cda",
                        "locale",
                        "de-DE"),
                Map.of("managementToken", "cma", "deliveryToken", "cda-token", "previewToken", "cpa-token"));
        assertThat(CmsSiteEnvironment.variables(contentful, SiteKind.PREVIEW))
                .containsEntry("CONTENTFUL_PREVIEW_URL", "http://127.0.0.1:9/cpa")
                .containsEntry("CONTENTFUL_PREVIEW_TOKEN", "cpa-token")
                .containsEntry("CONTENTFUL_ENVIRONMENT", "staging")
                .doesNotContainKey("CONTENTFUL_DELIVERY_TOKEN")
                .doesNotContainValue("cma");
        assertThat(CmsSiteEnvironment.variables(contentful, SiteKind.PRODUCTION))
                .containsEntry("CONTENTFUL_DELIVERY_URL", "http://127.0.0.1:9/cda")
                .containsEntry("CONTENTFUL_DELIVERY_TOKEN", "cda-token")
                .containsEntry("CONTENTFUL_LOCALE", "de-DE")
                .doesNotContainKey("CONTENTFUL_PREVIEW_TOKEN");
    }

    @Test
    void sanityGetsItsApiAddressWithTheProjectFilledIn() {
        OpenConnection sanity = new OpenConnection(
                CmsProvider.SANITY,
                Map.of(
                        "projectId",
                        "abc123",
                        "dataset",
                        "site",
                        "apiVersion",
                        "2025-02-19",
                        "apiUrl",
                        "https://{projectId}.api.sanity.io"),
                Map.of("token", "sanity-token"));
        assertThat(CmsSiteEnvironment.variables(sanity, SiteKind.PREVIEW))
                .containsEntry("SANITY_API_URL", "https://abc123.api.sanity.io")
                .containsEntry("SANITY_DATASET", "site")
                .containsEntry("SANITY_TOKEN", "sanity-token")
                .containsEntry("SITEWRIGHT_CMS_VIEW", "draft");
    }
}
