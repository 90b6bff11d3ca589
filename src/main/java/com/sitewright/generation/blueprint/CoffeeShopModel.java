package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A specialty coffee shop with a roastery: menu, origins, locations, events, journal and reviews. */
final class CoffeeShopModel implements IndustryModel {

    /** A section of the menu and the part of the menu it belongs to (drinks, food or retail). */
    record Category(String name, String section) {}

    /** A coffee-growing region. */
    record Origin(String country, String region) {

        String name() {
            return country + " " + region;
        }
    }

    /** The industry's words, read once from {@code blueprint/coffee-shop.json}. */
    record Words(
            List<Category> categories,
            List<String> flavours,
            List<String> drinks,
            List<String> drinkVariants,
            List<String> bakes,
            List<String> bakeTypes,
            List<String> fillings,
            List<String> breads,
            List<Origin> origins,
            List<String> retailFormats,
            List<String> processes,
            Map<String, String> events,
            Map<String, Double> basePrices,
            List<String> authorRoles,
            List<String> milks,
            List<String> bakeAllergens,
            List<String> savouryAllergens,
            List<Vocabulary.ReviewHeadline> reviewHeadlines,
            Vocabulary.Data vocabulary) {}

    private static final Words WORDS = WordFiles.load("coffee-shop.json", Words.class);

    private static final List<String> CATEGORIES =
            WORDS.categories().stream().map(Category::name).toList();
    private static final int ESPRESSO = category("Espresso Drinks"),
            COLD = category("Cold Brew & Iced"),
            TEA = category("Tea & Infusions"),
            CHOCOLATE = category("Hot Chocolate"),
            SEASONAL = category("Seasonal Specials"),
            PASTRIES = category("Pastries"),
            BREAKFAST = category("Breakfast"),
            SANDWICHES = category("Sandwiches & Toasties"),
            CAKES = category("Cakes & Bakes"),
            RETAIL = category("Retail Beans");

    private static final List<String> ORIGIN_NAMES =
            WORDS.origins().stream().map(Origin::name).toList();
    private static final List<String> DRINKS = WORDS.drinks();
    private static final Vocabulary VOCABULARY =
            Vocabulary.of(WORDS.vocabulary()).with("drink", DRINKS).with("origin", ORIGIN_NAMES);
    private static final List<String> EVENT_NAMES =
            WORDS.events().keySet().stream().sorted().toList();
    private static final List<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .toList();

    @Override
    public Industry industry() {
        return Industry.COFFEE_SHOP;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("menuItem").testimonialSource("review");

        m.data("menuCategory")
                .count(CATEGORIES.size())
                .describe("A section of the menu.")
                .aliases("category", "menu category", "menu section")
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
                        "Everything in our {title} section is made to order by our baristas and bakers.",
                        "{title}, made with care every day at {siteName}.",
                        "Our {title} change with the seasons; ask the team what's new this week.")
                .enumOf("menuSection", "drinks", "food", "retail")
                .required()
                .from(ctx ->
                        WORDS.categories().get(ctx.index() % CATEGORIES.size()).section())
                .integer("sortOrder")
                .range(0, 1000)
                .from(ctx -> ctx.index() * 10);

        m.data("coffeeOrigin")
                .count(36)
                .describe("A green coffee lot we roast.")
                .aliases("origin", "coffee", "bean", "single origin")
                .titles(TitleSource.combo(p -> p.get(0) + ", " + p.get(1), ORIGIN_NAMES, WORDS.processes()))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .text("country")
                .required()
                .max(60)
                .from(ctx -> origin(ctx).country())
                .text("region")
                .max(60)
                .from(ctx -> origin(ctx).region())
                .enumOf("process", "washed", "natural", "honey", "anaerobic")
                .required()
                .from(ctx -> ctx.part(1).toLowerCase(Locale.ROOT))
                .integer("altitudeMeters")
                .label("Altitude (m)")
                .range(600, 2500)
                .from(ctx -> 50 * ctx.between(22, 44))
                .text("varietals")
                .max(120)
                .from(ctx -> String.join(", ", ctx.pickDistinct("varietal", ctx.between(1, 3))))
                .text("tastingNotes")
                .required()
                .max(120)
                .from(ctx -> String.join(", ", ctx.pickDistinct("note", 3)))
                .text("producer")
                .max(120)
                .from(ctx -> ctx.fill("{producer}"))
                .enumOf("roastLevel", "light", "medium-light", "medium", "medium-dark", "dark")
                .required()
                .bool("inSeason")
                .from(ctx -> ctx.chance(0.6))
                .date("harvested")
                .from(ctx -> ctx.date(LocalDate.of(2024, 10, 1), LocalDate.of(2026, 3, 31)));

