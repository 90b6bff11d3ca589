package com.sitewright.cms.ui;

import com.sitewright.cms.connection.CmsConnectionView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Where the pushed content opens in the vendor's own editor, derived from the connection's settings. */
record VendorLink(String label, String url) {

    private static final String OPTIMIZELY_HOME = "https://app.optimizely.com";

    static Optional<VendorLink> of(CmsConnectionView connection) {
        if (connection == null) {
            return Optional.empty();
        }
        var settings = connection.settings();
        return switch (connection.provider()) {
            case "optimizely" -> Optional.of(new VendorLink("Open in Optimizely", optimizely(settings.get("cmsUrl"))));
            case "contentful" ->
                Optional.ofNullable(settings.get("spaceId"))
                        .map(space -> new VendorLink(
                                "Open in Contentful",
                                "https://app.contentful.com/spaces/" + encode(space) + "/environments/"
                                        + encode(settings.getOrDefault("environment", "master")) + "/entries"));
            case "sanity" ->
                Optional.ofNullable(settings.get("projectId"))
                        .map(project -> new VendorLink(
                                "Open in Sanity", "https://www.sanity.io/manage/project/" + encode(project)));
            default -> Optional.empty();
        };
    }

    /**
     * The shared API host ({@code api.cms.optimizely.com}) does not say which instance holds the content, so the link
     * goes to Optimizely's home, which lists the user's instances; an instance's own host opens that instance.
     */
    private static String optimizely(String cmsUrl) {
        if (cmsUrl == null) {
            return OPTIMIZELY_HOME;
        }
        try {
            String host = URI.create(cmsUrl).getHost();
            if (host != null) {
                String lower = host.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".cms.optimizely.com") && !lower.equals("api.cms.optimizely.com")) {
                    return "https://" + lower + "/";
                }
            }
        } catch (IllegalArgumentException e) {
            // A saved URL is checked on save; an odd one still gets the general link.
        }
        return OPTIMIZELY_HOME;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
