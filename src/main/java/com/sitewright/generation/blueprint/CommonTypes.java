package com.sitewright.generation.blueprint;

import com.sitewright.model.ContentKind;
import com.sitewright.model.SiteRoutes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The types every site has, whatever the industry: core pages, page-building components, FAQs,
 * testimonials, images, navigation and site settings. Added after the industry's own types so pages
 * can embed the industry's components too.
 */
final class CommonTypes {

    static final List<String> FOCAL_POINTS =
            List.of("center", "top", "bottom", "left", "right", "top-left", "top-right", "bottom-left", "bottom-right");

    private CommonTypes() {}

    static void addTo(ModelBuilder m, Vocabulary vocabulary) {
        addMedia(m, vocabulary);
        addData(m, vocabulary);
        addComponents(m, vocabulary);
        addPages(m, vocabulary);
        addNavigation(m, vocabulary);
        addSettings(m, vocabulary);
    }

    private static void addMedia(ModelBuilder m, Vocabulary vocabulary) {
        int photoCombinations = vocabulary.list("photoSubject").size()
                * vocabulary.list("photoSetting").size();
        m.media("image")
                .displayName("Image")
                .count(Math.min(150, photoCombinations))
                .describe("Image metadata; the file itself is attached as an asset.")
                .aliases("photo", "picture", "image")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + p.get(1),
                        vocabulary.list("photoSubject"),
                        vocabulary.list("photoSetting")))
                .text("title")
                .required()
                .max(120)
                .fromTitle()
                .text("alt")
                .label("Alt text")
                .required()
                .length(5, 200)
                .from(ctx -> "Photo of " + Text.lowerFirst(ctx.title()) + " at "
                        + ctx.intent().siteName())
                .text("caption")
                .max(240)
                .fill(0.6)
                .from(ctx -> Text.truncate(ctx.sentence(), 240))
                .text("credit")
                .max(80)
                .fill(0.7)
                .from(ctx -> "Photo: " + ctx.personName())
                .integer("width")
                .required()
                .range(320, 8000)
                .from(ctx -> ctx.pick(List.of(1600, 2048, 2400, 3000, 4000)))
                .integer("height")
                .required()
                .range(240, 8000)
                .from(ctx -> (int)
                        Math.round((Integer) ctx.value("width") * ctx.pick(List.of(0.5625, 0.6667, 0.75, 1.0, 1.25))))
                .enumOf("focalPoint", FOCAL_POINTS)
                .fill(0.7)
                .asset("file");
    }

    private static void addData(ModelBuilder m, Vocabulary vocabulary) {
        Map<String, Vocabulary.Faq> faqByQuestion = new LinkedHashMap<>();
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        for (Vocabulary.Faq faq : vocabulary.faqs()) {
            faqByQuestion.put(faq.question(), faq);
            categories.add(faq.category());
        }
        m.data("faq")
                .displayName("FAQ")
                .count(faqByQuestion.size())
                .describe("A question customers ask, with its answer.")
                .aliases("question", "faq")
                .titles(TitleSource.fixed(new ArrayList<>(faqByQuestion.keySet())))
                .text("question")
                .required()
                .max(200)
                .localized()
                .fromTitle()
                .richText("answer")
                .required()
                .from(ctx -> ItemCopy.paragraphs(
                        ctx.fill(faqByQuestion.get(ctx.part(0)).answer())))
                .enumOf("category", new ArrayList<>(categories))
                .required()
                .from(ctx -> faqByQuestion.get(ctx.part(0)).category())
                .integer("sortOrder")
                .range(0, 1000)
                .from(ctx -> (ctx.index() + 1) * 10);

        m.data("testimonial")
                .count(40)
                .describe("A quote from a happy customer.")
                .aliases("testimonial", "quote")
                .titles(people())
                .longText("quote")
                .required()
                .length(20, 400)
                .template(vocabulary.list("quote").toArray(String[]::new))
                .text("personName")
                .required()
                .max(80)
                .fromTitle()
                .text("personRole")
                .max(80)
                .from(ctx -> ctx.pick("role"))
                .integer("rating")
                .range(1, 5)
                .from(ctx -> ctx.chance(0.8) ? 5 : 4)
                .enumOf("source", "google", "email", "survey", "social", "in-person")
                .bool("featured")
                .from(ctx -> ctx.chance(0.25))
                .asset("portrait");
    }

    /**
     * Where a menu entry of the vocabulary leads on this site; an entry whose page the plan does not have
     * leads to a listing or page that exists instead, never to nothing.
     */
    private static SiteLinks.Target target(ItemContext ctx, Map<String, String> pathByLabel) {
        SiteLinks links = ctx.links();
        return links.resolve(pathByLabel.get(ctx.part(0)))
                .orElseGet(() -> links.resolve(
                                links.paths().get(ctx.index() % links.paths().size()))
                        .orElseThrow());
    }

    private static Map<String, Object> childLinks(ItemContext ctx) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (String heading : ctx.pickDistinct("heading", ctx.between(2, 4))) {
            String label = Text.truncate(ctx.fill(heading), 40);
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("label", label);
            link.put("url", ctx.sitePath());
            links.add(link);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("links", links);
        return json;
    }

    private static void addNavigation(ModelBuilder m, Vocabulary vocabulary) {
        // Only the vocabulary's menu entries that lead to a page or listing of this model become links.
        Set<String> paths = modelPaths(m);
        Map<String, String> pathByLabel = new LinkedHashMap<>();
        // The industry's own entries first (they make the header), the ones every site has after them.
        List<Vocabulary.NavLink> common = CommonVocabulary.BASE.nav();
        List<Vocabulary.NavLink> entries = new ArrayList<>(
                vocabulary.nav().stream().filter(e -> !common.contains(e)).toList());
        entries.addAll(vocabulary.nav().stream().filter(common::contains).toList());
        for (Vocabulary.NavLink entry : entries) {
            if (paths.contains(entry.path())) {
                pathByLabel.putIfAbsent(entry.label(), entry.path());
            }
        }
        // A link names a page (a reference, so it follows the page when its slug changes) or a URL: a
        // listing of the site or an address elsewhere. The generator only links to what the site will have.
        m.data("navigationLink")
                .count(pathByLabel.size())
                .describe("One entry of a menu: a page of the site, or a URL (a listing, or another site).")
                .titles(TitleSource.fixed(new ArrayList<>(pathByLabel.keySet())))
                .text("label")
                .required()
                .max(40)
                .localized()
                .fromTitle()
                .reference("page", "standardPage", "contactPage", "landingPage")
                .fill(1.0)
                .from(ctx -> target(ctx, pathByLabel).pageId() == null
                        ? null
                        : target(ctx, pathByLabel).pageId().toString())
                .url("url")
                .label("URL")
                .fill(1.0)
                .from(ctx -> target(ctx, pathByLabel).pageId() == null
                        ? target(ctx, pathByLabel).path()
                        : null)
                .text("description")
                .max(120)
                .fill(0.4)
                .from(ctx -> Text.truncate(ctx.sentence(), 120))
                .bool("openInNewTab")
                .from(ctx -> false)
                .fill(0.3)
                .json("children")
                .fill(0.3)
                .from(ctx -> childLinks(ctx));
    }

    /** The listings and top-level pages the model's types give a site, at their default counts. */
    static Set<String> modelPaths(ModelBuilder m) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/");
        for (TypeBuilder builder : m.types()) {
            TypeSpec spec = builder.build();
            if (SiteRoutes.isCollection(spec.definition())) {
                paths.add("/" + SiteRoutes.segment(spec.definition()));
            } else if (SiteRoutes.isTopLevel(spec.definition())) {
                for (int index = 0; index < spec.defaultCount(); index++) {
                    paths.add("/" + Slugs.forItem(spec.titles().title(index, 0L).text(), index));
                }
            }
        }
        return paths;
    }

    private static void addComponents(ModelBuilder m, Vocabulary vocabulary) {
        List<String> placements = vocabulary.list("placement");
        m.component("hero")
                .count(8)
                .describe("Large banner at the top of a page.")
                .titles(componentTitles("Hero", placements))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .text("subheading")
                .max(200)
                .localized()
                .text("ctaLabel")
                .label("Button label")
                .max(30)
                .localized()
                .url("ctaUrl")
                .label("Button link")
                .reference("backgroundImage", "image")
                .fill(0.8)
                .enumOf("alignment", "left", "center", "right")
                .enumOf("theme", "light", "dark", "brand")
                .asset("backgroundVideo");
        m.component("callToAction")
                .count(8)
                .describe("A short prompt with one button.")
                .titles(componentTitles("Call to Action", placements))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .longText("body")
                .max(300)
                .text("buttonLabel")
                .required()
                .max(30)
                .localized()
                .url("buttonUrl")
                .required()
                .enumOf("style", "primary", "secondary", "subtle");
        m.component("featureGrid")
                .count(6)
                .describe("Two to four columns of short features.")
                .titles(componentTitles("Feature Grid", placements))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .text("intro")
                .max(240)
                .localized()
                .integer("columns")
                .required()
                .range(2, 4)
                .json("features")
                .required()
                .from(CommonTypes::features);
        m.component("richTextSection")
                .count(8)
                .describe("A block of formatted text.")
                .titles(componentTitles("Text Section", placements))
                .text("heading")
                .max(90)
                .localized()
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(1, 2))
                .enumOf("width", "narrow", "regular", "wide");
        m.component("testimonialStrip")
                .count(4)
                .describe("A row of customer quotes.")
                .titles(componentTitles("Testimonial Strip", placements))
                .text("heading")
                .max(90)
                .localized()
                .references("testimonials", m.testimonialTypes())
                .required()
                .items(1, 6)
                .enumOf("layout", "carousel", "grid", "single");
        m.component("imageGallery")
                .count(6)
                .describe("A grid or carousel of images.")
                .titles(componentTitles("Image Gallery", placements))
                .text("heading")
                .max(90)
                .localized()
                .references("images", "image")
                .required()
                .items(2, 12)
                .enumOf("layout", "grid", "masonry", "carousel")
                .bool("showCaptions");
        m.component("faqSection")
                .displayName("FAQ Section")
                .count(4)
                .describe("A list of questions and answers.")
                .titles(componentTitles("FAQ Section", placements))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .from(ctx -> ctx.pick(List.of(
                        "Frequently asked questions",
                        "Good to know",
                        "Questions & answers",
                        "Before you visit",
                        "Still wondering?")))
                .references("faqs", "faq")
                .required()
                .items(2, 10);
        m.component("newsletterSignup")
                .count(3)
                .describe("An email sign-up form.")
                .titles(componentTitles("Newsletter Signup", placements))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .longText("body")
                .max(300)
                .text("buttonLabel")
                .required()
                .max(30)
                .localized()
                .from(ctx -> ctx.pick(List.of("Subscribe", "Sign me up", "Join the list", "Keep me posted")))
                .text("listId")
                .label("Mailing list ID")
                .required()
                .pattern("^[a-z0-9-]{3,40}$")
                .from(ctx -> ctx.pick(List.of("newsletter", "monthly-news", "members", "offers")))
                .text("privacyNote")
                .max(200)
                .localized()
                .from(ctx -> "We send one email a month and never share your address. Unsubscribe any time.");
        m.component("announcementBanner")
                .count(4)
                .describe("A slim banner for news and opening-hour changes.")
                .titles(componentTitles("Announcement", placements))
                .text("message")
                .required()
                .max(140)
                .localized()
                .from(ctx -> Text.truncate(ctx.sentence(), 140))
                .text("linkLabel")
                .max(30)
                .localized()
                .url("linkUrl")
                .enumOf("tone", "info", "promo", "warning")
                .required()
                .dateTime("startsAt")
                .from(ctx -> ctx.dateTime(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .dateTime("endsAt")
                .from(ctx -> ctx.dateTime(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
    }

    private static Map<String, Object> features(ItemContext ctx) {
        List<Map<String, Object>> items = new ArrayList<>();
        int columns = ctx.value("columns") instanceof Integer c ? c : 3;
        List<Vocabulary.Feature> features = ctx.blueprint().vocabulary().features();
        for (Vocabulary.Feature feature : ctx.pickDistinct(features, columns * ctx.between(1, 2))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", ctx.fill(feature.title()));
            item.put("description", ctx.fill(feature.description()));
            item.put(
                    "icon",
                    ctx.pick(List.of("star", "heart", "leaf", "clock", "shield", "sparkle", "map-pin", "check")));
            items.add(item);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", items);
        return json;
    }

    private static void addPages(ModelBuilder m, Vocabulary vocabulary) {
        List<String> allComponents = m.keys(ContentKind.COMPONENT);
        m.page("homePage")
                .singleton()
                .describe("The front page.")
                .titles(TitleSource.fixed("Home"))
                .longText("introduction")
                .max(400)
                .blocks("sections", allComponents)
                .required()
                .items(3, 10)
                .reference("featuredImage", "image");
        m.page("standardPage")
                .count(vocabulary.list("page").size())
                .describe("A general content page.")
                .titles(TitleSource.fixed(vocabulary.list("page")))
                .text("summary")
                .max(300)
                .localized()
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(2, 5))
                .blocks(
                        "sections",
                        List.of("richTextSection", "imageGallery", "callToAction", "faqSection", "featureGrid"))
                .items(0, 6)
                .fill(0.6)
                .bool("showInFooter")
                .from(ctx -> ctx.chance(0.4));
        m.page("contactPage")
                .count(2)
                .describe("How to reach the business.")
                .titles(TitleSource.fixed("Contact", "Press & Media"))
                .longText("intro")
                .max(400)
                .email("email")
                .required()
                .from(ctx -> ctx.email(ctx.index() == 0 ? "hello" : "press"))
                .phone("phone")
                .fill(0.9)
                .longText("address")
                .max(300)
                .from(ctx -> ctx.fullAddress())
                .json("openingHours")
                .from(CommonTypes::openingHours)
                .url("mapUrl")
                .label("Map link")
                .from(ctx -> "https://maps.google.com/?q="
                        + Slugs.slugify(ctx.intent().siteName()).replace('-', '+'))
                .bool("showContactForm")
                .from(ctx -> true);
        m.page("landingPage")
                .count(vocabulary.list("campaign").size())
                .describe("A campaign page.")
                .aliases("landing page", "campaign")
                .titles(TitleSource.fixed(vocabulary.list("campaign")))
                .text("campaign")
                .max(80)
                .fromTitle()
                .date("startsOn")
                .from(ctx -> ctx.date(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30)))
                .date("endsOn")
                .from(ctx -> ctx.localDate(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31))
                        .toString())
                .blocks("sections", allComponents)
                .required()
                .items(2, 8)
                .bool("noIndex")
                .label("Hide from search engines")
                .from(ctx -> ctx.chance(0.2));
    }

    static Map<String, Object> openingHours(ItemContext ctx) {
        Map<String, Object> hours = new LinkedHashMap<>();
        int open = ctx.between(7, 9);
        int close = ctx.between(17, 22);
        for (String day : ctx.blueprint().vocabulary().list("weekday")) {
            String key = day.toLowerCase(Locale.ROOT);
            boolean weekend = day.startsWith("S");
            int from = weekend ? open + 1 : open;
            hours.put(key, (from < 10 ? "0" : "") + from + ":00-" + (weekend ? close - 1 : close) + ":00");
        }
        return hours;
    }

    private static void addSettings(ModelBuilder m, Vocabulary vocabulary) {
        m.settings("navigation")
                .count(3)
                .describe("A menu of links: header, footer or mobile.")
                .titles(TitleSource.fixed("Main Navigation", "Footer Navigation", "Mobile Navigation"))
                .text("title")
                .required()
                .max(80)
                .fromTitle()
                .enumOf("placement", "header", "footer", "mobile")
                .required()
                .from(ctx -> List.of("header", "footer", "mobile").get(ctx.index() % 3))
                .references("links", "navigationLink")
                .required()
                .items(1, 12)
                .from(CommonTypes::menuLinks);
        m.settings("siteSettings")
                .singleton()
                .describe("Site-wide name, contact details and defaults.")
                .titles(TitleSource.fixed("Site Settings"))
                .text("siteName")
                .required()
                .max(60)
                .from(ctx -> ctx.intent().siteName())
                .text("tagline")
                .max(120)
                .localized()
                .from(ctx -> ctx.fill(ctx.pick("tagline")))
                .fill(1.0)
                .email("contactEmail")
                .required()
                .from(ctx -> ctx.email("hello"))
                .phone("phone")
                .fill(1.0)
                .longText("address")
                .max(300)
                .from(CommonTypes::headAddress)
                .fill(1.0)
                .enumOf("currency", "EUR", "USD", "GBP")
                .required()
                .from(ctx -> ctx.site().currency())
                .json("socialLinks")
                .from(CommonTypes::socialLinks)
                .fill(1.0)
                .text("defaultSeoTitle")
                .label("Default SEO title")
                .max(70)
                .localized()
                .from(ctx -> Text.truncate(ctx.intent().siteName() + " | " + ctx.fill(ctx.pick("tagline")), 70))
                .fill(1.0)
                .text("defaultSeoDescription")
                .label("Default SEO description")
                .max(160)
                .localized()
                .from(ctx -> Text.truncate(ctx.sentence(), 160))
                .fill(1.0)
                .reference("primaryNavigation", "navigation")
                .from(ctx -> navigationId(ctx, 0))
                .fill(1.0)
                .reference("footerNavigation", "navigation")
                .from(ctx -> navigationId(ctx, 1))
                .fill(1.0)
                .asset("logo")
                .asset("favicon");
    }

    /**
     * Every menu entry is reachable: the header takes the first half of the entries (the industry's own, such as
     * the menu and events), the footer the rest (about, contact, policies), the mobile menu all of them.
     */
    private static List<String> menuLinks(ItemContext ctx) {
        int count = ctx.count("navigationLink");
        int half = Math.min(8, (count + 1) / 2);
        int from = switch (ctx.index() % 3) {
            case 1 -> half;
            default -> 0;
        };
        int to = switch (ctx.index() % 3) {
            case 0 -> half;
            default -> count;
        };
        List<String> ids = new ArrayList<>();
        for (int index = from; index < to && ids.size() < 12; index++) {
            ids.add(ctx.refAt("navigationLink", index));
        }
        return ids.isEmpty() ? List.of(ctx.ref("navigationLink")) : ids;
    }

    private static String headAddress(ItemContext ctx) {
        return ctx.fullAddress() + ", " + ctx.site().country();
    }

    /** Settings point at the header and footer menus specifically, not at random ones. */
    private static String navigationId(ItemContext ctx, int index) {
        return ctx.count("navigation") > index
                ? OfflineGenerator.itemId(ctx.projectId(), "navigation", index).toString()
                : ctx.ref("navigation");
    }

    private static Map<String, Object> socialLinks(ItemContext ctx) {
        String handle = ctx.site().domain().replace(".com", "");
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("instagram", "https://www.instagram.com/" + handle);
        links.put("facebook", "https://www.facebook.com/" + handle);
        if (ctx.chance(0.6)) {
            links.put("linkedin", "https://www.linkedin.com/company/" + handle);
        }
        if (ctx.chance(0.4)) {
            links.put("youtube", "https://www.youtube.com/@" + handle);
        }
        return links;
    }

    /** "Hero – Spring Campaign": reusable components are named after where they are used. */
    private static TitleSource componentTitles(String name, List<String> placements) {
        return TitleSource.fixed(placements.stream().map(p -> name + " – " + p).toList());
    }

    /** Unique person names for types whose items are people. */
    static TitleSource people() {
        return TitleSource.combo(
                p -> p.get(0) + " " + p.get(1), CommonVocabulary.FIRST_NAMES, CommonVocabulary.LAST_NAMES);
    }
}