        m.data("menuItem")
                .count(600)
                .describe("A drink, bake or bag of beans on the menu.")
                .aliases("menu item", "drink", "beverage", "coffee drink", "food item", "dish", "product", "menu")
                .titles(TitleSource.mix(
                        List.of("drink", "bake", "savoury", "retail"),
                        new int[] {6, 2, 1, 1},
                        List.of(
                                TitleSource.combo(
                                        p -> p.get(0) + " " + p.get(1) + p.get(2),
                                        WORDS.flavours(),
                                        DRINKS,
                                        WORDS.drinkVariants()),
                                TitleSource.combo(p -> p.get(0) + " " + p.get(1), WORDS.bakes(), WORDS.bakeTypes()),
                                TitleSource.combo(p -> p.get(0) + " " + p.get(1), WORDS.fillings(), WORDS.breads()),
                                TitleSource.combo(
                                        p -> p.get(0) + " " + p.get(1), ORIGIN_NAMES, WORDS.retailFormats()))))
                .text("name")
                .required()
                .max(90)
                .fromTitle()
                .slug("slug")
                .required()
                .reference("category", "menuCategory")
                .required()
                .from(CoffeeShopModel::category)
                .longText("description")
                .required()
                .length(20, 600)
                .from(CoffeeShopModel::description)
                .number("price")
                .required()
                .range(1.5, 40)
                .from(CoffeeShopModel::price)
                .integer("calories")
                .range(0, 1500)
                .fill(0.7)
                .from(ctx -> switch (ctx.part(0)) {
                    case "drink" -> ctx.between(5, 420);
                    case "retail" -> null;
                    default -> ctx.between(180, 640);
                })
                .integer("caffeineMg")
                .label("Caffeine (mg)")
                .range(0, 400)
                .fill(0.8)
                .from(ctx -> !ctx.part(0).equals("drink")
                        ? null
                        : ctx.title().contains("Decaf") ? ctx.between(2, 12) : ctx.between(60, 210))
                .enumOf("size", "small", "regular", "large")
                .from(ctx -> !ctx.part(0).equals("drink")
                        ? null
                        : ctx.title().contains("(Large)") ? "large" : ctx.pick(List.of("small", "regular")))
                .json("milkOptions")
                .fill(0.9)
                .from(ctx -> ctx.part(0).equals("drink") ? milkOptions(ctx) : null)
                .json("allergens")
                .fill(0.8)
                .from(CoffeeShopModel::allergens)
                .reference("origin", "coffeeOrigin")
                .fill(0.7)
                .from(ctx ->
                        ctx.part(0).equals("drink") || ctx.part(0).equals("retail") ? ctx.ref("coffeeOrigin") : null)
                .text("tastingNotes")
                .max(120)
                .fill(0.8)
                .from(ctx -> ctx.part(0).equals("bake") || ctx.part(0).equals("savoury")
                        ? null
                        : String.join(", ", ctx.pickDistinct("note", 3)))
                .bool("vegan")
                .from(ctx -> ctx.part(0).equals("retail") || ctx.chance(0.25))
                .bool("glutenFree")
                .from(ctx -> !ctx.part(0).equals("bake") && !ctx.part(0).equals("savoury") || ctx.chance(0.1))
                .bool("seasonal")
                .from(ctx -> ctx.part(0).equals("drink") && seasonalFlavour(ctx.part(1)))
                .bool("available")
                .from(ctx -> ctx.chance(0.93))
                .bool("featured")
                .from(ctx -> ctx.chance(0.08))
                .asset("photo");

        SharedTypes.location(m, "location", 12)
                .describe("One of our cafés.")
                .integer("seats")
                .range(4, 200)
                .from(ctx -> ctx.between(12, 90))
                .bool("hasWifi")
                .from(ctx -> ctx.chance(0.9))
                .bool("dogFriendly")
                .from(ctx -> ctx.chance(0.6))
                .bool("roastsOnSite")
                .from(ctx -> ctx.index() == 0)
                .date("openedOn")
                .from(ctx -> ctx.date(2012, 2025));

        SharedTypes.person(m, "author", 12, WORDS.authorRoles())
                .describe("Someone who writes for the journal.")
                .text("favouriteDrink")
                .max(80)
                .from(ctx -> ctx.pick(WORDS.flavours()) + " " + ctx.pick(DRINKS))
                .url("instagramUrl")
                .label("Instagram")
                .fill(0.5)
                .from(ctx -> "https://www.instagram.com/"
                        + Slugs.slugify(ctx.title()).replace("-", "."));

        SharedTypes.article(
                        m,
                        "blogPost",
                        250,
                        TitleSource.combo(
                                p -> p.get(0).replace("%s", p.get(1)),
                                VOCABULARY.list("postPattern"),
                                VOCABULARY.list("postTopic")),
                        "author",
                        "postIntro")
                .displayName("Blog Post")
                .describe("A journal article.")
                .enumOf("category", "brewing", "origins", "community", "recipes", "news", "sustainability")
                .required()
                .references("relatedMenuItems", "menuItem")
                .items(0, 4)
                .fill(0.5);

