package com.sitewright.cms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.cms.connection.CmsConnectionView;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VendorLinkTest {

    @Test
    void contentfulOpensTheEntriesOfTheSpaceAndEnvironment() {
        var link = VendorLink.of(connection("contentful", Map.of("spaceId", "abc123", "environment", "staging")));
        assertThat(link).hasValueSatisfying(value -> {
            assertThat(value.url()).isEqualTo("https://app.contentful.com/spaces/abc123/environments/staging/entries");
            assertThat(value.label()).isEqualTo("Open in Contentful");
        });
    }

    @Test
    void sanityOpensTheProject() {
        assertThat(VendorLink.of(connection("sanity", Map.of("projectId", "p1x9", "dataset", "production"))))
                .hasValueSatisfying(
                        value -> assertThat(value.url()).isEqualTo("https://www.sanity.io/manage/project/p1x9"));
    }

    @Test
    void optimizelyOpensTheInstanceWhenItsHostSaysWhichOtherwiseTheHome() {
        assertThat(VendorLink.of(connection("optimizely", Map.of("cmsUrl", "https://api.cms.optimizely.com"))))
                .hasValueSatisfying(value -> assertThat(value.url()).isEqualTo("https://app.optimizely.com"));
        assertThat(VendorLink.of(connection("optimizely", Map.of("cmsUrl", "https://app-abc123.cms.optimizely.com"))))
                .hasValueSatisfying(
                        value -> assertThat(value.url()).isEqualTo("https://app-abc123.cms.optimizely.com/"));
        assertThat(VendorLink.of(connection("optimizely", Map.of("cmsUrl", "http://localhost:8089"))))
                .hasValueSatisfying(value -> assertThat(value.url()).isEqualTo("https://app.optimizely.com"));
    }

    @Test
    void noConnectionNoLink() {
        assertThat(VendorLink.of(null)).isEmpty();
    }

    private static CmsConnectionView connection(String provider, Map<String, String> settings) {
        return new CmsConnectionView(provider, settings, Instant.now());
    }
}
