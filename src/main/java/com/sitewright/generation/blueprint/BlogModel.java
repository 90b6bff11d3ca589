package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.List;

/** An independent online magazine: articles, sections, tags, authors, series, newsletters and comments. */
final class BlogModel implements IndustryModel {

    /** The industry's words, read once from {@code blueprint/blog.json}. */
    record Words(
            List<String> categories,
            List<String> tagFirst,
            List<String> tagSecond,
            List<String> patterns,
            List<String> subjects,
            List<String> series,
            List<String> issuePatterns,
            List<String> authorRoles,
            Vocabulary.Data vocabulary) {}

    private static final Words WORDS = WordFiles.load("blog.json", Words.class);
    private static final Vocabulary VOCABULARY =
            Vocabulary.of(WORDS.vocabulary()).with("topic", WORDS.subjects());
    private static final List<String> CATEGORIES = WORDS.categories();
    private static final List<String> SERIES = WORDS.series();

    /** The issue number makes each title unique; the subject only has to read well. */
    private static final TitleSource ISSUE_SUBJECTS =
            TitleSource.combo(p -> p.get(0).replace("%s", p.get(1)), WORDS.issuePatterns(), WORDS.subjects());

    @Override
    public Industry industry() {
        return Industry.BLOG;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("article");

        m.data("category")
                .count(CATEGORIES.size())
                .describe("A section of the magazine.")
                .aliases("category", "section", "topic")
                .titles(TitleSource.fixed(CATEGORIES))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .longText("description")
                .max(400)
                .template(
                        "Our best writing on {title}, from reported features to quick reads.",
                        "{title}: essays, guides and interviews from our writers and contributors.")
                .enumOf("accentColour", "coral", "teal", "ochre", "plum", "forest", "slate")
                .integer("sortOrder")
                .range(0, 1000)
                .from(ctx -> ctx.index() * 10)
                .bool("showInNavigation")
                .from(ctx -> ctx.index() < 8);

        m.data("tag")
                .count(120)
                .describe("A keyword that groups related articles.")
                .aliases("tag", "keyword", "label")
                .titles(TitleSource.combo(p -> p.get(0) + " " + p.get(1), WORDS.tagFirst(), WORDS.tagSecond()))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .text("description")
                .max(200)
                .fill(0.4)
                .template("Everything we've published about {title}.");

        SharedTypes.person(m, "author", 40, WORDS.authorRoles())
                .describe("A writer or contributor.")
                .url("websiteUrl")
                .label("Website")
                .fill(0.4)
                .from(ctx -> "https://www." + Slugs.slugify(ctx.title()).replace("-", "") + ".com")
                .url("xUrl")
                .label("X profile")
                .fill(0.4)
                .from(ctx -> "https://x.com/" + Slugs.slugify(ctx.title()).replace("-", "_"));

        m.data("series")
                .count(SERIES.size())
                .describe("A recurring column or collection of articles.")
                .aliases("series", "column")
                .titles(TitleSource.fixed(SERIES))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .longText("description")
                .required()
                .max(500)
                .template(
                        "{title} is our recurring look at the people and ideas changing how we live.",
                        "A series of short, sharp pieces from our editors. New instalments every {weekday}.",
                        "{title}: long reads and interviews, published every month.")
                .reference("editor", "author")
                .enumOf("frequency", "weekly", "fortnightly", "monthly", "occasional")
                .required()
                .bool("active")
                .from(ctx -> ctx.chance(0.8));

        SharedTypes.article(
                        m,
                        "article",
                        900,
                        TitleSource.combo(p -> p.get(0).replace("%s", p.get(1)), WORDS.patterns(), WORDS.subjects()),
                        "author",
                        "articleIntro")
                .describe("A published article.")
                .bind("topic", ctx -> ctx.part(1))
                .aliases("article", "post", "story", "piece", "essay", "feature")
                .text("standfirst")
                .max(220)
                .localized()
                .from(ctx -> Text.truncate(ctx.sentence(), 220))
                .reference("category", "category")
                .required()
                .references("tags", "tag")
                .items(1, 6)
                .from(ctx -> ctx.refs("tag", 2, 5))
                .reference("series", "series")
                .fill(0.3)
                .enumOf("format", "feature", "essay", "interview", "guide", "review", "news")
                .required()
                .bool("commentsEnabled")
                .from(ctx -> ctx.chance(0.85))
                .bool("sponsored")
                .from(ctx -> ctx.chance(0.03));

        m.data("newsletterIssue")
                .count(150)
                .describe("An issue of the email newsletter.")
                .aliases("newsletter", "issue", "newsletter issue", "email")
                .titles((index, seed) -> {
                    Title subject = ISSUE_SUBJECTS.title(index, seed);
                    String text = subject.part(0).replace("%s", subject.part(1));
                    return new Title("Issue " + (index + 1) + ": " + text, subject.parts());
                })
                .text("subjectLine")
                .required()
                .max(120)
                .fromTitle()
                .integer("issueNumber")
                .required()
                .range(1, 1_000_000)
                .from(ctx -> ctx.index() + 1)
                .text("preheader")
                .max(140)
                .from(ctx -> Text.truncate(ctx.sentence(), 140))
                .dateTime("sentAt")
                .required()
                .from(BlogModel::sentAt)
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(2, 4))
                .references("featuredArticles", "article")
                .required()
                .items(1, 8)
                .from(ctx -> ctx.refs("article", 3, 6))
                .integer("recipients")
                .range(0, 10_000_000)
                .from(ctx -> 8_000 + ctx.index() * 60 + ctx.between(0, 500))
                .number("openRate")
                .label("Open rate (%)")
                .range(0, 100)
                .fill(0.8)
                .from(ctx -> ctx.decimal(38, 61, 1));

