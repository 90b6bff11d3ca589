package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.List;

/** An independent online magazine: articles, sections, tags, authors, series, newsletters and comments. */
final class BlogModel implements IndustryModel {

    private static final List<String> CATEGORIES = List.of(
            "Food & Drink",
            "Travel",
            "Design",
            "Culture",
            "Technology",
            "Science",
            "Health",
            "Work",
            "Money",
            "Books",
            "Film",
            "Music",
            "Style",
            "Home",
            "Outdoors",
            "Opinion");
    private static final List<String> TAG_FIRST = List.of(
            "Urban",
            "Slow",
            "Digital",
            "Sustainable",
            "Modern",
            "Local",
            "Creative",
            "Everyday",
            "Independent",
            "Future of",
            "Small",
            "Seasonal");
    private static final List<String> TAG_SECOND = List.of(
            "Travel",
            "Design",
            "Cooking",
            "Work",
            "Living",
            "Fashion",
            "Cities",
            "Music",
            "Business",
            "Gardening",
            "Parenting",
            "Reading");
    private static final List<String> PATTERNS = List.of(
            "The Quiet Rise of %s",
            "Why Everyone Is Talking About %s",
            "%s: A Field Guide",
            "What %s Can Teach Us About Patience",
            "Inside the World of %s",
            "How %s Went Mainstream",
            "The Case for %s",
            "Notes on %s",
            "A Short History of %s",
            "%s, Reconsidered",
            "Rethinking %s",
            "In Defence of %s",
            "The Future of %s",
            "Everything We Know About %s",
            "Learning to Love %s",
            "The Economics of %s",
            "Ten Years of %s",
            "Behind the Scenes of %s",
            "The Surprising Science of %s",
            "What Nobody Tells You About %s");
    private static final List<String> SUBJECTS = List.of(
            "Slow Travel",
            "Sourdough",
            "Remote Work",
            "Urban Cycling",
            "Vinyl Records",
            "Night Trains",
            "Community Gardens",
            "Independent Bookshops",
            "Cold-Water Swimming",
            "Four-Day Weeks",
            "Repair Cafés",
            "Small-Batch Coffee",
            "Public Libraries",
            "Walking Holidays",
            "Natural Wine",
            "Film Photography",
            "Houseplants",
            "Board Games",
            "Minimalism",
            "Second-Hand Fashion",
            "Home Fermentation",
            "Tiny Homes",
            "Electric Bikes",
            "Podcasting",
            "Journaling",
            "Modular Furniture",
            "City Parks",
            "Local Radio",
            "Ceramics",
            "Birdwatching",
            "Street Food",
            "Zero-Waste Shops",
            "Wild Camping",
            "Climbing Gyms",
            "Running Clubs",
            "Allotments",
            "Co-Working Spaces",
            "Mechanical Keyboards",
            "Mushroom Foraging",
            "Open-Source Software",
            "Craft Beer",
            "Supper Clubs",
            "Public Transport",
            "Design Museums",
            "Letter Writing",
            "Sleep",
            "Boredom",
            "Silence",
            "Handwriting",
            "Night Skies");
    private static final List<String> SERIES = List.of(
            "Weekend Reads",
            "The Long View",
            "City Guides",
            "Field Notes",
            "Slow Sundays",
            "In Conversation",
            "First Person",
            "The Explainer",
            "Made by Hand",
            "Kitchen Table",
            "Small Wonders",
            "The Commute",
            "Ask an Expert",
            "Working Lives",
            "Second Acts",
            "Off the Map",
            "The Reading List",
            "Night Shift",
            "Common Ground",
            "Future Tense",
            "Open House",
            "Local Heroes",
            "The Repair Shop",
            "Budget Basics",
            "Sound Check",
            "Green Thumb",
            "On the Road",
            "Deep Dive",
            "Quick Takes",
            "Letters");

    /** The issue number makes each title unique; the subject only has to read well. */
    private static final TitleSource ISSUE_SUBJECTS = TitleSource.combo(
            p -> p.get(0).replace("%s", p.get(1)),
            List.of(
                    "The Week in %s",
                    "%s and Other Good Ideas",
                    "A Few Words on %s",
                    "This Week: %s",
                    "Why We Can't Stop Thinking About %s"),
            SUBJECTS);

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
                .titles(TitleSource.combo(p -> p.get(0) + " " + p.get(1), TAG_FIRST, TAG_SECOND))
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

