package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SiteEvictionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void theLeastRecentlyUsedPreviewsMakeRoomAndProductionIsNeverStopped() {
        var a = running("preview-a", SiteKind.PREVIEW, 30);
        var b = running("preview-b", SiteKind.PREVIEW, 5);
        var c = running("preview-c", SiteKind.PREVIEW, 60);
        var live = running("site-x", SiteKind.PRODUCTION, 600);

        assertThat(SiteEviction.toMakeRoom(List.of(a, b, c, live), 3))
                .extracting(site -> site.site().label())
                .containsExactly("preview-c");
        assertThat(SiteEviction.toMakeRoom(List.of(a, b, c, live), 2))
                .extracting(site -> site.site().label())
                .containsExactly("preview-c", "preview-a");
        assertThat(SiteEviction.toMakeRoom(List.of(a, live), 3)).isEmpty();
        assertThat(SiteEviction.toMakeRoom(List.of(a, b), 0))
                .as("at least one preview may run")
                .hasSize(2);
    }

    @Test
    void onlyPreviewsUnusedSinceTheCutoffAreIdle() {
        var fresh = running("preview-fresh", SiteKind.PREVIEW, 60);
        var old = running("preview-old", SiteKind.PREVIEW, 3600);
        var live = running("site-x", SiteKind.PRODUCTION, 7200);

        assertThat(SiteEviction.idle(List.of(fresh, old, live), NOW.minusSeconds(1800)))
                .extracting(site -> site.site().label())
                .containsExactly("preview-old");
    }

    @Test
    void pathTricksAreRefused() {
        assertThat(SiteGateway.safePath("/menu-items/latte")).isTrue();
        assertThat(SiteGateway.safePath("/search?q=a+b")).isTrue();
        assertThat(SiteGateway.safePath("//evil.example/")).isFalse();
        assertThat(SiteGateway.safePath("/%2f%2fevil.example")).isFalse();
        assertThat(SiteGateway.safePath("/a/../../etc/passwd")).isFalse();
        assertThat(SiteGateway.safePath("/a/%2e%2e/b")).isFalse();
        assertThat(SiteGateway.safePath("/a%5cb")).isFalse();
        assertThat(SiteGateway.safePath("/a%00b")).isFalse();
        assertThat(SiteGateway.safePath("/%zz")).isFalse();
        assertThat(SiteGateway.safePath("relative")).isFalse();
    }

    private static SiteServerPool.RunningSite running(String label, SiteKind kind, long idleSeconds) {
        return new SiteServerPool.RunningSite(
                new HostedSite(label, UUID.randomUUID(), kind, Path.of("/tmp"), "b"),
                40000,
                1,
                NOW.minusSeconds(7200),
                NOW.minusSeconds(idleSeconds));
    }
}
