package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SiteServerLauncherTest {

    private static final UUID PROJECT = UUID.fromString("7f000000-0000-4000-8000-000000000001");
    private static final HostedSite SITE =
            new HostedSite("preview-a", PROJECT, SiteKind.PREVIEW, Path.of("/data/builds/b1"), "b1");

    @Test
    void withoutACmsConnectionTheServerReadsTheStudiosDeliveryApiWithItsOwnToken() {
        assertThat(SiteServerLauncher.environment(
                        SITE,
                        Optional.empty(),
                        "http://127.0.0.1:8080",
                        "swd_token",
                        "http://localhost:47100/",
                        "swr_secret"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "SITEWRIGHT_DELIVERY_URL", "http://127.0.0.1:8080",
                        "SITEWRIGHT_PROJECT_ID", PROJECT.toString(),
                        "SITEWRIGHT_DELIVERY_TOKEN", "swd_token",
                        "SITEWRIGHT_SITE_URL", "http://localhost:47100/",
                        "SITEWRIGHT_REVALIDATE_SECRET", "swr_secret"));
    }

    @Test
    void withACmsConnectionTheServerGetsNoStudioTokenOnlyTheCmsVariables() {
        var cms = Map.of("SITEWRIGHT_CMS", "contentful", "SITEWRIGHT_CMS_VIEW", "draft");

        assertThat(SiteServerLauncher.environment(
                        SITE,
                        Optional.of(cms),
                        "http://127.0.0.1:8080",
                        "swd_token",
                        "http://127.0.0.1:40001",
                        "swr_secret"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "SITEWRIGHT_CMS", "contentful",
                        "SITEWRIGHT_CMS_VIEW", "draft",
                        "SITEWRIGHT_SITE_URL", "http://127.0.0.1:40001",
                        "SITEWRIGHT_REVALIDATE_SECRET", "swr_secret"));
    }
}
