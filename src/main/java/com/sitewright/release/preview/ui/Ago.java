package com.sitewright.release.preview.ui;

import com.sitewright.base.ui.Formats;
import java.time.Duration;
import java.time.Instant;

/** "2 min ago": how recent a preview is, which matters more than its exact time when choosing one. */
final class Ago {

    private Ago() {}

    static String of(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        if (seconds < 45) {
            return "just now";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min ago";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h ago";
        }
        long days = hours / 24;
        if (days < 7) {
            return days == 1 ? "yesterday" : days + " days ago";
        }
        return Formats.dateTime(then);
    }
}
