package com.sitewright.generation.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A neighbourhood restaurant: menu sections, dishes, wine list, chefs, private dining and events. */
final class RestaurantModel implements IndustryModel {

    /** A section of the menu and the course it serves. */
    record Section(String name, String course) {}

    /** A main ingredient and the kind of dish it makes: starter, main, grill or side. */
    record Ingredient(String name, String kind) {}

    /** A wine of the list, by region and grape; its style is red, white, rose, sparkling, orange or dessert. */
    record Wine(String region, String grape, String country, String style) {}

    /** The industry's words, read once from {@code blueprint/restaurant.json}. */
    record Words(
            List<Section> sections,
            List<String> preparations,
            List<Ingredient> ingredients,
            List<String> accompaniments,
            List<String> pastaShapes,
            List<String> pastaSauces,
            List<String> dessertFlavours,
            List<String> desserts,
            List<Wine> wines,
            List<String> vintages,
            List<String> events,
            Map<String, String> policies,
            List<String> allergens,
            List<String> chefRoles,
            List<String> meats,
            List<Vocabulary.ReviewHeadline> reviewHeadlines,
            Vocabulary.Data vocabulary) {}

    private static final Words WORDS = WordFiles.load("restaurant.json", Words.class);
    private static final Vocabulary VOCABULARY = Vocabulary.of(WORDS.vocabulary());

    private static final List<String> SECTIONS =
            WORDS.sections().stream().map(Section::name).toList();
    private static final int SMALL_PLATES = section("Small Plates"),
            STARTERS = section("Starters"),
            PASTA = section("Pasta"),
            MAINS = section("Mains"),
            GRILL = section("From the Grill"),
            SIDES = section("Sides"),
            DESSERT_SECTION = section("Desserts");

