package com.sitewright.generation.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A neighbourhood restaurant: menu sections, dishes, wine list, chefs, private dining and events. */
final class RestaurantModel implements IndustryModel {

    private static final List<String> SECTIONS = List.of(
            "Small Plates",
            "Starters",
            "Pasta",
            "Mains",
            "From the Grill",
            "Sides",
            "Salads",
            "Desserts",
            "Cheese",
            "Kids' Menu",
            "Sunday Roast",
            "Tasting Menu");
    private static final List<String> COURSES = List.of(
            "starter", "starter", "main", "main", "main", "side", "starter", "dessert", "dessert", "other", "main",
            "other");
    private static final int SMALL_PLATES = 0,
            STARTERS = 1,
            PASTA = 2,
            MAINS = 3,
            GRILL = 4,
            SIDES = 5,
            DESSERT_SECTION = 7;

    private static final List<String> PREPARATIONS = List.of(
            "Charred",
            "Slow-Roasted",
            "Pan-Seared",
            "Wood-Fired",
            "Braised",
            "Crispy",
            "Grilled",
            "Smoked",
            "Confit",
            "Butter-Poached",
            "Blackened",
            "Roast",
            "Cured",
            "Miso-Glazed");
    private static final List<String> INGREDIENTS = List.of(
            "Octopus||starter",
            "Lamb Shoulder||main",
            "Sea Bass||main",
            "Cauliflower||main",
            "Pork Belly||main",
            "Duck Breast||main",
            "Hake||main",
            "Beef Short Rib||grill",
            "Chicken Thigh||grill",
            "Celeriac||main",
            "Squid||starter",
            "Beetroot||starter",
            "Aubergine||starter",
            "Scallops||starter",
            "Mackerel||starter",
            "Halloumi||starter",
            "King Prawns||grill",
            "Heritage Carrots||side",
            "Tenderstem Broccoli||side",
            "New Potatoes||side");
    private static final List<String> ACCOMPANIMENTS = List.of(
            "Salsa Verde",
            "Romesco",
            "Gremolata",
            "Brown Butter & Capers",
            "Smoked Aubergine Purée",
            "Chimichurri",
            "Pickled Shallots",
            "Wild Garlic Pesto",
            "Harissa Yoghurt",
            "Miso Butter",
            "Blood Orange & Fennel",
            "Black Garlic",
            "Lemon & Herb Crumb",
            "Tahini & Pomegranate",
            "Burnt Apple",
            "Peas & Mint",
            "Nduja Butter",
            "Seaweed Butter");
    private static final List<String> PASTA_SHAPES = List.of(
            "Pappardelle",
            "Rigatoni",
            "Tagliatelle",
            "Orecchiette",
            "Linguine",
            "Gnocchi",
            "Ravioli",
            "Casarecce",
            "Bucatini",
            "Agnolotti",
            "Tortellini",
            "Paccheri");
    private static final List<String> PASTA_SAUCES = List.of(
            "Beef Shin Ragù",
            "Wild Mushroom & Truffle",
            "Crab, Chilli & Lemon",
            "Cacio e Pepe",
            "Slow-Cooked Pork Ragù",
            "Butternut & Sage",
            "Nduja & Tomato",
            "Brown Crab Butter",
            "Pistachio Pesto",
            "Cavolo Nero & Walnut",
            "Clams & Samphire",
            "Lamb Shoulder Ragù",
            "Sausage & Fennel",
            "Lemon & Ricotta");
    private static final List<String> DESSERT_FLAVOURS = List.of(
            "Dark Chocolate",
            "Burnt Honey",
            "Blood Orange",
            "Rhubarb & Custard",
            "Salted Caramel",
            "Lemon",
            "Pistachio",
            "Espresso",
            "Poached Pear",
            "Brown Butter",
            "Yoghurt & Honey",
            "Strawberry & Elderflower");
    private static final List<String> DESSERTS = List.of(
            "Tart",
            "Panna Cotta",
            "Sorbet",
            "Crème Brûlée",
            "Soufflé",
            "Cheesecake",
            "Semifreddo",
            "Pavlova",
            "Fondant",
            "Sticky Pudding");
    private static final List<String> WINES = List.of(
            "Rioja||Tempranillo||Spain||red",
            "Rioja||Garnacha||Spain||red",
            "Rías Baixas||Albariño||Spain||white",
            "Priorat||Garnacha||Spain||red",
            "Douro||Touriga Nacional||Portugal||red",
            "Vinho Verde||Alvarinho||Portugal||white",
            "Burgundy||Pinot Noir||France||red",
            "Burgundy||Chardonnay||France||white",
            "Sancerre||Sauvignon Blanc||France||white",
            "Provence||Grenache Rosé||France||rose",
            "Champagne||Chardonnay||France||sparkling",
            "Rhône||Syrah||France||red",
            "Loire||Chenin Blanc||France||white",
            "Alsace||Riesling||France||white",
            "Chianti Classico||Sangiovese||Italy||red",
            "Barolo||Nebbiolo||Italy||red",
            "Etna||Nerello Mascalese||Italy||red",
            "Soave||Garganega||Italy||white",
            "Prosecco||Glera||Italy||sparkling",
            "Mosel||Riesling||Germany||white",
            "Wachau||Grüner Veltliner||Austria||white",
            "Central Otago||Pinot Noir||New Zealand||red",
            "Marlborough||Sauvignon Blanc||New Zealand||white",
            "Barossa||Shiraz||Australia||red",
            "Mendoza||Malbec||Argentina||red",
            "Stellenbosch||Chenin Blanc||South Africa||white",
            "Willamette Valley||Pinot Noir||United States||red",
            "Kakheti||Rkatsiteli||Georgia||orange",
            "Jura||Savagnin||France||white",
            "Tokaj||Furmint||Hungary||dessert");
    private static final List<String> VINTAGES =
            List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023");
    private static final List<String> EVENTS = List.of(
            "Wine Dinner",
            "Supper Club",
            "Chef's Table Evening",
            "Sunday Jazz Lunch",
            "Truffle Night",
            "Harvest Feast",
            "Cookery Class",
            "Oyster & Champagne Evening",
            "Meet the Winemaker",
            "Pasta Masterclass");

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
                .from(ctx -> COURSES.get(ctx.index() % COURSES.size()))
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
                        p -> field(p.get(0), 1) + ", " + field(p.get(0), 0) + " " + p.get(1), WINES, VINTAGES))
                .text("name")
                .required()
                .max(90)
                .fromTitle()
                .slug("slug")
                .required()
                .enumOf("style", "red", "white", "rose", "sparkling", "orange", "dessert")
                .required()
                .from(ctx -> field(ctx.part(0), 3))
                .text("grape")
                .required()
                .max(60)
                .from(ctx -> field(ctx.part(0), 1))
                .text("region")
                .required()
                .max(60)
                .from(ctx -> field(ctx.part(0), 0))
                .text("country")
                .max(60)
                .from(ctx -> field(ctx.part(0), 2))
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
                                        p -> p.get(0) + " " + field(p.get(1), 0) + " with " + p.get(2),
                                        PREPARATIONS,
                                        INGREDIENTS,
                                        ACCOMPANIMENTS),
                                TitleSource.combo(p -> p.get(0) + " with " + p.get(1), PASTA_SHAPES, PASTA_SAUCES),
                                TitleSource.combo(p -> p.get(0) + " " + p.get(1), DESSERT_FLAVOURS, DESSERTS))))
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
                .from(ctx -> Map.of(
                        "contains",
                        ctx.pickDistinct(
                                List.of(
                                        "milk",
                                        "eggs",
                                        "gluten",
                                        "fish",
                                        "crustaceans",
                                        "molluscs",
                                        "nuts",
                                        "sesame",
                                        "mustard",
                                        "celery",
                                        "sulphites"),
                                ctx.between(1, 3))))
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

        SharedTypes.person(
                        m,
                        "chef",
                        10,
                        List.of(
                                "Executive Chef",
                                "Head Chef",
                                "Sous Chef",
                                "Pastry Chef",
                                "Chef de Partie",
                                "Head Sommelier",
                                "Restaurant Manager",
                                "Bar Manager"))
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
                .titles(TitleSource.fixed(
                        "Standard Reservations",
                        "Large Groups",
                        "Private Dining",
                        "Cancellations & No-Shows",
                        "Children & High Chairs",
                        "Dietary Requirements"))
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
                .from(ctx -> POLICY_SUMMARIES.get(ctx.part(0)))
                .richText("policy")
                .required()
                .from(ctx -> ctx.richText(1, 2, POLICY_SUMMARIES.get(ctx.part(0))))
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

        SharedTypes.review(m, "review", 750, vocabulary())
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
                .titles(SharedTypes.monthly(EVENTS))
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
                .from(ctx -> ItemContext.plusMinutes((String) ctx.value("startsAt"), 180))
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

    private static final Map<String, String> POLICY_SUMMARIES = Map.of(
            "Standard Reservations", "Tables can be booked up to 60 days ahead online or by phone.",
            "Large Groups", "Groups of eight or more dine from a set menu and we ask for a small deposit.",
            "Private Dining", "Our private room seats up to 40 guests and can be booked for lunch or dinner.",
            "Cancellations & No-Shows",
                    "Please give us 24 hours' notice if your plans change so we can offer the table to someone else.",
            "Children & High Chairs", "Children are very welcome; we have high chairs and a small children's menu.",
            "Dietary Requirements", "Tell us about allergies when you book and our kitchen will adapt your meal.");

    static String field(String entry, int index) {
        return ItemContext.split(entry)[index];
    }

    private static boolean isVegetarian(ItemContext ctx) {
        String title = ctx.title();
        for (String meat : List.of(
                "Lamb",
                "Bass",
                "Pork",
                "Duck",
                "Hake",
                "Beef",
                "Chicken",
                "Squid",
                "Octopus",
                "Scallops",
                "Mackerel",
                "Prawns",
                "Crab",
                "Clams",
                "Nduja",
                "Ragù")) {
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
                switch (field(ctx.part(2), 1)) {
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
                String ingredient = lower(field(ctx.part(2), 0));
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
            items.add(field(ctx.part(2), 0));
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
                switch (field(ctx.part(2), 1)) {
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

    private static final Vocabulary VOCABULARY = Vocabulary.builder()
            .add(
                    "garnish",
                    "toasted hazelnuts",
                    "pickled red onion",
                    "soft herbs",
                    "crispy capers",
                    "charred lemon",
                    "fermented chilli",
                    "brown butter crumbs",
                    "wild rocket",
                    "aged parmesan",
                    "smoked almonds",
                    "marinated olives",
                    "crème fraîche",
                    "puffed grains",
                    "dill oil",
                    "candied walnuts",
                    "sea herbs")
            .add("cookingFuel", "open flame", "oak embers", "the wood oven", "the charcoal grill")
            .add(
                    "wineNote",
                    "ripe cherry",
                    "citrus peel",
                    "wet stone",
                    "white peach",
                    "black pepper",
                    "violet",
                    "toasted brioche",
                    "green apple",
                    "dried herbs",
                    "blackcurrant",
                    "honeysuckle",
                    "sea salt")
            .add(
                    "kitchen",
                    "Leiths School of Food and Wine",
                    "a Michelin-starred kitchen in Lyon",
                    "St. John in London",
                    "a family trattoria in Bologna",
                    "Ballymaloe Cookery School",
                    "the Culinary Institute of America")
            .add(
                    "headline",
                    "Seasonal cooking, served with warmth",
                    "Cooked over fire, shared at the table",
                    "A table for every occasion",
                    "From our kitchen to your table",
                    "Fresh pasta, rolled every morning",
                    "Dinner in {neighborhood}, done properly",
                    "The {season} menu has arrived",
                    "Good food, good wine, good company",
                    "Local produce, honest cooking",
                    "Book your table tonight",
                    "Celebrate with us",
                    "Long lunches are back",
                    "Sunday roasts worth the wait",
                    "A neighbourhood restaurant since {year}",
                    "Eat well in {city}")
            .add(
                    "heading",
                    "Our kitchen",
                    "The menu",
                    "Meet the chefs",
                    "Private dining",
                    "Wine and cocktails",
                    "Where our produce comes from",
                    "Book a table",
                    "Groups and celebrations",
                    "Gift vouchers",
                    "Dietary requirements",
                    "Opening hours",
                    "Our story",
                    "Sustainability",
                    "Events and supper clubs",
                    "Sunday lunch",
                    "Children welcome",
                    "The terrace",
                    "Cookery classes",
                    "What guests say",
                    "Seasonal specials",
                    "Our suppliers",
                    "The wine list")
            .add(
                    "sentence",
                    "Our menu changes with the seasons and follows what our farmers bring to the back door.",
                    "Pasta is rolled by hand every morning and cooked to order.",
                    "Most of our vegetables come from farms within forty miles of {city}.",
                    "The wine list favours small, low-intervention producers from Europe and beyond.",
                    "{siteName} opened in {year} in a former print works in {neighborhood}.",
                    "Every dish leaves the pass only when the head chef is happy with it.",
                    "We bake our own sourdough daily and serve it with cultured butter.",
                    "Tell us about allergies when you book and the kitchen will adapt your meal.",
                    "Our fish is delivered each morning from day boats on the coast.",
                    "The private dining room seats up to forty guests around one long table.",
                    "Walk-ins are always welcome at the bar and on the terrace.",
                    "Service is relaxed, attentive and never rushed.",
                    "Our chefs butcher whole animals in-house so nothing goes to waste.",
                    "The dessert menu is written each afternoon by our pastry chef.",
                    "Our sommelier is happy to suggest a glass to match every course.",
                    "Sunday lunch is served family-style with all the trimmings.",
                    "We compost all kitchen waste and run on renewable electricity.",
                    "Children are welcome, and there is a small menu just for them.",
                    "Gift vouchers can be used for any meal or event.",
                    "The kitchen is open from noon until ten, seven days a week.",
                    "We are proud to pay everyone on our team the real living wage.",
                    "Our bar serves classic cocktails and a rotating list of local beers.",
                    "Tables by the window book up fast on Friday and Saturday evenings.",
                    "The {season} menu celebrates {garnish} and slow-cooked meats.",
                    "We cook over {cookingFuel} for flavour you can't get any other way.",
                    "Many dishes can be made vegetarian or vegan on request.",
                    "The team has cooked together for years, and it shows on the plate.",
                    "Corkage is available on Mondays for bottles you have been saving.")
            .add(
                    "bullet",
                    "Seasonal menu that changes weekly",
                    "Fresh pasta made daily",
                    "Private dining for up to 40 guests",
                    "Vegetarian and vegan options",
                    "Terrace seating in summer",
                    "Low-intervention wine list",
                    "Family-style Sunday lunch",
                    "Step-free access",
                    "Gift vouchers available",
                    "Children's menu",
                    "Walk-ins welcome at the bar",
                    "Locally sourced produce",
                    "Cookery classes every month")
            .add(
                    "tagline",
                    "Seasonal cooking in {city}",
                    "A neighbourhood restaurant with a wood-fired heart",
                    "Honest food, natural wine",
                    "Eat, drink and stay a while",
                    "Local produce, cooked with care",
                    "Your table is waiting")
            .add(
                    "cta",
                    "Book a table",
                    "View the menu",
                    "See events",
                    "Buy a gift voucher",
                    "Enquire about private dining",
                    "Plan your visit")
            .add(
                    "feature",
                    "Seasonal menu||Written weekly around what our farmers harvest.",
                    "Fresh pasta||Rolled by hand every morning in our open kitchen.",
                    "Private dining||A long table for up to 40 guests.",
                    "Natural wine||Over {#80-200} bottles from small producers.",
                    "Cooked over fire||Our charcoal grill gives every dish a little smoke.",
                    "Sunday lunch||Family-style roasts with all the trimmings.",
                    "Dietary needs||Tell us when you book and we'll adapt every course.",
                    "Local suppliers||Most produce comes from within forty miles.",
                    "Cookery classes||Learn to make pasta with our head chef.",
                    "Gift vouchers||A meal to remember, delivered by email.",
                    "Terrace||Dine outside from May to September.",
                    "Living wage||Everyone on our team earns the real living wage.")
            .add("page", "Private Dining", "Gift Vouchers", "Our Suppliers", "Reservations", "Allergen Information")
            .add(
                    "campaign",
                    "Summer Terrace Opening",
                    "Christmas Bookings",
                    "New Year's Eve",
                    "Valentine's Tasting Menu",
                    "Mother's Day Lunch",
                    "Spring Menu Launch",
                    "Restaurant Week",
                    "Truffle Season",
                    "Wine Club",
                    "Gift Voucher Sale",
                    "Supper Club Series",
                    "Anniversary Dinner")
            .add(
                    "photoSubject",
                    "Fresh pappardelle",
                    "The open kitchen",
                    "Our head chef",
                    "A wood-fired dish",
                    "The dining room",
                    "A glass of natural wine",
                    "Sunday roast",
                    "The terrace",
                    "Dessert plating",
                    "Fresh sourdough",
                    "The bar",
                    "A seafood platter",
                    "Herbs from our garden",
                    "The private dining room",
                    "Chefs at the pass",
                    "A cocktail")
            .add(
                    "photoSetting",
                    "at dinner service",
                    "in candlelight",
                    "from above",
                    "in close-up",
                    "on a summer evening",
                    "before service",
                    "at Sunday lunch",
                    "on the marble counter")
            .add(
                    "faq",
                    "booking||Do I need to book?||We recommend booking, especially at weekends, but we always keep some tables for walk-ins.",
                    "booking||How far ahead can I book?||Reservations open 60 days in advance online and by phone.",
                    "booking||Can I book for a large group?||Groups of eight or more can book by email; larger parties dine from a set menu.",
                    "booking||What is your cancellation policy?||Please give us 24 hours' notice. Late cancellations for large groups may lose their deposit.",
                    "booking||Is there a dress code?||No dress code — come as you are.",
                    "food||Can you cater for allergies?||Yes. Tell us when you book and tell your server on arrival; the kitchen will adapt your dishes.",
                    "food||Do you have vegetarian and vegan options?||Every menu has vegetarian and vegan dishes, and most others can be adapted.",
                    "food||Is your meat locally sourced?||Our beef, lamb and pork come from farms we know personally, within forty miles.",
                    "food||Do you have a children's menu?||Yes, a small menu for under-twelves, plus half portions of most pasta dishes.",
                    "food||Can I see the menu before I visit?||Our current menus are online and updated every week.",
                    "drinks||Can I bring my own wine?||Corkage is available on Mondays for a small fee per bottle.",
                    "drinks||Do you serve non-alcoholic drinks?||We make our own sodas and have alcohol-free wine and beer.",
                    "drinks||Can I buy wine to take home?||Most bottles on our list are available to take away at shop prices.",
                    "visiting||Is the restaurant accessible?||We have step-free access throughout and an accessible toilet.",
                    "visiting||Are dogs allowed?||Well-behaved dogs are welcome on the terrace.",
                    "visiting||Is there parking nearby?||There is a public car park two minutes' walk away, and bike racks outside.",
                    "visiting||Do you have outdoor seating?||Our terrace is open from May to September, weather permitting.",
                    "events||Can I hire the whole restaurant?||Yes, for lunch or dinner. Email us with your date and guest numbers.",
                    "events||Do you host birthday parties?||We love a celebration and can arrange a cake from our pastry team.",
                    "events||What are your cookery classes like?||Small, hands-on classes with our chefs, ending with lunch together.",
                    "general||Do you sell gift vouchers?||Yes, online and at the restaurant. They are valid for a year.",
                    "general||Is service included?||A discretionary 12.5% service charge is added, and all of it goes to the team.",
                    "general||Are you open on public holidays?||We are open on most public holidays; check our opening hours for changes.")
            .add(
                    "quote",
                    "The best meal we've had in {city} this year — the pasta is extraordinary.",
                    "Warm service, beautiful food and a wine list full of surprises.",
                    "We booked the private room for a birthday and every detail was perfect.",
                    "Sunday lunch here has become a family tradition.",
                    "The kitchen handled my allergies brilliantly without any fuss.",
                    "Every dish on the {season} menu was a highlight.",
                    "The cookery class was great fun and lunch afterwards was a treat.",
                    "A proper neighbourhood restaurant. We come back every month.",
                    "The sommelier found us a bottle we still talk about.",
                    "Cosy, relaxed and delicious from start to finish.")
            .add("role", "Regular guest", "Private dining host", "Food writer", "Cookery class guest")
            .add(
                    "reviewHeadline",
                    "5||Best meal of the year",
                    "5||Outstanding pasta",
                    "5||Perfect date night",
                    "5||Brilliant service",
                    "5||Worth every penny",
                    "5||Superb Sunday lunch",
                    "5||A real gem",
                    "5||Incredible tasting menu",
                    "5||Fantastic wine list",
                    "5||Our new favourite restaurant",
                    "5||Faultless from start to finish",
                    "5||Wonderful birthday dinner",
                    "5||Great for groups",
                    "4||Lovely food, a little noisy",
                    "4||Very good, slightly slow",
                    "4||Great food, small portions",
                    "4||Delicious, pricey wine",
                    "4||Lovely terrace lunch",
                    "4||Really enjoyed it",
                    "3||Mixed experience",
                    "3||Good but not great",
                    "3||Nice food, slow service",
                    "2||Disappointing evening",
                    "2||Overpriced",
                    "1||Not for us")
            .add(
                    "reviewPositive",
                    "The {garnish} on the starter was a lovely touch.",
                    "Our server knew the menu inside out and made great recommendations.",
                    "The fresh pasta was the best we have had outside Italy.",
                    "Every course arrived at exactly the right pace.",
                    "The sommelier suggested a wine that matched the food perfectly.",
                    "Dessert was a highlight — do not skip it.",
                    "The dining room has a lovely, relaxed atmosphere.",
                    "They made a fuss of our anniversary without being over the top.")
            .add(
                    "reviewMixed",
                    "The food was good, but we waited a long time between courses.",
                    "Portions were on the small side for the price.",
                    "The room got very loud as it filled up.",
                    "Some dishes were excellent, others forgettable.")
            .add(
                    "reviewCritical",
                    "Our table wasn't ready and we waited forty minutes.",
                    "The main course arrived lukewarm.",
                    "Service felt rushed and we were asked to leave for the next booking.",
                    "Expensive for what we got.")
            .add(
                    "bio",
                    "{first} has cooked in kitchens across Europe for more than {#6-20} years.",
                    "{first} trained at {kitchen} before joining {siteName}.",
                    "{first} writes the {season} menu with our farmers and growers.",
                    "{first} is happiest at the pass on a busy Saturday night.",
                    "When not in the kitchen, {first} is usually foraging for {garnish}.",
                    "{first} leads our cookery classes and loves teaching fresh pasta.")
            .add(
                    "nav",
                    "Menus||/menu-pages",
                    "Book a Table||/reservations",
                    "Private Dining||/private-dining",
                    "Events||/special-events",
                    "Wine List||/wines",
                    "Gift Vouchers||/gift-vouchers",
                    "Our Team||/chefs")
            .build();
}
