package com.sitewright.release.preview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewState;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PreviewLabelsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void recentTimesReadAsAgo() {
        assertThat(Ago.of(NOW.minusSeconds(10), NOW)).isEqualTo("just now");
        assertThat(Ago.of(NOW.minus(Duration.ofMinutes(2)), NOW)).isEqualTo("2 min ago");
        assertThat(Ago.of(NOW.minus(Duration.ofHours(3)), NOW)).isEqualTo("3 h ago");
        assertThat(Ago.of(NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo("yesterday");
        assertThat(Ago.of(NOW.minus(Duration.ofDays(3)), NOW)).isEqualTo("3 days ago");
        assertThat(Ago.of(NOW.plusSeconds(5), NOW)).isEqualTo("just now");
    }

    @Test
    void previewOptionSaysNumberStateAgeAndCommit() {
        var preview = new PreviewInfo(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "abc12345def67890",
                "Generate site",
                PreviewState.READY,
                "build",
                null,
                NOW.minus(Duration.ofMinutes(2)),
                null,
                null,
                null);
        assertThat(PreviewToolbar.label(3, preview, NOW)).isEqualTo("#3 · ready · 2 min ago · commit abc12345");
    }

    @Test
    void devicesReadFromTheAddress() {
        assertThat(Device.of("mobile")).contains(Device.MOBILE);
        assertThat(Device.of("watch")).isEmpty();
        assertThat(Device.MOBILE.cssWidth()).isEqualTo("390px");
        assertThat(Device.TABLET.cssWidth()).isEqualTo("820px");
        assertThat(Device.DESKTOP.cssWidth()).isEqualTo("100%");
    }
}