        m.page("event")
                .count(120)
                .describe("A workshop, tasting or community evening.")
                .aliases("event", "workshop", "tasting", "class")
                .titles(TitleSource.combo(
                        p -> p.get(0) + ": " + p.get(1) + " " + p.get(2), EVENT_NAMES, MONTHS, List.of("2026", "2027")))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .from(ctx -> ctx.fill(ctx.pick(List.of(
                        "Join our team in {city} for {0}: " + WORDS.events().get(ctx.part(0)) + ".",
                        "A relaxed, hands-on evening of " + WORDS.events().get(ctx.part(0))
                                + " — no experience needed.",
                        "{0} is back: " + WORDS.events().get(ctx.part(0)) + ", with plenty to taste along the way."))))
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(1, 3, (String) ctx.value("summary")))
                .dateTime("startsAt")
                .required()
                .from(CoffeeShopModel::eventStart)
                .dateTime("endsAt")
                .required()
                .from(ctx -> ItemDates.plusMinutes((String) ctx.value("startsAt"), 120))
                .reference("location", "location")
                .required()
                .number("ticketPrice")
                .range(0, 80)
                .from(ctx -> ctx.chance(0.3) ? 0.0 : ctx.price(8, 45, 0.5))
                .integer("capacity")
                .range(4, 120)
                .from(ctx -> ctx.between(8, 40))
                .enumOf("eventType", "workshop", "tasting", "community", "music", "kids")
                .required()
                .from(ctx -> eventType(ctx.part(0)))
                .bool("bookingRequired")
                .from(ctx -> ctx.chance(0.7))
                .url("ticketUrl")
                .fill(0.6)
                .from(ctx -> ctx.siteUrl("/events/" + ctx.slug()))
                .reference("heroImage", "image")
                .fill(0.8);

        SharedTypes.review(m, "review", 700, WORDS.reviewHeadlines())
                .describe("A customer review of a visit or a drink.")
                .reference("location", "location")
                .required()
                .reference("menuItem", "menuItem")
                .fill(0.7)
                .date("visitedOn")
                .from(ctx -> LocalDate.parse((String) ctx.value("publishedOn"))
                        .minusDays(ctx.between(0, 20))
                        .toString());

        m.component("menuHighlights")
                .count(6)
                .describe("A row of featured menu items.")
                .titles(TitleSource.fixed(List.of(
                        "Menu Highlights – Homepage",
                        "Menu Highlights – Seasonal",
                        "Menu Highlights – Breakfast",
                        "Menu Highlights – Bakery",
                        "Menu Highlights – Retail",
                        "Menu Highlights – Cold Drinks")))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template(
                        "This week's favourites",
                        "New on the menu",
                        "Baked this morning",
                        "Our baristas recommend",
                        "Take some beans home")
                .text("intro")
                .max(240)
                .localized()
                .references("items", "menuItem")
                .required()
                .items(3, 8)
                .enumOf("layout", "carousel", "grid");
        m.component("locationList")
                .count(3)
                .describe("A list of our cafés with opening hours.")
                .titles(TitleSource.fixed(
                        "Location List – Homepage", "Location List – Contact", "Location List – Footer"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Visit us", "Find your nearest café", "Our cafés")
                .references("locations", "location")
                .required()
                .items(1, 12)
                .bool("showMap")
                .from(ctx -> ctx.chance(0.7));
        m.page("menuPage")
                .count(4)
                .describe("A printed-style menu page listing categories.")
                .titles(TitleSource.fixed("Full Menu", "Breakfast Menu", "Seasonal Menu", "Retail & Beans"))
                .longText("intro")
                .max(400)
                .references("categories", "menuCategory")
                .required()
                .items(1, 14)
                .bool("showPrices")
                .from(ctx -> true)
                .bool("showAllergens")
                .from(ctx -> ctx.chance(0.5));
    }

    private static Origin origin(ItemContext ctx) {
        return WORDS.origins().get(ORIGIN_NAMES.indexOf(ctx.part(0)));
    }

    private static String category(ItemContext ctx) {
        return switch (ctx.part(0)) {
            case "drink" -> {
                String base = ctx.part(2);
                int category = base.contains("Chai") || base.contains("Matcha") || base.contains("Golden")
                        ? TEA
                        : base.equals("Hot Chocolate") || base.equals("Mocha")
                                ? CHOCOLATE
                                : base.contains("Cold") || base.contains("Tonic") || base.contains("Shaken")
                                        ? COLD
                                        : seasonalFlavour(ctx.part(1)) ? SEASONAL : ESPRESSO;
                yield ctx.refAt("menuCategory", category);
            }
            case "bake" -> ctx.refAt("menuCategory", ctx.pick(List.of(PASTRIES, CAKES)));
            case "savoury" -> ctx.refAt("menuCategory", ctx.pick(List.of(BREAKFAST, SANDWICHES)));
            default -> ctx.refAt("menuCategory", RETAIL);
        };
    }

    private static boolean seasonalFlavour(String flavour) {
        return flavour.equals("Gingerbread")
                || flavour.equals("Pumpkin Spice")
                || flavour.equals("Spiced Orange")
                || flavour.equals("Blood Orange");
    }

    private static String description(ItemContext ctx) {
        return switch (ctx.part(0)) {
            case "drink" ->
                ctx.fill(ctx.pick(List.of(
                                "Our {2} made with a double shot of {origin} espresso, {milk} and a touch of {1}.",
                                "Our {2}, built around {1}: {note} up front, with a long, sweet finish.",
                                "{1} meets our house {2} — smooth, balanced and best enjoyed slowly.",
                                "A customer favourite since we opened: the {2}, lifted with {1} and {milk}.")))
                        + " "
                        + ctx.fill("{drinkServe}");
            case "bake" ->
                ctx.fill(ctx.pick(List.of(
                        "Baked every morning in our kitchen: {a 2} with {1}, finished with {bakeFinish}.",
                        "Our bakers' {1} {2}, made with European butter and {bakeFinish}.",
                        "A {2} with real {1} all the way through. Perfect with our {drink}.")));
            case "savoury" ->
                ctx.fill(ctx.pick(List.of(
                        "{1} on a freshly baked {2}, toasted to order.",
                        "Our {2} filled with {1} and a little house pickle on the side.",
                        "A hearty {2} of {1}, made fresh each morning until sold out.")));
            default ->
                ctx.fill(ctx.pick(List.of(
                        "Our {1} ({2}), roasted in small batches every week. Tasting notes of {note}, {note} and {note}.",
                        "Take home our {1} ({2}), roasted for both filter and espresso. Expect {note} and {note}.")));
        };
    }

    private static double price(ItemContext ctx) {
        return switch (ctx.part(0)) {
            case "drink" -> {
                double base = WORDS.basePrices().get(ctx.part(2))
                        + (ctx.title().contains("(Large)") ? 0.8 : 0)
                        + (ctx.part(1).equals("Orange Blossom") || ctx.chance(0.5) ? 0.4 : 0.6);
                yield Math.min(7.5, Math.max(2.8, Math.round(base * 10) / 10.0));
            }
            case "bake" -> ctx.price(2.5, 5.9, 0.1);
            case "savoury" -> ctx.price(5.5, 9.5, 0.1);
            default -> ctx.part(2).contains("1kg") ? ctx.price(32, 39.5, 0.5) : ctx.price(9.5, 18.5, 0.5);
        };
    }

    private static Map<String, Object> milkOptions(ItemContext ctx) {
        List<String> milks = new ArrayList<>(ctx.pickDistinct(WORDS.milks(), ctx.between(3, 6)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("default", milks.getFirst());
        json.put("options", milks);
        return json;
    }

    private static Map<String, Object> allergens(ItemContext ctx) {
        List<String> contains = switch (ctx.part(0)) {
            case "drink" -> List.of("milk");
            case "bake" -> ctx.pickDistinct(WORDS.bakeAllergens(), ctx.between(2, 4));
            case "savoury" -> ctx.pickDistinct(WORDS.savouryAllergens(), ctx.between(1, 3));
            default -> List.of();
        };
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("contains", contains);
        json.put("mayContain", ctx.part(0).equals("retail") ? List.of() : List.of("nuts"));
        return json;
    }

    private static String eventStart(ItemContext ctx) {
        YearMonth month = YearMonth.of(Integer.parseInt(ctx.part(2)), MONTHS.indexOf(ctx.part(1)) + 1);
        LocalDate day = month.atDay(ctx.between(1, month.lengthOfMonth()));
        return ItemDates.dateTimeOn(day, ctx.between(8, 19), ctx.pick(List.of(0, 30)));
    }

    private static String eventType(String event) {
        return switch (event) {
            case "Open Mic Night", "Vinyl Night" -> "music";
            case "Kids' Baking Club" -> "kids";
            case "Cupping Session", "Coffee & Cake Pairing", "Origin Talk" -> "tasting";
            case "Book Club Morning", "Board Game Evening", "Latte Art Throwdown" -> "community";
            default -> "workshop";
        };
    }

    private static int category(String name) {
        int index = CATEGORIES.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("coffee-shop.json has no menu category '" + name + "'");
        }
        return index;
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