        m.data("comment")
                .count(600)
                .describe("A reader's comment on an article.")
                .aliases("comment", "reply")
                .titles(TitleSource.combo(
                        p -> "Comment from " + p.get(0) + " " + p.get(1),
                        CommonVocabulary.FIRST_NAMES,
                        CommonVocabulary.LAST_NAMES))
                .text("authorName")
                .required()
                .max(80)
                .from(ctx -> ctx.title().substring("Comment from ".length()).replaceAll(" No\\. \\d+$", ""))
                .longText("body")
                .required()
                .length(2, 2000)
                .from(ctx -> ctx.fill(ctx.pick("commentText")))
                .reference("article", "article")
                .required()
                .dateTime("postedAt")
                .required()
                .from(ctx -> ctx.dateTime(2023, 2026))
                .enumOf("status", "approved", "pending", "spam")
                .required()
                .from(ctx -> ctx.chance(0.92) ? "approved" : "pending")
                .integer("likes")
                .range(0, 100000)
                .from(ctx -> ctx.chance(0.4) ? 0 : ctx.between(1, 120));

        m.component("articleGrid")
                .count(6)
                .describe("A grid of article cards.")
                .titles(TitleSource.fixed(
                        "Article Grid – Homepage",
                        "Article Grid – Most Read",
                        "Article Grid – Editors' Picks",
                        "Article Grid – Category Pages",
                        "Article Grid – Newsletter",
                        "Article Grid – Related"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Latest stories", "Most read this week", "Editors' picks", "More to read", "Don't miss")
                .references("articles", "article")
                .required()
                .items(3, 12)
                .enumOf("layout", "grid", "list", "carousel");
        m.component("authorSpotlight")
                .count(4)
                .describe("A profile card of one writer.")
                .titles(TitleSource.fixed(
                        "Author Spotlight – Homepage",
                        "Author Spotlight – About",
                        "Author Spotlight – Newsletter",
                        "Author Spotlight – Series"))
                .text("heading")
                .max(90)
                .localized()
                .template("Meet the writer", "From our contributors", "Who writes for us")
                .reference("author", "author")
                .required()
                .references("recentArticles", "article")
                .items(0, 4)
                .fill(0.8);
    }

    /** Weekly issues since January 2023 while they fit before mid-2026; beyond that, any plausible date. */
    private static String sentAt(ItemContext ctx) {
        LocalDate day = LocalDate.of(2023, 1, 5).plusWeeks(ctx.index());
        if (day.isAfter(LocalDate.of(2026, 6, 30))) {
            day = ctx.localDate(LocalDate.of(2023, 1, 5), LocalDate.of(2026, 6, 30));
        }
        return ItemDates.dateTimeOn(day, 7, 0);
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
