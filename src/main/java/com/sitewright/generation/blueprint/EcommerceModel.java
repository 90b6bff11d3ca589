package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An online homeware and lifestyle store: catalogue, brands, collections, promotions and reviews. */
final class EcommerceModel implements IndustryModel {

    /** A department of the shop and the part of the menu it is listed under. */
    record Category(String name, String group) {}

    /** A kind of product: its category, the three materials it comes in and its price range. */
    record Item(String name, String category, List<String> materials, int minPrice, int maxPrice) {}

    /** The industry's words, read once from {@code blueprint/ecommerce.json}. */
    record Words(
            List<Category> categories,
            List<Item> items,
            List<String> lines,
            List<String> colours,
            List<String> brandWords,
            List<String> brandSuffixes,
            List<String> certifications,
            List<String> authorRoles,
            List<String> collectionNames,
            List<String> collectionKinds,
            List<String> guidePatterns,
            List<String> guideTopics,
            List<Vocabulary.ReviewHeadline> reviewHeadlines,
            Vocabulary.Data vocabulary) {}

    private static final Words WORDS = WordFiles.load("ecommerce.json", Words.class);
    private static final Vocabulary VOCABULARY = Vocabulary.of(WORDS.vocabulary());
    private static final List<String> CATEGORIES =
            WORDS.categories().stream().map(Category::name).toList();

    static {
        for (Item item : WORDS.items()) {
            if (!CATEGORIES.contains(item.category())) {
                throw new IllegalStateException(
                        "ecommerce.json: item '" + item.name() + "' has no category '" + item.category() + "'");
            }
        }
    }

    @Override
    public Industry industry() {
        return Industry.ECOMMERCE;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("product").testimonialSource("review");

        m.data("productCategory")
                .count(CATEGORIES.size())
                .describe("A department of the shop.")
                .aliases("category", "product category", "department")
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
                        "Shop our {title} range: designed to last, made by people we know.",
                        "Everything in {title} is chosen by our buyers for quality, materials and everyday use.",
                        "Thoughtful {title}, from independent makers and our own studio.")
                .enumOf("group", "home", "kitchen", "living", "accessories", "gifts")
                .required()
                .from(ctx ->
                        WORDS.categories().get(ctx.index() % CATEGORIES.size()).group())
                .integer("sortOrder")
                .range(0, 1000)
                .from(ctx -> ctx.index() * 10)
                .bool("showInMenu")
                .from(ctx -> ctx.index() < 12);

        m.data("brand")
                .count(60)
                .describe("A maker whose products we stock.")
                .aliases("brand", "maker", "manufacturer", "vendor", "supplier")
                .titles(TitleSource.combo(p -> p.get(0) + " " + p.get(1), WORDS.brandWords(), WORDS.brandSuffixes()))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .longText("story")
                .max(800)
                .template(
                        "{title} is a small studio in {makerPlace} making {material} pieces by hand.",
                        "Founded in {#1998-2021}, {title} works with {material} and has a waiting list for its best sellers.",
                        "{title} started at a kitchen table in {makerPlace} and now supplies shops around the world.")
                .text("country")
                .required()
                .max(60)
                .from(ctx -> ctx.fill("{makerCountry}"))
                .integer("founded")
                .range(1850, 2026)
                .from(ctx -> ctx.between(1962, 2021))
                .url("website")
                .from(ctx -> "https://www." + Slugs.slugify(ctx.title()).replace("-", "") + ".com")
                .json("certifications")
                .fill(0.6)
                .from(ctx -> Map.of("items", ctx.pickDistinct(WORDS.certifications(), ctx.between(1, 2))))
                .bool("featured")
                .from(ctx -> ctx.chance(0.15))
                .asset("logo");

        SharedTypes.person(m, "author", 8, WORDS.authorRoles()).describe("A member of the team who writes guides.");

