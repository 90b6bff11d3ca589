package com.sitewright.generation.blueprint;

import java.time.Instant;
import java.time.LocalDate;

/** An item's dates and times, drawn from its random, and the arithmetic on the ISO strings items hold. */
final class ItemDates {

    /**
     * Year ranges describe the past (publication, review, release dates), so they end at a fixed
     * "content as of" day rather than today: the copy stays deterministic and never dated ahead.
     */
    static final LocalDate CONTENT_AS_OF = LocalDate.of(2026, 10, 31);

    private ItemDates() {}

    static LocalDate localDate(ItemContext ctx, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return LocalDate.ofEpochDay(from.toEpochDay() + (long) (ctx.random().nextDouble() * (days + 1)));
    }

    static String date(ItemContext ctx, LocalDate from, LocalDate to) {
        return localDate(ctx, from, to).toString();
    }

    static String date(ItemContext ctx, int fromYear, int toYear) {
        return date(ctx, LocalDate.of(fromYear, 1, 1), yearEnd(toYear));
    }

    /** An ISO-8601 instant on a quarter hour during opening hours, e.g. 2026-03-14T09:30:00Z. */
    static String dateTime(ItemContext ctx, LocalDate from, LocalDate to) {
        return dateTimeOn(localDate(ctx, from, to), ctx.between(8, 20), 15 * ctx.between(0, 3));
    }

    static String dateTime(ItemContext ctx, int fromYear, int toYear) {
        return dateTime(ctx, LocalDate.of(fromYear, 1, 1), yearEnd(toYear));
    }

    static String dateTimeOn(LocalDate day, int hour, int minute) {
        return day + "T" + (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute + ":00Z";
    }

    static String plusMinutes(String instant, int minutes) {
        return Instant.parse(instant).plusSeconds(60L * minutes).toString();
    }

    private static LocalDate yearEnd(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(CONTENT_AS_OF) ? CONTENT_AS_OF : end;
    }
}
