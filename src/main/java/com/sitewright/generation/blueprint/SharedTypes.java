package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Type shapes several industries need under their own names (locations, people, reviews, articles).
 * Each returns the builder so the industry can add its own fields.
 */
final class SharedTypes {

    static final List<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .toList();

    /** "Wine Dinner: March 2026": each event name once per month of 2026 and 2027. */
    static TitleSource monthly(List<String> names) {
        return TitleSource.combo(
                p -> p.get(0) + ": " + p.get(1) + " " + p.get(2), names, MONTHS, List.of("2026", "2027"));
    }

    /** A start time inside the month and year named by a {@link #monthly} title. */
    static String startInTitledMonth(ItemContext ctx, int fromHour, int toHour) {
        YearMonth month = YearMonth.of(Integer.parseInt(ctx.part(2)), MONTHS.indexOf(ctx.part(1)) + 1);
        LocalDate day = month.atDay(ctx.between(1, month.lengthOfMonth()));
        return ItemDates.dateTimeOn(day, ctx.between(fromHour, toHour), ctx.pick(List.of(0, 30)));
    }

    private SharedTypes() {}

    /** A physical place: shop, office or branch, named after its neighbourhood. */
    static TypeBuilder location(ModelBuilder m, String key, int count) {
        return m.data(key)
                .count(count)
                .aliases("location", "branch", "store", "site", "venue")
                .titles(TitleSource.fixed(
                        CommonVocabulary.BASE.list("neighborhood").stream().toList()))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .text("address")
                .required()
                .max(160)
                .from(ItemContext::streetAddress)
                .text("city")
                .required()
                .max(80)
                .text("postalCode")
                .max(12)
                .phone("phone")
                .fill(0.95)
                .email("email")
                .from(ctx -> ctx.email(ctx.slug().replace("-", "")))
                .json("openingHours")
                .required()
                .from(CommonTypes::openingHours)
                .number("latitude")
                .range(-90, 90)
                .fill(1.0)
                .from(ctx -> ctx.nearby()[0])
                .number("longitude")
                .range(-180, 180)
                .fill(1.0)
                .from(ctx -> ctx.nearby()[1])
                .bool("wheelchairAccessible")
                .from(ctx -> ctx.chance(0.8))
                .asset("photo");
    }

    /** A person shown on the site: author, chef, attorney, agent, team member. */
    static TypeBuilder person(ModelBuilder m, String key, int count, List<String> roles) {
        return m.data(key)
                .count(count)
                .aliases("person", "people", "team member", "staff")
                .titles(CommonTypes.people())
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .text("role")
                .required()
                .max(80)
                .from(ctx -> ctx.pick(roles))
                .longText("bio")
                .length(40, 1500)
                .from(SharedTypes::bio)
                .email("email")
                .from(ctx -> ctx.personalEmail(ctx.title()))
                .asset("portrait");
    }

    /** Two or three sentences from the industry's "bio" templates, which may use {first} for the first name. */
    private static String bio(ItemContext ctx) {
        StringBuilder bio = new StringBuilder();
        for (String template : ctx.pickDistinct("bio", ctx.between(2, 3))) {
            if (!bio.isEmpty()) {
                bio.append(' ');
            }
            bio.append(ctx.fill(template));
        }
        return bio.toString();
    }

    /**
     * A customer review, titled from the headlines. Needs vocabulary lists reviewPositive, reviewMixed and
     * reviewCritical; the headline sets the rating so the two always agree.
     */
    static TypeBuilder review(ModelBuilder m, String key, int count, List<Vocabulary.ReviewHeadline> headlines) {
        return m.data(key)
                .count(count)
                .aliases("review", "rating")
                .titles(TitleSource.combo(
                        p -> p.get(0, Vocabulary.ReviewHeadline.class).headline() + " — " + p.get(1) + " " + p.get(2)
                                + ".",
                        headlines,
                        CommonVocabulary.FIRST_NAMES,
                        List.of(
                                "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "O", "P", "R", "S",
                                "T", "V", "W")))
                .text("headline")
                .required()
                .max(120)
                .from(ctx -> ctx.part(0, Vocabulary.ReviewHeadline.class).headline())
                .text("reviewerName")
                .required()
                .max(80)
                .from(ctx -> ctx.part(1) + " " + ctx.part(2) + ".")
                .integer("rating")
                .required()
                .range(1, 5)
                .from(ctx -> ctx.part(0, Vocabulary.ReviewHeadline.class).rating())
                .longText("body")
                .required()
                .length(20, 1200)
                .from(SharedTypes::reviewBody)
                .date("publishedOn")
                .required()
                .from(ctx -> ctx.date(2023, 2026))
                .enumOf("source", "google", "tripadvisor", "yelp", "website", "trustpilot")
                .bool("verified")
                .from(ctx -> ctx.chance(0.7))
                .longText("ownerResponse")
                .max(600)
                .fill(0.3)
                .template(
                        "Thank you, {firstName}! We've passed your kind words on to the whole team.",
                        "Thanks so much for taking the time to write this. We hope to see you again soon.",
                        "We're sorry this visit didn't live up to your expectations. Please email us so we can put it right.",
                        "Thank you for the honest feedback — we've shared it with the team and are already making changes.");
    }

    private static String reviewBody(ItemContext ctx) {
        int rating = (Integer) ctx.value("rating");
        String list = rating >= 4 ? "reviewPositive" : rating == 3 ? "reviewMixed" : "reviewCritical";
        StringBuilder body = new StringBuilder();
        for (String template : ctx.pickDistinct(list, ctx.between(2, 3))) {
            if (!body.isEmpty()) {
                body.append(' ');
            }
            body.append(ctx.fill(template));
        }
        return body.toString();
    }

    /**
     * An editorial page: blog post, article, insight. The excerpt comes from the vocabulary list
     * {@code introList}, whose templates may use the title's parts ({1}: usually the topic), and
     * also opens the body so the text is about what the title says.
     */
    static TypeBuilder article(
            ModelBuilder m, String key, int count, TitleSource titles, String authorKey, String introList) {
        return m.page(key)
                .count(count)
                .aliases("post", "blog post", "article", "story", "blog")
                .titles(titles)
                .text("excerpt")
                .required()
                .max(300)
                .localized()
                .from(ctx -> Text.truncate(ctx.fill(ctx.pick(introList)), 300))
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(3, 6, (String) ctx.value("excerpt")))
                .reference("author", authorKey)
                .required()
                .dateTime("publishedAt")
                .required()
                .from(ctx -> ctx.dateTime(LocalDate.of(2023, 1, 9), LocalDate.of(2026, 6, 30)))
                .reference("heroImage", "image")
                .fill(0.9)
                .integer("readingMinutes")
                .range(1, 30)
                .from(ctx -> ctx.between(3, 12))
                .bool("featured")
                .from(ctx -> ctx.chance(0.1));
    }
}