    @Override
    public Industry industry() {
        return Industry.RESTAURANT;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("dish").testimonialSource("review");

        m.data("menuSection")
                .count(SECTIONS.size())
                .describe("A section of the menu such as Starters or Desserts.")
                .aliases("menu section", "section", "course", "category")
                .titles(TitleSource.fixed(SECTIONS))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .longText("description")
                .max(400)
                .template(
                        "Our {title} change with what the market brings in each week.",
                        "{title}, cooked to order by our kitchen team.",
                        "Ask your server about today's {title}.")
                .enumOf("course", "starter", "main", "side", "dessert", "other")
                .required()
                .from(ctx -> WORDS.sections().get(ctx.index() % SECTIONS.size()).course())
                .enumOf("servedAt", "lunch", "dinner", "all-day")
                .required()
                .integer("sortOrder")
                .range(0, 1000)
                .from(ctx -> ctx.index() * 10);

        m.data("wine")
                .count(200)
                .describe("A wine on the list.")
                .aliases("wine", "drink", "bottle")
                .titles(TitleSource.combo(
                        p -> p.get(0, Wine.class).grape() + ", "
                                + p.get(0, Wine.class).region() + " " + p.get(1),
                        WORDS.wines(),
                        WORDS.vintages()))
                .text("name")
                .required()
                .max(90)
                .fromTitle()
                .slug("slug")
                .required()
                .enumOf("style", "red", "white", "rose", "sparkling", "orange", "dessert")
                .required()
                .from(ctx -> ctx.part(0, Wine.class).style())
                .text("grape")
                .required()
                .max(60)
                .from(ctx -> ctx.part(0, Wine.class).grape())
                .text("region")
                .required()
                .max(60)
                .from(ctx -> ctx.part(0, Wine.class).region())
                .text("country")
                .max(60)
                .from(ctx -> ctx.part(0, Wine.class).country())
                .integer("vintage")
                .range(1990, 2026)
                .from(ctx -> Integer.parseInt(ctx.part(1)))
                .number("glassPrice")
                .range(4, 40)
                .fill(0.6)
                .from(ctx -> ctx.price(6.5, 16, 0.5))
                .number("bottlePrice")
                .required()
                .range(18, 600)
                .from(ctx -> ctx.price(28, 140, 1))
                .text("tastingNotes")
                .max(160)
                .from(ctx -> ctx.fill("{wineNote}, {wineNote} and {wineNote}"))
                .bool("organic")
                .from(ctx -> ctx.chance(0.35))
                .bool("byTheGlass")
                .from(ctx -> ctx.value("glassPrice") != null);

        m.data("dish")
                .count(650)
                .describe("A dish on the menu.")
                .aliases("dish", "menu item", "plate", "meal", "recipe", "food")
                .titles(TitleSource.mix(
                        List.of("plate", "pasta", "dessert"),
                        new int[] {7, 2, 1},
                        List.of(
                                TitleSource.combo(
                                        p -> p.get(0) + " "
                                                + p.get(1, Ingredient.class).name() + " with " + p.get(2),
                                        WORDS.preparations(),
                                        WORDS.ingredients(),
                                        WORDS.accompaniments()),
                                TitleSource.combo(
                                        p -> p.get(0) + " with " + p.get(1), WORDS.pastaShapes(), WORDS.pastaSauces()),
                                TitleSource.combo(
                                        p -> p.get(0) + " " + p.get(1), WORDS.dessertFlavours(), WORDS.desserts()))))
                .text("name")
                .required()
                .max(120)
                .fromTitle()
                .slug("slug")
                .required()
                .reference("menuSection", "menuSection")
                .required()
                .from(RestaurantModel::section)
                .longText("description")
                .required()
                .length(20, 600)
                .from(RestaurantModel::description)
                .json("ingredients")
                .required()
                .from(RestaurantModel::ingredients)
                .number("price")
                .required()
                .range(3, 95)
                .from(RestaurantModel::price)
                .integer("calories")
                .range(50, 2000)
                .fill(0.5)
                .from(ctx -> ctx.between(180, 980))
                .integer("spiceLevel")
                .range(0, 3)
                .from(ctx -> ctx.title().contains("Nduja")
                                || ctx.title().contains("Harissa")
                                || ctx.title().contains("Chilli")
                                || ctx.title().contains("Blackened")
                        ? ctx.between(1, 3)
                        : 0)
                .bool("vegetarian")
                .from(ctx -> isVegetarian(ctx))
                .bool("vegan")
                .from(ctx -> isVegetarian(ctx) && ctx.chance(0.4))
                .bool("glutenFree")
                .from(ctx -> !ctx.part(0).equals("pasta") && ctx.chance(0.45))
                .json("allergens")
                .from(ctx -> Map.of("contains", ctx.pickDistinct(WORDS.allergens(), ctx.between(1, 3))))
                .reference("winePairing", "wine")
                .fill(0.5)
                .bool("chefsSpecial")
                .from(ctx -> ctx.chance(0.07))
                .bool("available")
                .from(ctx -> ctx.chance(0.92))
                .asset("photo");

        SharedTypes.location(m, "location", 3)
                .describe("One of our restaurants.")
                .integer("covers")
                .range(10, 400)
                .from(ctx -> ctx.between(40, 140))
                .bool("terrace")
                .from(ctx -> ctx.chance(0.6))
                .bool("privateDiningRoom")
                .from(ctx -> ctx.chance(0.7));

        SharedTypes.person(m, "chef", 10, WORDS.chefRoles())
                .describe("A member of the kitchen or front-of-house team.")
                .reference("signatureDish", "dish")
                .fill(0.8)
                .text("trainedAt")
                .max(120)
                .fill(0.7)
                .from(ctx -> ctx.fill("{kitchen}"))
                .integer("yearsExperience")
                .range(1, 50)
                .from(ctx -> ctx.between(4, 28));

        m.data("reservationPolicy")
                .count(6)
                .describe("Booking rules shown on the reservations page.")
                .aliases("policy", "reservation policy")
                .titles(TitleSource.fixed(List.copyOf(WORDS.policies().keySet())))
                .text("title")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .text("summary")
                .required()
                .max(200)
                .localized()
                .from(ctx -> WORDS.policies().get(ctx.part(0)))
                .richText("policy")
                .required()
                .from(ctx -> ctx.richText(1, 2, WORDS.policies().get(ctx.part(0))))
                .bool("depositRequired")
                .from(ctx -> ctx.part(0).contains("Groups") || ctx.part(0).contains("Private"))
                .number("depositPerGuest")
                .range(0, 100)
                .fill(0.5)
                .from(ctx -> ctx.price(10, 30, 5))
                .integer("maxPartySize")
                .range(1, 60)
                .from(ctx -> ctx.part(0).contains("Private") ? 40 : ctx.between(6, 12))
                .integer("cancellationHours")
                .range(0, 72)
                .from(ctx -> ctx.pick(List.of(24, 48)));

        m.data("privateDiningMenu")
                .count(12)
                .describe("A set menu for groups and celebrations.")
                .aliases("private dining", "set menu", "package")
                .titles(TitleSource.fixed(
                        "The Long Table",
                        "Chef's Table",
                        "Garden Room Feast",
                        "Sunday Gathering",
                        "Celebration Menu",
                        "Vegetarian Feast",
                        "Seafood Supper",
                        "Wine Lovers' Dinner",
                        "Working Lunch",
                        "Festive Feast",
                        "Family Style Sharing",
                        "Tasting Menu for Groups"))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .longText("description")
                .required()
                .max(600)
                .number("pricePerPerson")
                .required()
                .range(25, 250)
                .from(ctx -> ctx.price(38, 120, 1))
                .integer("minGuests")
                .required()
                .range(2, 40)
                .from(ctx -> ctx.between(6, 12))
                .integer("maxGuests")
                .required()
                .range(4, 120)
                .from(ctx -> ctx.between(14, 40))
                .integer("courses")
                .range(2, 12)
                .from(ctx -> ctx.between(3, 7))
                .bool("includesWinePairing")
                .from(ctx -> ctx.chance(0.4))
                .references("dishes", "dish")
                .required()
                .items(3, 8)
                .reference("pairedWine", "wine")
                .fill(0.5);

        SharedTypes.review(m, "review", 750, WORDS.reviewHeadlines())
                .describe("A guest review.")
                .reference("location", "location")
                .required()
                .reference("dish", "dish")
                .fill(0.6)
                .enumOf("occasion", "date night", "family", "business", "celebration", "friends", "solo")
                .fill(0.7);

        m.page("specialEvent")
                .count(100)
                .describe("A ticketed dinner, class or celebration.")
                .aliases("event", "special event", "dinner", "class")
                .titles(SharedTypes.monthly(WORDS.events()))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .template(
                        "Join us in {city} for {0}: {#4-7} courses, each paired with a wine from our cellar.",
                        "{0} returns this month — a relaxed evening of seasonal cooking and good company.",
                        "An evening with our kitchen team at {siteName}, built around the best produce of {1}.")
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(1, 3, (String) ctx.value("summary")))
                .dateTime("startsAt")
                .required()
                .from(ctx -> SharedTypes.startInTitledMonth(ctx, 12, 20))
                .dateTime("endsAt")
                .required()
                .from(ctx -> ItemDates.plusMinutes((String) ctx.value("startsAt"), 180))
                .reference("location", "location")
                .required()
                .number("ticketPrice")
                .required()
                .range(0, 300)
                .from(ctx -> ctx.price(35, 140, 5))
                .integer("capacity")
                .range(4, 200)
                .from(ctx -> ctx.between(12, 60))
                .references("hostChefs", "chef")
                .items(0, 3)
                .fill(0.7)
                .url("bookingUrl")
                .from(ctx -> ctx.siteUrl("/events/" + ctx.slug()))
                .bool("soldOut")
                .from(ctx -> ctx.chance(0.15))
                .reference("heroImage", "image")
                .fill(0.8);

