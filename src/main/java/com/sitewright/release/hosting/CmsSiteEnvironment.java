package com.sitewright.release.hosting;

import com.sitewright.cms.connection.CmsConnections;
import com.sitewright.cms.connection.OpenConnection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a generated site's processes need to read a project's content from the user's CMS instead of the
 * studio's delivery API: the adapter to use ({@code SITEWRIGHT_CMS}), the view ({@code SITEWRIGHT_CMS_VIEW},
 * {@code draft} for preview builds and servers, {@code published} for production servers) and the
 * connection's addresses and read credentials for that view only. A production server never gets the
 * credentials that read drafts. These go to the site's own processes alone (never {@code NEXT_PUBLIC_},
 * so never into a browser bundle), and never into a log.
 */
@Component
public class CmsSiteEnvironment {

    private final CmsConnections connections;

    CmsSiteEnvironment(CmsConnections connections) {
        this.connections = connections;
    }

    /**
     * The variables for a site of the project, or empty when the project has no CMS connection (its site
     * keeps reading the studio's delivery API).
     *
     * @throws SiteStartException when the connection lacks what this kind of site needs, saying what to add
     */
    public Optional<Map<String, String>> forSite(UUID projectId, SiteKind kind) {
        return connections.open(projectId).map(connection -> variables(connection, kind));
    }

    static Map<String, String> variables(OpenConnection connection, SiteKind kind) {
        boolean draft = kind == SiteKind.PREVIEW;
        Map<String, String> env = new TreeMap<>();
        env.put("SITEWRIGHT_CMS", connection.provider().id());
        env.put("SITEWRIGHT_CMS_VIEW", draft ? "draft" : "published");
        switch (connection.provider()) {
            case OPTIMIZELY -> {
                env.put("OPTIMIZELY_GRAPH_URL", orDefault(connection.value("graphUrl"), "https://cg.optimizely.com"));
                env.put("OPTIMIZELY_LOCALE", orDefault(connection.value("locale"), "en"));
                if (draft) {
                    require(
                            connection,
                            List.of("graphAppKey", "graphSecret"),
                            "Optimizely",
                            "a preview, which shows drafts through Optimizely Graph's basic authentication");
                    env.put("OPTIMIZELY_GRAPH_APP_KEY", connection.value("graphAppKey"));
                    env.put("OPTIMIZELY_GRAPH_SECRET", connection.value("graphSecret"));
                } else {
                    require(
                            connection,
                            List.of("graphSingleKey"),
                            "Optimizely",
                            "a production site, which reads published content from Optimizely Graph");
                    env.put("OPTIMIZELY_GRAPH_SINGLE_KEY", connection.value("graphSingleKey"));
                }
            }
            case CONTENTFUL -> {
                env.put("CONTENTFUL_SPACE_ID", connection.value("spaceId"));
                env.put("CONTENTFUL_ENVIRONMENT", orDefault(connection.value("environment"), "master"));
                env.put("CONTENTFUL_LOCALE", orDefault(connection.value("locale"), "en-US"));
                if (draft) {
                    require(
                            connection,
                            List.of("previewToken"),
                            "Contentful",
                            "a preview, which reads drafts through the Content Preview API");
                    env.put(
                            "CONTENTFUL_PREVIEW_URL",
                            orDefault(connection.value("previewUrl"), "https://preview.contentful.com"));
                    env.put("CONTENTFUL_PREVIEW_TOKEN", connection.value("previewToken"));
                } else {
                    require(
                            connection,
                            List.of("deliveryToken"),
                            "Contentful",
                            "a production site, which reads published entries through the Content Delivery API");
                    env.put(
                            "CONTENTFUL_DELIVERY_URL",
                            orDefault(connection.value("deliveryUrl"), "https://cdn.contentful.com"));
                    env.put("CONTENTFUL_DELIVERY_TOKEN", connection.value("deliveryToken"));
                }
            }
            case SANITY -> {
                String projectId = connection.value("projectId");
                env.put("SANITY_PROJECT_ID", projectId);
                env.put("SANITY_DATASET", orDefault(connection.value("dataset"), "production"));
                env.put("SANITY_API_VERSION", orDefault(connection.value("apiVersion"), "2025-02-19"));
                env.put(
                        "SANITY_API_URL",
                        orDefault(connection.value("apiUrl"), "https://" + projectId + ".api.sanity.io")
                                .replace("{projectId}", projectId));
                // The connection's one token: drafts need it, and a private dataset needs it for published reads too.
                require(connection, List.of("token"), "Sanity", "a site that reads the dataset");
                env.put("SANITY_TOKEN", connection.value("token"));
            }
        }
        return env;
    }

    private static void require(OpenConnection connection, List<String> names, String vendor, String purpose) {
        List<String> missing =
                names.stream().filter(name -> isBlank(connection.value(name))).toList();
        if (!missing.isEmpty()) {
            throw new SiteStartException(
                    "The project's " + vendor + " connection has no " + String.join(" and ", missing)
                            + ", which " + purpose + " needs. Add " + (missing.size() == 1 ? "it" : "them")
                            + " to the CMS connection, then start the site again",
                    List.of());
        }
    }

    private static String orDefault(String value, String fallback) {
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