        m.page("product")
                .count(800)
                .describe("Something we sell.")
                .aliases("product", "item", "sku", "article", "good", "listing")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + material(p.get(1, Item.class), p.get(2)) + " "
                                + p.get(1, Item.class).name(),
                        WORDS.lines(),
                        WORDS.items(),
                        List.of("0", "1", "2")))
                .text("sku")
                .label("SKU")
                .required()
                .pattern("^[A-Z]{3}-[0-9]{6}$")
                .from(ctx -> categoryCode(ctx) + "-" + String.format("%06d", ctx.index() + 1))
                .text("shortDescription")
                .required()
                .max(200)
                .localized()
                .from(EcommerceModel::shortDescription)
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(1, 3, productIntro(ctx)))
                .number("price")
                .required()
                .range(1, 5000)
                .from(EcommerceModel::price)
                .number("compareAtPrice")
                .range(1, 6000)
                .fill(0.15)
                .from(ctx -> Math.round((Double) ctx.value("price") * 1.25 * 100) / 100.0)
                .reference("category", "productCategory")
                .required()
                .from(ctx -> ctx.refAt(
                        "productCategory", CATEGORIES.indexOf(item(ctx).category())))
                .reference("brand", "brand")
                .required()
                .text("material")
                .required()
                .max(60)
                .from(EcommerceModel::material)
                .enumOf("colour", WORDS.colours())
                .required()
                .json("dimensions")
                .fill(0.9)
                .from(EcommerceModel::dimensions)
                .number("weightKg")
                .label("Weight (kg)")
                .range(0.01, 100)
                .from(ctx -> ctx.decimal(0.2, 9, 2))
                .integer("stockQuantity")
                .required()
                .range(0, 10000)
                .from(ctx -> ctx.chance(0.08) ? 0 : ctx.between(3, 400))
                .bool("inStock")
                .required()
                .from(ctx -> (Integer) ctx.value("stockQuantity") > 0)
                .number("averageRating")
                .range(1, 5)
                .fill(0.8)
                .from(ctx -> ctx.decimal(3.6, 5, 1))
                .longText("careInstructions")
                .max(400)
                .fill(0.7)
                .from(ctx -> ctx.fill("{care}"))
                .text("madeIn")
                .max(60)
                .from(ctx -> ctx.fill("{makerCountry}"))
                .date("releasedOn")
                .from(ctx -> ctx.date(2022, 2026))
                .bool("featured")
                .from(ctx -> ctx.chance(0.06))
                .asset("primaryImage");

        m.page("collection")
                .count(30)
                .describe("A curated edit of products.")
                .aliases("collection", "edit", "range")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + p.get(1), WORDS.collectionNames(), WORDS.collectionKinds()))
                .longText("intro")
                .required()
                .max(400)
                .template(
                        "A considered {title} of pieces we live with ourselves.",
                        "Our buyers' pick for the season: {title}, in {material} and soft, natural colours.")
                .richText("description")
                .from(ctx -> ctx.richText(1, 2))
                .references("products", "product")
                .required()
                .items(4, 24)
                .from(ctx -> ctx.refs("product", 6, 16))
                .reference("heroImage", "image")
                .fill(0.8)
                .date("launchedOn")
                .from(ctx -> ctx.date(2024, 2026))
                .bool("featured")
                .from(ctx -> ctx.chance(0.3));

        m.data("promotion")
                .count(40)
                .describe("A discount or offer.")
                .aliases("promotion", "discount", "sale", "offer", "coupon")
                .titles(TitleSource.combo(
                        p -> p.get(0) + "% Off " + p.get(1), List.of("10", "15", "20", "25", "30", "40"), CATEGORIES))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .text("code")
                .required()
                .pattern("^[A-Z0-9]{4,16}$")
                .from(ctx -> {
                    String letters = Slugs.slugify(ctx.part(1)).replace("-", "").toUpperCase(Locale.ROOT);
                    return letters.substring(0, Math.min(10, letters.length())) + ctx.part(0);
                })
                .integer("discountPercent")
                .required()
                .range(1, 90)
                .from(ctx -> Integer.parseInt(ctx.part(0)))
                .dateTime("startsAt")
                .required()
                .from(ctx -> ctx.dateTime(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30)))
                .dateTime("endsAt")
                .required()
                .from(ctx -> ItemDates.plusMinutes((String) ctx.value("startsAt"), 60 * 24 * ctx.between(3, 21)))
                .references("appliesTo", "productCategory")
                .required()
                .items(1, 3)
                .from(ctx -> List.of(ctx.refAt("productCategory", CATEGORIES.indexOf(ctx.part(1)))))
                .number("minimumSpend")
                .range(0, 500)
                .fill(0.4)
                .from(ctx -> ctx.pick(List.of(30.0, 50.0, 75.0, 100.0)))
                .longText("terms")
                .max(600)
                .from(ctx -> "Offer valid on full-price " + ctx.part(1).toLowerCase(Locale.ROOT)
                        + " while stocks last. Cannot be combined with other codes.")
                .bool("active")
                .from(ctx -> ctx.chance(0.5));

        SharedTypes.review(m, "review", 700, WORDS.reviewHeadlines())
                .describe("A customer's review of a product.")
                .reference("product", "product")
                .required()
                .enumOf("recommend", "yes", "no")
                .from(ctx -> (Integer) ctx.value("rating") >= 3 ? "yes" : "no");

        m.data("shippingPolicy")
                .count(6)
                .describe("Delivery and returns options.")
                .aliases("shipping", "delivery option", "policy")
                .titles(TitleSource.fixed(
                        "Standard Delivery",
                        "Express Delivery",
                        "International Shipping",
                        "Click & Collect",
                        "Returns & Exchanges",
                        "Large Items"))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .text("summary")
                .required()
                .max(200)
                .localized()
                .template(
                        "{title}: tracked, insured and packed in plastic-free packaging.",
                        "{title} is available on every order; see the details below.")
                .richText("details")
                .required()
                .from(ctx -> ctx.richText(1, 2))
                .number("price")
                .range(0, 200)
                .from(ctx -> ctx.pick(List.of(0.0, 3.95, 5.95, 9.95, 14.95)))
                .integer("minDays")
                .required()
                .range(0, 30)
                .from(ctx -> ctx.between(1, 3))
                .integer("maxDays")
                .range(0, 45)
                .from(ctx -> (Integer) ctx.value("minDays") + ctx.between(1, 5))
                .number("freeOver")
                .range(0, 1000)
                .fill(0.5)
                .from(ctx -> ctx.pick(List.of(50.0, 75.0, 100.0)));

        SharedTypes.article(
                        m,
                        "buyingGuide",
                        60,
                        TitleSource.combo(
                                p -> p.get(0).replace("%s", p.get(1)), WORDS.guidePatterns(), WORDS.guideTopics()),
                        "author",
                        "guideIntro")
                .describe("A guide that helps customers choose and care for products.")
                .aliases("guide", "buying guide")
                .references("featuredProducts", "product")
                .items(0, 6)
                .fill(0.7);

        m.component("productCarousel")
                .count(6)
                .describe("A scrolling row of products.")
                .titles(TitleSource.fixed(
                        "Product Carousel – Homepage",
                        "Product Carousel – New In",
                        "Product Carousel – Best Sellers",
                        "Product Carousel – Gifts",
                        "Product Carousel – Sale",
                        "Product Carousel – Recently Viewed"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("New in", "Best sellers", "Gifts they'll keep", "Last chance to buy", "Our buyers' picks")
                .references("products", "product")
                .required()
                .items(4, 12)
                .bool("showPrices")
                .from(ctx -> true);
        m.component("promoBanner")
                .count(4)
                .describe("A banner for a promotion.")
                .titles(TitleSource.fixed(
                        "Promo Banner – Homepage",
                        "Promo Banner – Category Pages",
                        "Promo Banner – Checkout",
                        "Promo Banner – Newsletter"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template(
                        "Free delivery over {currencySymbol}75",
                        "The {season} sale is on",
                        "Up to 30% off selected lines",
                        "New customers: 10% off your first order")
                .reference("promotion", "promotion")
                .required()
                .text("buttonLabel")
                .max(30)
                .template("Shop the sale", "Shop now", "See offers")
                .url("buttonUrl")
                .from(ctx -> ctx.linkTo("/spring-sale"));
    }

    private static Item item(ItemContext ctx) {
        return ctx.part(1, Item.class);
    }

    /** Each item lists three materials it is made in; the title picks one by position. */
    private static String material(Item item, String position) {
        return item.materials().get(Integer.parseInt(position));
    }

    private static String material(ItemContext ctx) {
        return material(item(ctx), ctx.part(2));
    }

    private static String categoryCode(ItemContext ctx) {
        String name = Slugs.slugify(item(ctx).category()).replace("-", "");
        return name.substring(0, 3).toUpperCase(Locale.ROOT);
    }

    private static String shortDescription(ItemContext ctx) {
        String thing = item(ctx).name().toLowerCase(Locale.ROOT);
        return ctx.fill(ctx.pick(List.of(
                Text.withArticle(material(ctx).toLowerCase(Locale.ROOT)) + " " + thing + " from our " + ctx.part(0)
                        + " range, made to be used every day.",
                "Our " + ctx.part(0) + " " + thing + " in " + material(ctx).toLowerCase(Locale.ROOT)
                        + ": {productVirtue}.",
                "The " + ctx.part(0) + " " + thing + ", crafted in "
                        + material(ctx).toLowerCase(Locale.ROOT) + " and {productVirtue}.")));
    }

    private static String productIntro(ItemContext ctx) {
        return ctx.fill("The " + ctx.part(0) + " " + item(ctx).name().toLowerCase(Locale.ROOT) + " is made from "
                + material(ctx).toLowerCase(Locale.ROOT)
                + " by a small team in {makerPlace}. It is {productVirtue}, and "
                + "{productVirtue}.");
    }

    private static double price(ItemContext ctx) {
        return ctx.retailPrice(item(ctx).minPrice(), item(ctx).maxPrice());
    }

    private static Map<String, Object> dimensions(ItemContext ctx) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("widthCm", ctx.between(8, 180));
        json.put("heightCm", ctx.between(2, 120));
        json.put("depthCm", ctx.between(1, 90));
        return json;
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
