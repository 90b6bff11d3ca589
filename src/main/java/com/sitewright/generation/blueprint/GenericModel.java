package com.sitewright.generation.blueprint;

import java.util.List;
import java.util.Map;

/**
 * Any local business Sitewright has no tailored model for. Copy is written around the subject the
 * prompt named ("dog grooming salon"), so it reads as that business without knowing its trade.
 */
final class GenericModel implements IndustryModel {

    /** A kind of service, the category it is filed under and how many minutes it usually takes. */
    record Service(String name, String category, int minutes) {}

    /** The industry's words, read once from {@code blueprint/generic.json}. */
    record Words(
            List<String> categories,
            List<String> serviceTiers,
            List<Service> services,
            List<String> serviceVariants,
            List<String> projectTypes,
            List<String> projectClients,
            List<String> postPatterns,
            List<String> postTopics,
            List<String> packages,
            List<String> teamRoles,
            List<Vocabulary.ReviewHeadline> reviewHeadlines,
            Vocabulary.Data vocabulary) {}

    private static final Words WORDS = WordFiles.load("generic.json", Words.class);
    private static final Vocabulary VOCABULARY = Vocabulary.of(WORDS.vocabulary());
    private static final List<String> CATEGORIES = WORDS.categories();
    private static final List<String> PACKAGES = WORDS.packages();

    static {
        for (Service service : WORDS.services()) {
            if (!CATEGORIES.contains(service.category())) {
                throw new IllegalStateException(
                        "generic.json: service '" + service.name() + "' has no category '" + service.category() + "'");
            }
        }
    }

    @Override
    public Industry industry() {
        return Industry.GENERIC;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("service").testimonialSource("review");

        m.data("serviceCategory")
                .count(CATEGORIES.size())
                .describe("A group of services.")
                .aliases("category", "service category")
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
                        "{title} from {siteName}, your local {subject}.",
                        "Everything in {title} is delivered by our own team, never subcontracted.")
                .integer("sortOrder")
                .range(0, 1000)
                .from(ctx -> ctx.index() * 10);

        SharedTypes.person(m, "teamMember", 30, WORDS.teamRoles())
                .describe("A member of the team.")
                .integer("yearsExperience")
                .range(0, 60)
                .from(ctx -> ctx.between(1, 25))
                .json("specialities")
                .fill(0.7)
                .from(ctx -> Map.of(
                        "items",
                        ctx.pickDistinct(
                                WORDS.services().stream().map(Service::name).toList(), ctx.between(1, 3))));

