package com.sitewright.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, times and durations read across the studio. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private Formats() {}

    public static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** US dollars: cents from a dollar up, four decimals below (model calls cost fractions of a cent). */
    public static String usd(BigDecimal amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        int scale = value.abs().compareTo(BigDecimal.ONE) >= 0 || value.signum() == 0 ? 2 : 4;
        return "$" + String.format(Locale.ENGLISH, "%,." + scale + "f", value.setScale(scale, RoundingMode.HALF_UP));
    }

    /** File sizes: bytes, then KB and MB with one decimal. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 60_000) {
            return String.format(Locale.ENGLISH, "%.1f s", millis / 1000.0);
        }
        return String.format(Locale.ENGLISH, "%d min %02d s", millis / 60_000, (millis / 1000) % 60);
    }
}
