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

    private static final List<String> CATEGORIES = List.of(
            "Espresso Drinks",
            "Filter Coffee",
            "Cold Brew & Iced",
            "Tea & Infusions",
            "Hot Chocolate",
            "Seasonal Specials",
            "Pastries",
            "Breakfast",
            "Sandwiches & Toasties",
            "Cakes & Bakes",
            "Vegan Treats",
            "Retail Beans",
            "Brewing Gear",
            "Kids' Drinks");
    private static final List<String> SECTIONS = List.of(
            "drinks", "drinks", "drinks", "drinks", "drinks", "drinks", "food", "food", "food", "food", "food",
            "retail", "retail", "drinks");
    private static final int ESPRESSO = 0,
            COLD = 2,
            TEA = 3,
            CHOCOLATE = 4,
            SEASONAL = 5,
            PASTRIES = 6,
            BREAKFAST = 7,
            SANDWICHES = 8,
            CAKES = 9,
            RETAIL = 11;

    private static final List<String> FLAVOURS = List.of(
            "Honey Oat",
            "Vanilla Bean",
            "Maple Pecan",
            "Salted Caramel",
            "Cardamom",
            "Lavender",
            "Brown Sugar",
            "Toasted Hazelnut",
            "Spiced Orange",
            "Cinnamon",
            "Toasted Coconut",
            "Dark Chocolate",
            "Rose & Pistachio",
            "Gingerbread",
            "Pumpkin Spice",
            "Almond",
            "Burnt Honey",
            "Smoked Maple",
            "Blood Orange",
            "Orange Blossom");
    private static final List<String> DRINKS = List.of(
            "Latte",
            "Flat White",
            "Cortado",
            "Cappuccino",
            "Mocha",
            "Macchiato",
            "Americano",
            "Chai Latte",
            "Matcha Latte",
            "Hot Chocolate",
            "Cold Brew",
            "Espresso Tonic",
            "Affogato",
            "Golden Milk",
            "Breve",
            "Piccolo",
            "Long Black",
            "Shaken Espresso");
    private static final List<String> DRINK_VARIANTS = List.of("", " (Decaf)", " (Large)", " (Half-Sweet)");
    private static final List<String> BAKES = List.of(
            "Almond",
            "Blueberry",
            "Pistachio",
            "Dark Chocolate",
            "Cardamom",
            "Lemon Poppy Seed",
            "Raspberry",
            "Cinnamon",
            "Apricot",
            "Pear & Ginger",
            "Hazelnut",
            "Oat & Honey",
            "Banana",
            "Carrot & Walnut",
            "Orange & Polenta",
            "Sticky Toffee");
    private static final List<String> BAKE_TYPES = List.of(
            "Croissant",
            "Muffin",
            "Scone",
            "Loaf Cake",
            "Bun",
            "Danish",
            "Cookie",
            "Brownie",
            "Morning Bun",
            "Financier",
            "Tart",
            "Blondie");
    private static final List<String> FILLINGS = List.of(
            "Ham & Gruyère",
            "Mushroom & Thyme",
            "Smoked Salmon & Dill",
            "Halloumi & Harissa",
            "Avocado & Chilli",
            "Cheddar & Pickle",
            "Roast Tomato & Pesto",
            "Egg & Spinach",
            "Turkey & Cranberry",
            "Brie & Fig",
            "Hummus & Roasted Pepper",
            "Bacon & Maple");
    private static final List<String> BREADS = List.of(
            "Toastie",
            "Bagel",
            "Sourdough Sandwich",
            "Focaccia",
            "Breakfast Croissant",
            "Rye Open Sandwich",
            "Brioche Bun",
            "Wrap");
    private static final List<String> ORIGINS = List.of(
            "Ethiopia||Yirgacheffe",
            "Ethiopia||Guji",
            "Kenya||Nyeri",
            "Kenya||Kirinyaga",
            "Colombia||Huila",
            "Colombia||Nariño",
            "Guatemala||Antigua",
            "Guatemala||Huehuetenango",
            "Costa Rica||Tarrazú",
            "Brazil||Cerrado Mineiro",
            "Brazil||Sul de Minas",
            "Rwanda||Nyamasheke",
            "Burundi||Kayanza",
            "Peru||Cajamarca",
            "Honduras||Santa Bárbara",
            "El Salvador||Santa Ana",
            "Panama||Boquete",
            "Indonesia||Aceh Gayo",
            "Papua New Guinea||Eastern Highlands",
            "Mexico||Chiapas");
    private static final List<String> ORIGIN_NAMES = ORIGINS.stream()
            .map(o -> ItemContext.split(o)[0] + " " + ItemContext.split(o)[1])
            .toList();
    private static final List<String> RETAIL_FORMATS = List.of(
            "Whole Bean 250g", "Whole Bean 1kg", "Ground for Filter 250g", "Espresso Roast 500g", "Drip Bags (10)");
    private static final List<String> PROCESSES = List.of("Washed", "Natural", "Honey", "Anaerobic");
    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("Latte Art Throwdown", "friendly latte art battles, judged by our head barista"),
            Map.entry("Home Brewing Workshop", "getting café-quality filter coffee out of your kitchen"),
            Map.entry("Cupping Session", "tasting this season's coffees side by side"),
            Map.entry("Open Mic Night", "music, poetry and late-night decaf"),
            Map.entry("Roastery Tour", "how green coffee becomes the beans in your cup"),
            Map.entry("Origin Talk", "the farms and people behind our coffee"),
            Map.entry("Barista Masterclass", "espresso extraction and milk texturing"),
            Map.entry("Book Club Morning", "this month's book over a pot of filter coffee"),
            Map.entry("Coffee & Cake Pairing", "matching our coffees with the bakery's best"),
            Map.entry("Vinyl Night", "records from our regulars' collections and cold brew on tap"),
            Map.entry("Kids' Baking Club", "cookies, buns and very messy aprons"),
            Map.entry("Board Game Evening", "classic and brand-new board games with hot chocolate"));
    private static final List<String> EVENT_NAMES =
            EVENTS.keySet().stream().sorted().toList();
    private static final Map<String, Double> BASE_PRICES = Map.ofEntries(
            Map.entry("Latte", 3.8),
            Map.entry("Flat White", 3.6),
            Map.entry("Cortado", 3.3),
            Map.entry("Cappuccino", 3.6),
            Map.entry("Mocha", 4.2),
            Map.entry("Macchiato", 3.0),
            Map.entry("Americano", 3.2),
            Map.entry("Chai Latte", 4.0),
            Map.entry("Matcha Latte", 4.5),
            Map.entry("Hot Chocolate", 3.9),
            Map.entry("Cold Brew", 4.2),
            Map.entry("Espresso Tonic", 4.5),
            Map.entry("Affogato", 5.0),
            Map.entry("Golden Milk", 4.2),
            Map.entry("Breve", 4.0),
            Map.entry("Piccolo", 3.0),
            Map.entry("Long Black", 3.2),
            Map.entry("Shaken Espresso", 4.6));
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
                .from(ctx -> SECTIONS.get(ctx.index() % CATEGORIES.size()))
                .integer("sortOrder")
                .range(0, 1000)
                .from(ctx -> ctx.index() * 10);

        m.data("coffeeOrigin")
                .count(36)
                .describe("A green coffee lot we roast.")
                .aliases("origin", "coffee", "bean", "single origin")
                .titles(TitleSource.combo(p -> p.get(0) + ", " + p.get(1), ORIGIN_NAMES, PROCESSES))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .text("country")
                .required()
                .max(60)
                .from(ctx -> ItemContext.split(ORIGINS.get(ORIGIN_NAMES.indexOf(ctx.part(0))))[0])
                .text("region")
                .max(60)
                .from(ctx -> ItemContext.split(ORIGINS.get(ORIGIN_NAMES.indexOf(ctx.part(0))))[1])
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
                                        p -> p.get(0) + " " + p.get(1) + p.get(2), FLAVOURS, DRINKS, DRINK_VARIANTS),
                                TitleSource.combo(p -> p.get(0) + " " + p.get(1), BAKES, BAKE_TYPES),
                                TitleSource.combo(p -> p.get(0) + " " + p.get(1), FILLINGS, BREADS),
                                TitleSource.combo(p -> p.get(0) + " " + p.get(1), ORIGIN_NAMES, RETAIL_FORMATS))))
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

        SharedTypes.person(
                        m,
                        "author",
                        12,
                        List.of(
                                "Head Roaster",
                                "Barista Trainer",
                                "Green Coffee Buyer",
                                "Head Baker",
                                "Café Manager",
                                "Founder",
                                "Quality Control Lead",
                                "Community Manager"))
                .describe("Someone who writes for the journal.")
                .text("favouriteDrink")
                .max(80)
                .from(ctx -> ctx.pick(FLAVOURS) + " " + ctx.pick(DRINKS))
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
                                vocabulary().list("postPattern"),
                                vocabulary().list("postTopic")),
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
                        "Join our team in {city} for {0}: " + EVENTS.get(ctx.part(0)) + ".",
                        "A relaxed, hands-on evening of " + EVENTS.get(ctx.part(0)) + " — no experience needed.",
                        "{0} is back: " + EVENTS.get(ctx.part(0)) + ", with plenty to taste along the way."))))
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(1, 3, (String) ctx.value("summary")))
                .dateTime("startsAt")
                .required()
                .from(CoffeeShopModel::eventStart)
                .dateTime("endsAt")
                .required()
                .from(ctx -> ItemContext.plusMinutes((String) ctx.value("startsAt"), 120))
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

        SharedTypes.review(m, "review", 700, vocabulary())
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
                double base = BASE_PRICES.get(ctx.part(2))
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
        List<String> milks = new ArrayList<>(ctx.pickDistinct(
                List.of("Whole", "Semi-skimmed", "Oat", "Almond", "Soy", "Coconut", "Lactose-free"),
                ctx.between(3, 6)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("default", milks.getFirst());
        json.put("options", milks);
        return json;
    }

    private static Map<String, Object> allergens(ItemContext ctx) {
        List<String> contains = switch (ctx.part(0)) {
            case "drink" -> List.of("milk");
            case "bake" -> ctx.pickDistinct(List.of("gluten", "milk", "eggs", "nuts", "soy"), ctx.between(2, 4));
            case "savoury" ->
                ctx.pickDistinct(List.of("gluten", "milk", "eggs", "mustard", "sesame", "fish"), ctx.between(1, 3));
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
        return ItemContext.dateTimeOn(day, ctx.between(8, 19), ctx.pick(List.of(0, 30)));
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

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }

    private static final Vocabulary VOCABULARY = Vocabulary.builder()
            .add("drink", DRINKS)
            .add("origin", ORIGIN_NAMES)
            .add(
                    "note",
                    "blueberry",
                    "jasmine",
                    "milk chocolate",
                    "cacao nib",
                    "bergamot",
                    "red apple",
                    "stone fruit",
                    "brown sugar",
                    "caramel",
                    "toasted almond",
                    "blackcurrant",
                    "hibiscus",
                    "molasses",
                    "orange zest",
                    "honeysuckle",
                    "dark cherry",
                    "praline",
                    "grapefruit",
                    "black tea",
                    "fudge",
                    "peach",
                    "lime",
                    "cinnamon",
                    "maple syrup")
            .add(
                    "milk",
                    "steamed whole milk",
                    "silky oat milk",
                    "almond milk",
                    "micro-foamed milk",
                    "a splash of cold milk",
                    "velvety oat milk")
            .add(
                    "drinkServe",
                    "Served in our handmade ceramic cups.",
                    "Ask for it iced on warm days.",
                    "Available to take away in compostable cups.",
                    "Try it with an extra shot.",
                    "Bring your own cup and we'll take 30 cents off.")
            .add(
                    "bakeFinish",
                    "a crunchy demerara top",
                    "a light lemon glaze",
                    "toasted flaked almonds",
                    "a dusting of icing sugar",
                    "sea-salt flakes",
                    "a brown-butter crumb")
            .add(
                    "varietal",
                    "Heirloom",
                    "SL28",
                    "SL34",
                    "Bourbon",
                    "Caturra",
                    "Castillo",
                    "Gesha",
                    "Typica",
                    "Catuaí",
                    "Pacamara",
                    "Red Bourbon",
                    "Pink Bourbon")
            .add(
                    "producer",
                    "the {lastName} family farm",
                    "a cooperative of {#80-900} smallholders",
                    "Finca {lastName}",
                    "the {lastName} washing station",
                    "producer {firstName} {lastName}")
            .add(
                    "postIntro",
                    "Our baristas get asked about {1} every day, so we wrote down everything we know.",
                    "{1} can seem complicated. It isn't, and this guide shows why.",
                    "We spent a month in the roastery thinking about {1}. Here is what we learned.",
                    "Whether you are new to specialty coffee or brewing every morning, {1} is worth a closer look.",
                    "A short, practical read on {1}, from the team who roast and pour it every day.",
                    "Ask three baristas about {1} and you will get four opinions. Here are ours.")
            .add(
                    "postPattern",
                    "A Beginner's Guide to %s",
                    "Why We Love %s",
                    "Behind the Bar: %s",
                    "Everything You Need to Know About %s",
                    "Our Baristas on %s",
                    "%s, Explained",
                    "Field Notes: %s",
                    "The Science of %s",
                    "Five Myths About %s",
                    "Getting Started with %s",
                    "What We Got Wrong About %s",
                    "Roaster's Notes: %s",
                    "A Closer Look at %s",
                    "Taste Test: %s",
                    "Ask a Barista: %s",
                    "The Home Brewer's Guide to %s")
            .add(
                    "postTopic",
                    "Flat Whites",
                    "Cold Brew",
                    "Pour-Over",
                    "Espresso",
                    "Washed Coffees",
                    "Natural Process Coffees",
                    "Oat Milk",
                    "Latte Art",
                    "Decaf",
                    "Single-Origin Espresso",
                    "Milk Texturing",
                    "Grind Size",
                    "Water Chemistry",
                    "Seasonal Blends",
                    "the AeroPress",
                    "the French Press",
                    "the Moka Pot",
                    "the Chemex",
                    "Ethiopian Coffee",
                    "Colombian Coffee",
                    "Coffee Freshness",
                    "Direct Trade",
                    "Roast Profiles",
                    "Cupping")
            .add(
                    "headline",
                    "Slow mornings, serious coffee",
                    "Roasted in {city}, poured with care",
                    "Your neighbourhood coffee, done properly",
                    "Fresh beans, friendly faces",
                    "Coffee worth crossing town for",
                    "Baked at dawn, gone by noon",
                    "Good coffee starts at the farm",
                    "Meet this season's {origin}",
                    "Pull up a chair in {neighborhood}",
                    "Small batches, big flavour",
                    "Your new favourite {drink}",
                    "Brewed the way the farmer intended",
                    "From green bean to your cup",
                    "Come for the {drink}, stay for the company",
                    "Now roasting: {origin}",
                    "The {season} menu is here")
            .add(
                    "heading",
                    "Our story",
                    "How we source our beans",
                    "Roasted right here",
                    "What's on the menu",
                    "Meet the team",
                    "Visit us",
                    "Why we roast in small batches",
                    "Brewing at home",
                    "Our commitment to farmers",
                    "The bakery",
                    "Seasonal specials",
                    "Community first",
                    "Wholesale for cafés and offices",
                    "Sustainability",
                    "Milk and plant-based options",
                    "Gift cards and subscriptions",
                    "Events and workshops",
                    "Opening hours",
                    "Our roasting philosophy",
                    "What our regulars say",
                    "Dietary information",
                    "A note from the founders",
                    "Where our coffee comes from",
                    "Private hire")
            .add(
                    "sentence",
                    "Every {origin} lot we buy is roasted in small batches at our {neighborhood} roastery.",
                    "Our baristas dial in the espresso every morning before the doors open.",
                    "We pay well above Fairtrade minimums and visit our partner farms every harvest.",
                    "The menu changes with the seasons, so there is always something new to try.",
                    "Pastries are baked in-house each morning and usually sell out by noon.",
                    "Oat, almond and soy milk are always available at no extra charge.",
                    "{siteName} started in {year} with one second-hand roaster and a lot of curiosity.",
                    "We roast on {weekday}s and {weekday}s, so the beans in our hoppers are never more than a week old.",
                    "Our {origin} is tasting beautifully right now, with notes of {note} and {note}.",
                    "Bring your own cup and we'll knock a little off your drink.",
                    "Laptops are welcome before 11 and after 3; the middle of the day belongs to conversation.",
                    "Our team shares every tip, and every barista is paid a real living wage.",
                    "Grounds from the espresso machine go to a community garden in {neighborhood}.",
                    "We've been part of the {city} coffee scene since {year}.",
                    "You can order ahead on the app and skip the queue entirely.",
                    "Our cold brew steeps for eighteen hours and is served over a single large ice cube.",
                    "Decaf drinkers get the same care: our decaf is a sugarcane-processed {origin}.",
                    "Every new barista spends two weeks training with our head roaster before their first shift.",
                    "The {drink} is the drink our regulars order most, and it is easy to see why.",
                    "Dogs are welcome on the terrace and always get a biscuit.",
                    "Our roastery runs on renewable electricity and our takeaway cups are fully compostable.",
                    "We sell whole beans, ground to order for whatever brewer you use at home.",
                    "Weekday mornings are busiest between 8 and 9, so come a little later for a quieter table.",
                    "Most of our cakes can be made vegan if you order a day ahead.",
                    "We host cuppings on the first {weekday} of every month, and everyone is welcome.",
                    "Ask our baristas for a taster of the guest filter; it changes every week.",
                    "Wholesale partners get training, equipment servicing and a dedicated roast profile.",
                    "Gift cards never expire and can be used at every one of our cafés.",
                    "Our tables are made from reclaimed oak from an old {city} warehouse.",
                    "Expect bright, clean coffees with a sweetness that lasts.")
            .add(
                    "bullet",
                    "Roasted in small batches every week",
                    "Plant milks at no extra charge",
                    "Pastries baked in-house every morning",
                    "Free Wi-Fi and plenty of sockets",
                    "Dog-friendly terrace",
                    "Step-free access and an accessible toilet",
                    "Order ahead on the app",
                    "Compostable takeaway cups",
                    "Beans ground to order for your brewer",
                    "Direct relationships with {#8-30} farms",
                    "Monthly public cuppings",
                    "Gift cards that never expire",
                    "Decaf that tastes like coffee",
                    "Living wage for every barista",
                    "Bring-your-own-cup discount",
                    "Gluten-free options every day")
            .add(
                    "tagline",
                    "Specialty coffee, roasted in {city}",
                    "Small-batch coffee and fresh bakes",
                    "Serious coffee, friendly people",
                    "Your neighbourhood roastery",
                    "Good coffee, every day",
                    "Roasted with care, served with a smile",
                    "Coffee, cake and good company",
                    "From farm to cup, done properly")
            .add(
                    "cta",
                    "See the menu",
                    "Find a café",
                    "Shop our beans",
                    "Book a workshop",
                    "Order ahead",
                    "Join the coffee club",
                    "Read the journal",
                    "Plan your visit")
            .add(
                    "feature",
                    "Roasted weekly||Our beans are never more than seven days off the roaster.",
                    "Direct trade||We buy straight from {#8-30} farms we visit every year.",
                    "Baked in-house||Croissants, buns and cakes from our own kitchen every morning.",
                    "Plant milks included||Oat, almond and soy at no extra cost.",
                    "Order ahead||Skip the queue with our app and collect at the counter.",
                    "Coffee subscription||Fresh beans delivered every two or four weeks.",
                    "Workshops||Learn latte art, home brewing and cupping with our team.",
                    "Wholesale||Our coffee, your café: training and support included.",
                    "Compostable cups||Every takeaway cup and lid is certified compostable.",
                    "Dog friendly||Water bowls and biscuits on every terrace.",
                    "Living wage||Every barista earns a real living wage plus tips.",
                    "Gift cards||The perfect present for the coffee lover in your life.",
                    "Guest filter||A new coffee on filter every week.",
                    "Decaf done right||Sugarcane-processed decaf with real flavour.")
            .add("page", "Wholesale", "Gift Cards", "Coffee Subscriptions", "Our Roastery", "Catering")
            .add(
                    "campaign",
                    "Autumn Spice Menu",
                    "Coffee Club Launch",
                    "Holiday Gift Guide",
                    "Summer Cold Brew",
                    "New Café Opening",
                    "Spring Origins",
                    "Loyalty Card Relaunch",
                    "World Coffee Day",
                    "Barista Championship",
                    "Wholesale Open Day",
                    "Subscription Sale",
                    "Pastry Week")
            .add(
                    "photoSubject",
                    "Latte art",
                    "A flat white",
                    "Freshly roasted beans",
                    "The roastery",
                    "Our head roaster",
                    "A cinnamon bun",
                    "The espresso machine",
                    "A pour-over",
                    "Iced cold brew",
                    "The pastry counter",
                    "Green coffee sacks",
                    "A cupping table",
                    "The café terrace",
                    "A bag of retail beans",
                    "Baristas at work",
                    "Morning regulars",
                    "A stack of croissants",
                    "The bar",
                    "A matcha latte",
                    "Coffee cherries")
            .add(
                    "photoSetting",
                    "on the walnut counter",
                    "by the front window",
                    "in morning light",
                    "at our flagship café",
                    "on the roastery floor",
                    "from above",
                    "on a rainy afternoon",
                    "at the weekend market",
                    "in close-up",
                    "during the morning rush")
            .add(
                    "faq",
                    "menu||Do you have plant-based milk?||Yes. Oat, almond and soy milk are always available, and there is no extra charge for any of them.",
                    "menu||Do you serve decaf?||Always. Our decaf is a sugarcane-processed Colombian coffee that tastes like the real thing.",
                    "menu||Are your pastries vegan?||Several are, and every vegan item is marked on the menu. Ask the team if you are unsure.",
                    "menu||Do you have gluten-free options?||We always have at least two gluten-free bakes. They are made in a kitchen that also handles flour.",
                    "menu||How much caffeine is in a flat white?||A double shot has roughly 120–150 mg of caffeine, depending on the coffee.",
                    "menu||Can I get my drink extra hot?||Of course — just ask. We steam milk to around 60 °C by default for the best sweetness.",
                    "visiting||Can I bring my dog?||Dogs are welcome on all our terraces and inside most of our cafés.",
                    "visiting||Do you have Wi-Fi?||Yes, free Wi-Fi at every café. The password is on your receipt.",
                    "visiting||Can I work from your café?||Laptops are welcome, though we ask you to share big tables during the lunchtime rush.",
                    "visiting||Are your cafés accessible?||All our cafés have step-free access and most have an accessible toilet. Details are on each location page.",
                    "visiting||Do you take cash?||We accept cards and phone payments everywhere; most cafés also take cash.",
                    "visiting||Can I reserve a table?||We don't take table reservations, but you can hire a café for private events.",
                    "beans||How fresh are your beans?||We roast every week, and bags on our shelves are never more than ten days old.",
                    "beans||Can you grind beans for me?||Yes — tell us your brewing method and we'll grind to suit it.",
                    "beans||How should I store coffee at home?||Keep beans in an airtight container away from light and heat. Don't put them in the fridge.",
                    "beans||Which coffee is best for espresso?||Our house espresso blend is roasted for it, but most of our single origins work beautifully too.",
                    "beans||Where does your coffee come from?||We buy directly from farms and cooperatives in Ethiopia, Kenya, Colombia, Guatemala and more.",
                    "orders||How does the coffee subscription work?||Choose a coffee and a frequency; we roast and post it within two days. Pause or cancel any time.",
                    "orders||Do you deliver?||Beans and gear ship nationwide. Café drinks are available for pickup via our app.",
                    "orders||Can I return a bag of coffee?||If you don't love a coffee, tell us within 30 days and we'll replace it.",
                    "orders||How long does shipping take?||Orders placed before noon are roasted and shipped the next working day.",
                    "events||How do I book a workshop?||Book through the Events page. Places are limited to keep sessions hands-on.",
                    "events||Can I hire a café for a private event?||Yes, most of our cafés can be hired in the evening. Email us with your date.",
                    "events||Are workshops suitable for beginners?||Absolutely. Most of our workshops assume no experience at all.",
                    "wholesale||Do you supply other cafés?||Yes, we roast for cafés, restaurants and offices, with training included.",
                    "wholesale||Do you offer office coffee?||We supply beans, equipment and servicing for offices of every size.",
                    "general||Do you sell gift cards?||Yes, in every café and online. They never expire.",
                    "general||Do you have a loyalty programme?||Every tenth drink is on us with our app or stamp card.",
                    "general||Are your cups recyclable?||Our takeaway cups and lids are certified compostable. Better still, bring your own.",
                    "general||Do you pay a living wage?||Yes. Every member of our team earns at least the real living wage, plus shared tips.")
            .add(
                    "quote",
                    "The best {drink} in {city}, and the pastries are just as good.",
                    "I've tried every café in {neighborhood} and this is where I keep coming back.",
                    "Friendly baristas, beautiful coffee and {a drink} that makes my morning.",
                    "Their {origin} changed how I think about filter coffee.",
                    "The coffee subscription is the best thing I signed up for this year.",
                    "Warm, welcoming and seriously good coffee. The cinnamon buns are dangerous.",
                    "Our office switched to their beans and nobody wants to go back.",
                    "The latte art workshop was so much fun — I finally poured a heart!",
                    "You can taste the care in every cup. Lovely team too.",
                    "My dog loves it here as much as I do.",
                    "Great coffee, great music and the best window seat in town.",
                    "They remembered my order after two visits. That's how you build regulars.")
            .add(
                    "reviewHeadline",
                    "5||Best flat white in town",
                    "5||Worth the queue",
                    "5||Our new Saturday ritual",
                    "5||Incredible pastries",
                    "5||Friendly team, perfect coffee",
                    "5||A proper neighbourhood café",
                    "5||Outstanding filter coffee",
                    "5||The cinnamon buns!",
                    "5||Lovely spot to work",
                    "5||Great beans to take home",
                    "5||Coffee done properly",
                    "5||Always a warm welcome",
                    "5||Dog-friendly and delicious",
                    "5||Fantastic cold brew",
                    "5||Hidden gem",
                    "4||Great coffee, busy at lunch",
                    "4||Lovely place, small tables",
                    "4||Very good espresso",
                    "4||Delicious but pricey",
                    "4||Nice terrace",
                    "4||Solid brunch spot",
                    "4||Really good decaf",
                    "3||Good coffee, slow service",
                    "3||Hit and miss",
                    "3||Nice but crowded",
                    "2||Disappointing visit",
                    "2||Cold drink, long wait",
                    "1||Not what it used to be")
            .add(
                    "reviewPositive",
                    "The {drink} was spot on — sweet, balanced and properly hot.",
                    "Staff were lovely and recommended the {origin}, which was delicious.",
                    "We came for breakfast and stayed for two more coffees.",
                    "The pastries were still warm from the oven.",
                    "Great music, comfortable seats and plenty of light.",
                    "They happily made my drink with oat milk at no extra cost.",
                    "I bought a bag of the {origin} and it tastes just as good at home.",
                    "Clean, calm and easily the best coffee in {neighborhood}.",
                    "Even at the busiest time the team stayed friendly and quick.")
            .add(
                    "reviewMixed",
                    "The {drink} itself was good, but we waited almost fifteen minutes.",
                    "Lovely coffee, though it was hard to find a table on a Saturday.",
                    "The pastries were great; my cappuccino was a little too milky.",
                    "Nice atmosphere but quite loud at lunchtime.",
                    "Prices are on the high side, although the quality is there.")
            .add(
                    "reviewCritical",
                    "My {drink} arrived lukewarm and the cup was sticky.",
                    "We waited twenty minutes and our order was wrong.",
                    "The café was understaffed and nobody cleared the tables.",
                    "The croissant tasted like yesterday's.",
                    "Service felt rushed and unfriendly this time, which is a shame.")
            .add(
                    "bio",
                    "{first} has worked in specialty coffee for over {#4-15} years.",
                    "{first} looks after quality control and cups every roast before it leaves the roastery.",
                    "Before joining {siteName}, {first} ran a café in {city}'s {neighborhood}.",
                    "{first} travels to origin every harvest to meet the farmers we buy from.",
                    "When not behind the bar, {first} is usually tinkering with a hand grinder at home.",
                    "{first} trains every new barista and judges at regional latte art competitions.",
                    "{first}'s favourite coffee right now is our {origin}.")
            .add("role", "Morning regular", "Coffee subscriber", "Workshop guest", "Wholesale partner", "Home brewer")
            .add(
                    "nav",
                    "Menu||/menu",
                    "Locations||/locations",
                    "Shop Beans||/coffee-origins",
                    "Events||/events",
                    "Journal||/blog-posts",
                    "Wholesale||/wholesale",
                    "Gift Cards||/gift-cards",
                    "Subscriptions||/coffee-subscriptions")
            .build();
}