        m.page("service")
                .count(300)
                .describe("Something the business offers.")
                .aliases("service", "offering", "treatment", "product", "item")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + p.get(1, Service.class).name() + p.get(2),
                        WORDS.serviceTiers(),
                        WORDS.services(),
                        WORDS.serviceVariants()))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .template(
                        "Our {0} " + "{serviceWord}: everything you expect from a good {subject}, and a little more.",
                        "The {title} is our most popular way to get started with {siteName}.",
                        "Book the {title} and let our team take care of the details.")
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(2, 3, (String) ctx.value("summary")))
                .reference("category", "serviceCategory")
                .required()
                .from(ctx -> ctx.refAt(
                        "serviceCategory", CATEGORIES.indexOf(service(ctx).category())))
                .number("priceFrom")
                .required()
                .range(0, 10000)
                .from(GenericModel::price)
                .integer("durationMinutes")
                .range(5, 1440)
                .from(GenericModel::minutes)
                .bool("bookableOnline")
                .from(ctx -> ctx.chance(0.8))
                .references("specialists", "teamMember")
                .items(0, 4)
                .fill(0.6)
                .bool("featured")
                .from(ctx -> ctx.chance(0.08))
                .reference("heroImage", "image")
                .fill(0.7);

        m.data("pricingPackage")
                .count(PACKAGES.size())
                .describe("A bundle of services at one price.")
                .aliases("package", "plan", "pricing package", "bundle")
                .titles(TitleSource.fixed(
                        PACKAGES.stream().map(p -> p + " Package").toList()))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .number("price")
                .required()
                .range(0, 100000)
                .from(ctx -> ctx.price(29, 490, 1))
                .enumOf("billingPeriod", "one-off", "monthly", "yearly")
                .required()
                .json("includes")
                .required()
                .from(ctx -> Map.of("items", ctx.pickDistinct("packagePerk", ctx.between(3, 5))))
                .references("services", "service")
                .items(1, 6)
                .from(ctx -> ctx.refs("service", 2, 4))
                .bool("mostPopular")
                .from(ctx -> ctx.index() == 2);

        SharedTypes.location(m, "location", 6).describe("Where to find us.");

        m.page("project")
                .count(250)
                .describe("A piece of past work for the portfolio.")
                .aliases("project", "portfolio item", "portfolio", "case study", "job", "work")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " for " + p.get(1) + " (" + p.get(2) + ")",
                        WORDS.projectTypes(),
                        WORDS.projectClients(),
                        List.of("2019", "2020", "2021", "2022", "2023", "2024", "2025")))
                .text("summary")
                .required()
                .max(300)
                .localized()
                .from(ctx -> ctx.fill("{0} for {1}, delivered by our {subject} team in {2}."))
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(2, 4, (String) ctx.value("summary")))
                .text("client")
                .max(120)
                .from(ctx -> Text.titleCase(ctx.part(1).replaceFirst("^(a|an|the) ", "")))
                .date("completedOn")
                .required()
                .from(ctx -> ctx.date(Integer.parseInt(ctx.part(2)), Integer.parseInt(ctx.part(2))))
                .references("services", "service")
                .required()
                .items(1, 4)
                .from(ctx -> ctx.refs("service", 1, 3))
                .references("team", "teamMember")
                .items(0, 4)
                .fill(0.7)
                .reference("testimonial", "testimonial")
                .fill(0.3)
                .reference("heroImage", "image")
                .fill(0.8)
                .bool("featured")
                .from(ctx -> ctx.chance(0.1));

        SharedTypes.review(m, "review", 800, WORDS.reviewHeadlines())
                .describe("A customer's review.")
                .reference("service", "service")
                .fill(0.7)
                .reference("location", "location")
                .fill(0.8);

        SharedTypes.article(
                        m,
                        "blogPost",
                        320,
                        TitleSource.combo(
                                p -> p.get(0).replace("%s", p.get(1)), WORDS.postPatterns(), WORDS.postTopics()),
                        "teamMember",
                        "postIntro")
                .displayName("Blog Post")
                .describe("News and advice from the team.")
                .enumOf("category", "advice", "news", "behind the scenes", "customer stories")
                .required();

        m.component("serviceGrid")
                .count(5)
                .describe("Cards for a selection of services.")
                .titles(TitleSource.fixed(
                        "Service Grid – Homepage",
                        "Service Grid – Services Page",
                        "Service Grid – Landing Pages",
                        "Service Grid – Locations",
                        "Service Grid – Footer"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("What we do", "Our services", "Popular with our customers", "How we can help")
                .references("services", "service")
                .required()
                .items(3, 9);
        m.component("teamGrid")
                .count(3)
                .describe("Photos and names of the team.")
                .titles(TitleSource.fixed("Team Grid – About Page", "Team Grid – Homepage", "Team Grid – Careers"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Meet the team", "The people behind {siteName}", "Say hello")
                .references("members", "teamMember")
                .required()
                .items(2, 12);
        m.component("bookingCta")
                .displayName("Booking CTA")
                .count(4)
                .describe("A prompt to book.")
                .titles(TitleSource.fixed(
                        "Booking CTA – Homepage",
                        "Booking CTA – Services",
                        "Booking CTA – Blog",
                        "Booking CTA – Footer"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Ready when you are", "Book your appointment", "Get a free quote")
                .longText("body")
                .max(300)
                .text("buttonLabel")
                .required()
                .max(30)
                .template("Book now", "Get a quote", "Check availability")
                .url("buttonUrl")
                .required()
                .from(ctx -> ctx.linkTo("/contact"));
    }

    private static Service service(ItemContext ctx) {
        return ctx.part(1, Service.class);
    }

    private static double price(ItemContext ctx) {
        int minutes = service(ctx).minutes();
        double multiplier = switch (ctx.part(0)) {
            case "Premium", "Deluxe", "Signature" -> 1.6;
            case "Express", "Starter", "Essential" -> 0.8;
            default -> 1.0;
        };
        return ctx.price(minutes * 0.9 * multiplier, minutes * 1.6 * multiplier, 5);
    }

    private static int minutes(ItemContext ctx) {
        String variant = ctx.part(2);
        return variant.contains("Half Day")
                ? 240
                : variant.contains("Full Day") ? 480 : service(ctx).minutes() * (variant.contains("Two") ? 2 : 1);
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