        m.component("dishHighlights")
                .count(6)
                .describe("A row of featured dishes.")
                .titles(TitleSource.fixed(
                        "Dish Highlights – Homepage",
                        "Dish Highlights – Lunch",
                        "Dish Highlights – Dinner",
                        "Dish Highlights – Seasonal",
                        "Dish Highlights – Desserts",
                        "Dish Highlights – Private Dining"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template(
                        "On the menu this week",
                        "From the wood oven",
                        "Our chef recommends",
                        "New this season",
                        "Save room for dessert")
                .text("intro")
                .max(240)
                .localized()
                .references("dishes", "dish")
                .required()
                .items(3, 8)
                .enumOf("layout", "carousel", "grid");
        m.component("reservationCta")
                .displayName("Reservation CTA")
                .count(4)
                .describe("A prompt to book a table.")
                .titles(TitleSource.fixed(
                        "Reservation CTA – Homepage",
                        "Reservation CTA – Menu",
                        "Reservation CTA – Events",
                        "Reservation CTA – Footer"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template(
                        "Book your table", "Join us for dinner", "Tables available tonight", "Planning a celebration?")
                .longText("body")
                .max(300)
                .text("buttonLabel")
                .required()
                .max(30)
                .template("Book a table", "Reserve now", "Check availability")
                .url("bookingUrl")
                .required()
                .from(ctx -> ctx.siteUrl("/reservations"))
                .integer("maxPartySize")
                .range(1, 20)
                .from(ctx -> ctx.between(6, 10));
        m.page("menuPage")
                .count(4)
                .describe("A menu as guests see it.")
                .titles(TitleSource.fixed("Dinner Menu", "Lunch Menu", "Dessert Menu", "Wine List"))
                .longText("intro")
                .max(400)
                .references("sections", "menuSection")
                .required()
                .items(1, 12)
                .bool("showPrices")
                .from(ctx -> true)
                .text("serviceNote")
                .max(200)
                .from(ctx -> "A discretionary service charge of 12.5% is added to your bill.");
    }

    private static int section(String name) {
        int index = SECTIONS.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("restaurant.json has no menu section '" + name + "'");
        }
        return index;
    }

    private static boolean isVegetarian(ItemContext ctx) {
        String title = ctx.title();
        for (String meat : WORDS.meats()) {
            if (title.contains(meat)) {
                return false;
            }
        }
        return true;
    }

    private static String section(ItemContext ctx) {
        return switch (ctx.part(0)) {
            case "pasta" -> ctx.refAt("menuSection", PASTA);
            case "dessert" -> ctx.refAt("menuSection", DESSERT_SECTION);
            default ->
                switch (ctx.part(2, Ingredient.class).kind()) {
                    case "starter" -> ctx.refAt("menuSection", ctx.pick(List.of(SMALL_PLATES, STARTERS)));
                    case "grill" -> ctx.refAt("menuSection", GRILL);
                    case "side" -> ctx.refAt("menuSection", SIDES);
                    default -> ctx.refAt("menuSection", MAINS);
                };
        };
    }

    private static String description(ItemContext ctx) {
        String first = lower(ctx.part(1));
        return switch (ctx.part(0)) {
            case "plate" -> {
                String ingredient = lower(ctx.part(2, Ingredient.class).name());
                String with = lower(ctx.part(3));
                yield ctx.fill(ctx.pick(List.of(
                        first + " " + ingredient + ", finished with " + with + " and {garnish}.",
                        "Our take on " + ingredient + ": " + first + " over {cookingFuel}, served with " + with + ".",
                        "A favourite this {season}: " + first + " " + ingredient + " with " + with
                                + ", {garnish} and {garnish}.")));
            }
            case "pasta" ->
                ctx.fill("Fresh " + first + ", rolled in our kitchen every morning, with " + lower(ctx.part(2))
                        + " and {garnish}.");
            default ->
                ctx.fill(
                        first + " " + lower(ctx.part(2)) + " with {garnish}. Made by our pastry team every afternoon.");
        };
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> ingredients(ItemContext ctx) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<String> items = new ArrayList<>();
        if (ctx.part(0).equals("plate")) {
            items.add(ctx.part(2, Ingredient.class).name());
            items.add(ctx.part(3));
        } else {
            items.add(ctx.part(1));
            items.add(ctx.part(2));
        }
        items.addAll(ctx.pickDistinct("garnish", 2));
        json.put("items", items);
        json.put("locallySourced", ctx.chance(0.6));
        return json;
    }

    private static double price(ItemContext ctx) {
        return switch (ctx.part(0)) {
            case "pasta" -> ctx.price(13, 24, 0.5);
            case "dessert" -> ctx.price(7, 12, 0.5);
            default ->
                switch (ctx.part(2, Ingredient.class).kind()) {
                    case "starter" -> ctx.price(7, 16, 0.5);
                    case "side" -> ctx.price(4, 8, 0.5);
                    case "grill" -> ctx.price(19, 42, 0.5);
                    default -> ctx.price(16, 34, 0.5);
                };
        };
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