        SharedTypes.person(
                        m,
                        "author",
                        40,
                        List.of(
                                "Staff Writer",
                                "Contributing Editor",
                                "Columnist",
                                "Features Editor",
                                "Editor-in-Chief",
                                "Guest Contributor",
                                "Photographer",
                                "Science Editor"))
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
                        TitleSource.combo(p -> p.get(0).replace("%s", p.get(1)), PATTERNS, SUBJECTS),
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
        return ItemContext.dateTimeOn(day, 7, 0);
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }

    private static final Vocabulary VOCABULARY = Vocabulary.builder()
            .add("topic", SUBJECTS)
            .add(
                    "articleIntro",
                    "We spent a month reporting on {1}. Here is what we found.",
                    "{1} is having a moment, and it isn't hard to see why.",
                    "For years, {1} was a niche interest. Not any more.",
                    "Our writers on {1}: what it is, why it matters and where to start.",
                    "A closer look at {1}, with help from the people who know it best.",
                    "It started with a simple question about {1}. The answer surprised us.")
            .add(
                    "commentText",
                    "This is exactly what I needed to read this week. Thank you.",
                    "Great piece — I'd love a follow-up on {topic}.",
                    "I've been into {topic} for years and this is the best introduction I've seen.",
                    "Interesting, although I'm not sure I agree with the second half.",
                    "Shared this with my whole team.",
                    "Beautifully written, as always.",
                    "Any recommendations for getting started in {city}?",
                    "I'd push back a little on the numbers here, but the argument holds up.",
                    "More of this, please!",
                    "This made me want to try {topic} again.")
            .add(
                    "headline",
                    "Ideas worth your time",
                    "Stories about how we live now",
                    "The week's best reads",
                    "Long reads for slow mornings",
                    "New this week: {topic}",
                    "Good journalism, no paywall",
                    "Independent writing since {year}",
                    "Read something surprising today",
                    "Our {season} reading list",
                    "Thoughtful stories, every week",
                    "Join {#20-90},000 readers",
                    "The newsletter people actually open",
                    "Reported, edited and fact-checked",
                    "The best of {topic}",
                    "Curious about everything")
            .add(
                    "heading",
                    "Why we write",
                    "Our editorial standards",
                    "Meet the team",
                    "Write for us",
                    "Support independent journalism",
                    "The newsletter",
                    "How we fact-check",
                    "Corrections",
                    "Advertising and partnerships",
                    "Our readers",
                    "What we cover",
                    "Most read",
                    "Where to start",
                    "From the archive",
                    "Further reading",
                    "What the experts say",
                    "The numbers",
                    "How to get involved",
                    "A brief history",
                    "What comes next",
                    "The bottom line")
            .add(
                    "sentence",
                    "We publish reported features, essays and interviews every weekday.",
                    "{siteName} has been independent since {year} and is funded by its readers.",
                    "Every article is edited and fact-checked before it goes live.",
                    "Our writers live and work in {city} and around the world.",
                    "Readers tell us they come for the long reads and stay for the newsletter.",
                    "We correct mistakes openly and keep a public log of every correction.",
                    "Interest in {topic} has grown steadily over the past five years.",
                    "The people we spoke to all said the same thing: start small.",
                    "Researchers are only beginning to understand why {topic} matters so much to so many.",
                    "For many, {topic} began as a hobby and became a way of life.",
                    "The trend is most visible in cities like {city}, but it is spreading fast.",
                    "Costs vary widely, so it pays to shop around before committing.",
                    "Community groups have done more to popularise {topic} than any marketing campaign.",
                    "Critics argue the hype has outrun the evidence; supporters disagree.",
                    "What began in {neighborhood} has since been copied around the country.",
                    "Most experts recommend giving it at least a month before judging the results.",
                    "We asked {#5-40} readers about their experience, and their answers were revealing.",
                    "There is no single right way to do it, and that is part of the appeal.",
                    "The numbers tell one story; the people tell another.",
                    "Our newsletter arrives every {weekday} morning with the week's best reads.",
                    "We never accept payment for coverage, and sponsored posts are always labelled.",
                    "Pitches from new writers are always welcome.",
                    "This piece is part of our ongoing coverage of {topic}.",
                    "Local libraries and community centres are a good place to begin.",
                    "If you try it, we would love to hear how it goes.")
            .add(
                    "bullet",
                    "Start small and build a habit",
                    "Find a local group or club",
                    "Set a realistic budget",
                    "Borrow before you buy",
                    "Keep notes on what works",
                    "Ask an expert for advice",
                    "Be patient with early results",
                    "Share what you learn",
                    "Read widely on {topic}",
                    "Independent and reader-funded",
                    "New stories every weekday",
                    "No paywall, ever")
            .add(
                    "tagline",
                    "Stories about how we live now",
                    "Independent writing on {topic} and more",
                    "Curious about everything",
                    "Thoughtful journalism, every week",
                    "Read slowly")
            .add(
                    "cta",
                    "Read the story",
                    "Subscribe",
                    "Join the newsletter",
                    "Support us",
                    "Browse the archive",
                    "Write for us")
            .add(
                    "feature",
                    "Long reads||Reported features worth making time for.",
                    "Weekly newsletter||The best of the week, every {weekday}.",
                    "No paywall||Everything we publish is free to read.",
                    "Reader-funded||Supported by {#2-9},000 members.",
                    "Fact-checked||Every story checked before it goes live.",
                    "Open corrections||We log every correction publicly.",
                    "Diverse voices||Writers from {#20-60} countries.",
                    "Audio editions||Listen to our features on the go.",
                    "Events||Talks and readings in {city} every month.",
                    "Archive||Every story since {year}, searchable.")
            .add("page", "Write for Us", "Editorial Standards", "Corrections", "Advertise", "Membership")
            .add(
                    "campaign",
                    "Membership Drive",
                    "Summer Reading List",
                    "Year in Review",
                    "Newsletter Relaunch",
                    "Reader Survey",
                    "Podcast Launch",
                    "Anniversary Issue",
                    "Writers' Fellowship",
                    "Live Event Series",
                    "Gift Membership",
                    "Student Membership",
                    "Print Annual")
            .add(
                    "photoSubject",
                    "A writer at work",
                    "The editorial meeting",
                    "A reader with a magazine",
                    "City streets",
                    "A notebook and coffee",
                    "A bookshop window",
                    "An interview in progress",
                    "A night train",
                    "A community garden",
                    "A mountain trail",
                    "The newsroom",
                    "A record shop",
                    "A bike on a quiet street",
                    "Hands holding a phone")
            .add(
                    "photoSetting",
                    "in soft morning light",
                    "from above",
                    "in black and white",
                    "on a rainy day",
                    "at dusk",
                    "in close-up",
                    "on a city street",
                    "during golden hour")
            .add(
                    "faq",
                    "reading||Is everything free to read?||Yes. We don't have a paywall; members fund our journalism so everyone can read it.",
                    "reading||How often do you publish?||New stories every weekday and a newsletter every week.",
                    "reading||Can I republish your articles?||Contact us first — we often allow republishing with credit and a link.",
                    "membership||How does membership work?||Members pay monthly or yearly and get early access, events and our print annual.",
                    "membership||Can I cancel my membership?||Any time, from your account page, in two clicks.",
                    "membership||Do you offer student membership?||Yes, at half price with a valid student email.",
                    "newsletter||How do I subscribe to the newsletter?||Enter your email at the bottom of any page. It's free.",
                    "newsletter||How do I unsubscribe?||Every newsletter has an unsubscribe link at the bottom.",
                    "writing||How do I pitch a story?||Send a short pitch to our editors. We reply to every pitch within two weeks.",
                    "writing||Do you pay contributors?||Yes, we pay every writer and photographer on publication.",
                    "editorial||How do you handle corrections?||We correct errors quickly and note every correction at the end of the article.",
                    "editorial||Do you accept sponsored content?||Occasionally, and it is always clearly labelled as sponsored.",
                    "editorial||How do you choose what to cover?||Our editors look for stories that are useful, surprising and well-reported.",
                    "comments||What are your comment rules?||Be kind and on-topic. We remove abuse, spam and personal attacks.",
                    "comments||Why was my comment removed?||It probably broke our community guidelines. Email us if you think we made a mistake.")
            .add(
                    "quote",
                    "The only newsletter I read from top to bottom every week.",
                    "Thoughtful, well-written and never clickbait.",
                    "Their piece on {topic} changed how I think about it.",
                    "I became a member after one article. Worth every penny.",
                    "Independent journalism at its best.",
                    "I love that there's no paywall — it feels like a public service.",
                    "Every story teaches me something new.",
                    "The long reads are perfect for Sunday mornings.")
            .add("role", "Member", "Newsletter subscriber", "Long-time reader", "Contributor")
            .add(
                    "bio",
                    "{first} writes about {topic} and the people behind it.",
                    "{first} joined {siteName} in {#2016-2024} after a decade in newspapers.",
                    "{first} is based in {city} and covers culture, cities and everyday life.",
                    "{first}'s work has appeared in national newspapers and magazines.",
                    "When not writing, {first} is usually out looking into {topic}.",
                    "{first} edits our weekend long reads.")
            .add(
                    "nav",
                    "Latest||/articles",
                    "Sections||/categories",
                    "Series||/series",
                    "Membership||/membership",
                    "Membership||/membership",
                    "Write for Us||/write-for-us")
            .build();
}
