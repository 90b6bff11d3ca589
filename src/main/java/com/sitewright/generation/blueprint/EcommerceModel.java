package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An online homeware and lifestyle store: catalogue, brands, collections, promotions and reviews. */
final class EcommerceModel implements IndustryModel {

    private static final List<String> CATEGORIES = List.of(
            "Kitchen",
            "Tableware",
            "Glassware",
            "Bedding",
            "Bath",
            "Lighting",
            "Rugs & Textiles",
            "Candles & Scent",
            "Planters",
            "Outdoor Living",
            "Bags",
            "Stationery",
            "Storage",
            "Wall Art",
            "Cushions",
            "Throws & Blankets",
            "Coffee & Tea",
            "Cookware",
            "Desk Accessories",
            "Gifts",
            "Kids' Room",
            "Pet Accessories",
            "Travel",
            "Clearance");
    private static final List<String> GROUPS = List.of(
            "kitchen",
            "kitchen",
            "kitchen",
            "home",
            "home",
            "living",
            "living",
            "living",
            "living",
            "living",
            "accessories",
            "accessories",
            "home",
            "living",
            "living",
            "living",
            "kitchen",
            "kitchen",
            "accessories",
            "gifts",
            "home",
            "accessories",
            "accessories",
            "gifts");

    /** name || category index || three materials || price range. */
    private static final List<String> ITEMS = List.of(
            "Chef's Knife||0||Damascus Steel,Carbon Steel,Stainless Steel||45-180",
            "Chopping Board||0||Walnut,Oak,Bamboo||25-90",
            "Mixing Bowl Set||0||Stoneware,Enamel,Recycled Glass||30-85",
            "Dinner Plate Set||1||Stoneware,Porcelain,Speckled Ceramic||40-140",
            "Pasta Bowl||1||Stoneware,Porcelain,Speckled Ceramic||14-38",
            "Serving Platter||1||Oak,Stoneware,Marble||28-95",
            "Tumbler Set||2||Recycled Glass,Crystal,Borosilicate Glass||22-70",
            "Wine Carafe||2||Crystal,Recycled Glass,Borosilicate Glass||30-85",
            "Duvet Cover||3||Linen,Organic Cotton,Cotton Percale||75-260",
            "Pillowcase Pair||3||Linen,Organic Cotton,Silk||30-110",
            "Bath Towel||4||Organic Cotton,Waffle Cotton,Linen||18-60",
            "Bath Mat||4||Organic Cotton,Teak,Cork||20-75",
            "Table Lamp||5||Brass,Ceramic,Rattan||65-320",
            "Pendant Light||5||Rattan,Brass,Opal Glass||85-420",
            "Floor Rug||6||Wool,Jute,Recycled Cotton||90-650",
            "Table Runner||6||Linen,Organic Cotton,Hemp||25-65",
            "Scented Candle||7||Soy Wax,Coconut Wax,Beeswax||18-55",
            "Reed Diffuser||7||Amber Glass,Ceramic,Stoneware||24-60",
            "Plant Pot||8||Terracotta,Stoneware,Concrete||15-90",
            "Garden Lantern||9||Iron,Brass,Recycled Glass||30-120",
            "Outdoor Cushion||9||Recycled Polyester,Canvas,Outdoor Linen||35-90",
            "Tote Bag||10||Canvas,Leather,Recycled Nylon||25-180",
            "Weekender Bag||10||Waxed Canvas,Leather,Recycled Nylon||90-420",
            "Notebook||11||Recycled Paper,Linen-Bound,Leather-Bound||9-45",
            "Fountain Pen||11||Brass,Resin,Aluminium||35-190",
            "Storage Basket||12||Seagrass,Rattan,Felt||20-80",
            "Art Print||13||Giclée,Risograph,Screen-Printed||25-150",
            "Cushion Cover||14||Linen,Velvet,Wool||25-70",
            "Throw Blanket||15||Wool,Cashmere,Organic Cotton||55-320",
            "Pour-Over Set||16||Ceramic,Borosilicate Glass,Stainless Steel||30-110",
            "Cast Iron Skillet||17||Cast Iron,Carbon Steel,Enamelled Cast Iron||35-160",
            "Desk Organiser||18||Oak,Leather,Powder-Coated Steel||20-95");

    private static final List<String> LINES = List.of(
            "Oslo",
            "Sage",
            "Harbour",
            "Ember",
            "Fjord",
            "Dune",
            "Alder",
            "Meridian",
            "Willow",
            "Kiln",
            "Linden",
            "Marlow",
            "Pebble",
            "Solstice",
            "Tide",
            "Juniper");
    private static final List<String> COLOURS =
            List.of("natural", "charcoal", "sage", "terracotta", "ivory", "ochre", "navy", "clay", "forest", "sand");
    private static final List<String> BRAND_WORDS = List.of(
            "Alder",
            "Fjord",
            "Kin",
            "Northwood",
            "Hollow",
            "Marram",
            "Birch",
            "Larch",
            "Cove",
            "Heron",
            "Quarry",
            "Saltmarsh",
            "Thimble",
            "Lumen",
            "Ridge",
            "Hearth",
            "Wren",
            "Tallow",
            "Flint",
            "Moss");
    private static final List<String> BRAND_SUFFIXES =
            List.of("Studio", "& Co.", "Works", "Goods", "Atelier", "Supply");

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
                .from(ctx -> GROUPS.get(ctx.index() % GROUPS.size()))
                .integer("sortOrder")
                .range(0, 1000)
                .from(ctx -> ctx.index() * 10)
                .bool("showInMenu")
                .from(ctx -> ctx.index() < 12);

        m.data("brand")
                .count(60)
                .describe("A maker whose products we stock.")
                .aliases("brand", "maker", "manufacturer", "vendor", "supplier")
                .titles(TitleSource.combo(p -> p.get(0) + " " + p.get(1), BRAND_WORDS, BRAND_SUFFIXES))
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
                .from(ctx -> Map.of(
                        "items",
                        ctx.pickDistinct(
                                List.of(
                                        "B Corp",
                                        "FSC certified",
                                        "GOTS organic",
                                        "Fair Trade",
                                        "OEKO-TEX",
                                        "Climate Neutral"),
                                ctx.between(1, 2))))
                .bool("featured")
                .from(ctx -> ctx.chance(0.15))
                .asset("logo");

        SharedTypes.person(
                        m,
                        "author",
                        8,
                        List.of(
                                "Buyer",
                                "Stylist",
                                "Head of Product",
                                "Content Editor",
                                "Founder",
                                "Customer Care Lead"))
                .describe("A member of the team who writes guides.");

        m.page("product")
                .count(800)
                .describe("Something we sell.")
                .aliases("product", "item", "sku", "article", "good", "listing")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + material(p.get(1), p.get(2)) + " " + item(p.get(1))[0],
                        LINES,
                        ITEMS,
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
                .from(ctx -> ctx.refAt("productCategory", Integer.parseInt(item(ctx.part(1))[1])))
                .reference("brand", "brand")
                .required()
                .text("material")
                .required()
                .max(60)
                .from(EcommerceModel::material)
                .enumOf("colour", COLOURS)
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
                        p -> p.get(0) + " " + p.get(1),
                        List.of(
                                "The Linen",
                                "The Autumn",
                                "The Summer",
                                "The Slow Morning",
                                "The Host's",
                                "The Small Space",
                                "The Gift",
                                "The Winter",
                                "The Natural",
                                "The Workspace"),
                        List.of("Edit", "Collection", "Shop")))
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
                .from(ctx -> ItemContext.plusMinutes((String) ctx.value("startsAt"), 60 * 24 * ctx.between(3, 21)))
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

        SharedTypes.review(m, "review", 700, vocabulary())
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
                                p -> p.get(0).replace("%s", p.get(1)),
                                List.of(
                                        "How to Choose %s",
                                        "The Complete Guide to %s",
                                        "Caring for %s",
                                        "%s: What to Look For",
                                        "Why We Love %s",
                                        "Styling %s at Home"),
                                List.of(
                                        "a Good Duvet",
                                        "Linen Bedding",
                                        "Kitchen Knives",
                                        "Rugs",
                                        "Table Lamps",
                                        "Candles",
                                        "Stoneware",
                                        "Cast Iron",
                                        "Houseplant Pots",
                                        "Throw Blankets",
                                        "Glassware",
                                        "Desk Accessories")),
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

    private static String[] item(String entry) {
        return ItemContext.split(entry);
    }

    /** Each item lists three materials it is made in; the title picks one by position. */
    private static String material(String itemEntry, String position) {
        return item(itemEntry)[2].split(",")[Integer.parseInt(position)];
    }

    private static String material(ItemContext ctx) {
        return material(ctx.part(1), ctx.part(2));
    }

    private static String categoryCode(ItemContext ctx) {
        String name = Slugs.slugify(CATEGORIES.get(Integer.parseInt(item(ctx.part(1))[1])))
                .replace("-", "");
        return name.substring(0, 3).toUpperCase(Locale.ROOT);
    }

    private static String shortDescription(ItemContext ctx) {
        String thing = item(ctx.part(1))[0].toLowerCase(Locale.ROOT);
        return ctx.fill(ctx.pick(List.of(
                Text.withArticle(material(ctx).toLowerCase(Locale.ROOT)) + " " + thing + " from our " + ctx.part(0)
                        + " range, made to be used every day.",
                "Our " + ctx.part(0) + " " + thing + " in " + material(ctx).toLowerCase(Locale.ROOT)
                        + ": {productVirtue}.",
                "The " + ctx.part(0) + " " + thing + ", crafted in "
                        + material(ctx).toLowerCase(Locale.ROOT) + " and {productVirtue}.")));
    }

    private static String productIntro(ItemContext ctx) {
        return ctx.fill("The " + ctx.part(0) + " " + item(ctx.part(1))[0].toLowerCase(Locale.ROOT) + " is made from "
                + material(ctx).toLowerCase(Locale.ROOT)
                + " by a small team in {makerPlace}. It is {productVirtue}, and "
                + "{productVirtue}.");
    }

    private static double price(ItemContext ctx) {
        String[] range = item(ctx.part(1))[3].split("-");
        return ctx.retailPrice(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
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

    private static final Vocabulary VOCABULARY = Vocabulary.builder()
            .add(
                    "material",
                    "linen",
                    "stoneware",
                    "walnut",
                    "recycled glass",
                    "organic cotton",
                    "brass",
                    "wool",
                    "rattan",
                    "oak")
            .add(
                    "makerPlace",
                    "Portugal's Minho valley",
                    "a converted mill in Yorkshire",
                    "Copenhagen",
                    "Kyoto",
                    "the Scottish Borders",
                    "Lithuania",
                    "a studio in Barcelona",
                    "rural Vermont",
                    "Stoke-on-Trent")
            .add(
                    "makerCountry",
                    "Portugal",
                    "United Kingdom",
                    "Denmark",
                    "Japan",
                    "Lithuania",
                    "Spain",
                    "United States",
                    "Italy",
                    "Sweden")
            .add(
                    "productVirtue",
                    "built to last for years",
                    "easy to care for",
                    "made in small batches",
                    "finished by hand",
                    "designed to get better with age",
                    "plastic-free from factory to front door",
                    "made from responsibly sourced materials",
                    "covered by our two-year guarantee")
            .add(
                    "care",
                    "Wash at 40 °C and line dry. Linen softens with every wash.",
                    "Hand wash only and dry straight away. Oil wooden parts every few months.",
                    "Dishwasher safe. Avoid sudden temperature changes.",
                    "Wipe clean with a damp cloth. Keep out of direct sunlight.",
                    "Trim the wick to 5 mm before each use and burn for no more than four hours.")
            .add(
                    "guideIntro",
                    "Choosing {1} doesn't have to be complicated. Here's what our buyers look for.",
                    "Everything you need to know about {1}, from materials to care.",
                    "We tested dozens of options so you don't have to. This is our guide to {1}.",
                    "A short, practical guide to {1} from the team who choose every product we sell.")
            .add(
                    "headline",
                    "Made to last, designed to be used",
                    "New in: the {season} edit",
                    "Thoughtful things for everyday living",
                    "Free delivery on orders over 75",
                    "Small makers, big ideas",
                    "Linen season is here",
                    "Home, considered",
                    "Gifts they'll actually keep",
                    "The best of {material}, handmade",
                    "Slow living starts at home",
                    "Up to 30% off selected lines",
                    "Our buyers' favourites this month",
                    "Plastic-free packaging, always",
                    "Refresh your kitchen",
                    "Meet the makers")
            .add(
                    "heading",
                    "Why shop with us",
                    "Meet our makers",
                    "Materials we love",
                    "Delivery and returns",
                    "Caring for your purchase",
                    "Our guarantee",
                    "New this week",
                    "Customer favourites",
                    "Sustainability",
                    "Gift wrapping",
                    "How we choose products",
                    "Sizing and dimensions",
                    "Bundles and sets",
                    "Trade accounts",
                    "Our packaging",
                    "About the collection",
                    "Shop by room",
                    "Frequently bought together",
                    "The story behind it",
                    "Made in small batches")
            .add(
                    "sentence",
                    "Every product we sell is chosen for how well it is made and how long it will last.",
                    "We work directly with {#30-80} independent makers across Europe and beyond.",
                    "Orders placed before 2pm are packed and dispatched the same working day.",
                    "All our packaging is plastic-free and recyclable at home.",
                    "Returns are free within 30 days, no questions asked.",
                    "Our {material} pieces are made in small batches, so each one is slightly different.",
                    "{siteName} started in {year} as a market stall and now ships across Europe.",
                    "We offset the carbon from every delivery and publish our impact report each year.",
                    "Sign up to our newsletter for early access to new collections.",
                    "Gift wrapping is available at checkout for a small charge.",
                    "Our customer care team replies to every message within one working day.",
                    "Trade customers get exclusive pricing and a dedicated account manager.",
                    "We photograph every product in real homes, so you know what to expect.",
                    "Most orders arrive within two to four working days.",
                    "Our two-year guarantee covers any manufacturing fault.",
                    "Bundles let you save when you buy a complete set.",
                    "Each maker is paid fairly and on time; we visit their workshops every year.",
                    "Stock of our best sellers is limited, so we recommend joining the waiting list.",
                    "Our {season} collection brings warmer colours and heavier textures.",
                    "You can track your order at every step from our warehouse to your door.",
                    "We pay a living wage to everyone in our warehouse and studio.",
                    "Every product page lists exact dimensions and care instructions.",
                    "Customers in {city} can collect orders from our studio for free.",
                    "Natural materials age beautifully and are easy to repair.",
                    "Gift cards are delivered instantly by email and never expire.")
            .add(
                    "bullet",
                    "Free returns within 30 days",
                    "Plastic-free packaging",
                    "Two-year guarantee",
                    "Dispatched within 24 hours",
                    "Made by independent makers",
                    "Carbon-neutral delivery",
                    "Gift wrapping available",
                    "Trade pricing available",
                    "Secure checkout",
                    "Klarna and PayPal accepted",
                    "Free delivery over 75",
                    "Exact dimensions on every product page")
            .add(
                    "tagline",
                    "Thoughtful things for everyday living",
                    "Well-made homeware, delivered",
                    "Small makers, made to last",
                    "Home goods, considered",
                    "Buy less, choose well")
            .add(
                    "cta",
                    "Shop now",
                    "Shop the collection",
                    "Shop new in",
                    "Browse gifts",
                    "See the sale",
                    "Read the guide")
            .add(
                    "feature",
                    "Free returns||30 days to change your mind, with free collection.",
                    "Plastic-free||Every order ships in recycled, recyclable packaging.",
                    "Independent makers||We work directly with over {#30-80} small studios.",
                    "Fast dispatch||Order before 2pm for same-day dispatch.",
                    "Two-year guarantee||Any manufacturing fault fixed or replaced.",
                    "Carbon-neutral delivery||We offset every parcel we send.",
                    "Gift wrapping||Hand-wrapped with a written note.",
                    "Trade accounts||Special pricing for interior designers and cafés.",
                    "Secure checkout||Pay by card, PayPal or in three instalments.",
                    "Real-home photos||See every product styled in a real room.",
                    "Repair service||We repair what we sell, for as long as you own it.",
                    "Click & collect||Free collection from our studio in {city}.")
            .add("page", "Delivery Information", "Returns Policy", "Trade Accounts", "Gift Cards", "Our Makers")
            .add(
                    "campaign",
                    "Spring Sale",
                    "Summer Linen Edit",
                    "Black Friday",
                    "Holiday Gift Guide",
                    "New Year Refresh",
                    "Mother's Day Gifts",
                    "Father's Day Gifts",
                    "Back to Work",
                    "Autumn Home",
                    "Warehouse Clearance",
                    "Anniversary Sale",
                    "Small Space Living")
            .add(
                    "photoSubject",
                    "Linen bedding",
                    "A stoneware dinner set",
                    "A walnut chopping board",
                    "A brass table lamp",
                    "A wool throw",
                    "Scented candles",
                    "A rattan pendant light",
                    "Glass tumblers",
                    "A jute rug",
                    "Our packing table",
                    "A maker at work",
                    "A styled kitchen shelf",
                    "A gift box",
                    "Plant pots",
                    "A weekender bag",
                    "Our studio")
            .add(
                    "photoSetting",
                    "in a sunlit bedroom",
                    "on a kitchen counter",
                    "from above",
                    "in close-up",
                    "in a Copenhagen apartment",
                    "on a white backdrop",
                    "in the maker's workshop",
                    "at golden hour")
            .add(
                    "faq",
                    "orders||How long does delivery take?||Most orders arrive within two to four working days. Express delivery arrives the next working day.",
                    "orders||Do you ship internationally?||We ship to most of Europe, the UK and North America. Costs are shown at checkout.",
                    "orders||Can I change or cancel my order?||If it hasn't been dispatched yet, yes — contact us as soon as possible.",
                    "orders||How can I track my order?||You'll receive a tracking link by email as soon as your order leaves our warehouse.",
                    "orders||Which payment methods do you accept?||All major cards, PayPal, Apple Pay and Klarna.",
                    "returns||What is your returns policy?||Return anything unused within 30 days for a full refund. Returns are free.",
                    "returns||What if my item arrives damaged?||Send us a photo within 7 days and we'll replace it straight away.",
                    "returns||How long do refunds take?||Refunds are issued within 3 working days of your return reaching us.",
                    "products||Are your products sustainable?||We favour natural, recycled and certified materials and publish each product's origin.",
                    "products||Where are your products made?||Each product page lists the country and workshop it comes from.",
                    "products||Do you offer a guarantee?||Everything we sell has a two-year guarantee against manufacturing faults.",
                    "products||How do I care for linen?||Wash at 40 °C, line dry and skip the iron — linen looks best a little relaxed.",
                    "products||Will you restock sold-out items?||Most best sellers are restocked; join the waiting list on the product page.",
                    "gifts||Do you offer gift wrapping?||Yes, add it at checkout and include a handwritten note.",
                    "gifts||Do you sell gift cards?||Digital gift cards are delivered instantly and never expire.",
                    "trade||Do you offer trade accounts?||Interior designers and hospitality businesses can apply for trade pricing.",
                    "trade||Can I order in bulk?||Yes — contact our trade team for quotes on larger quantities.")
            .add(
                    "quote",
                    "Beautifully made and it arrived in two days. I'm already planning my next order.",
                    "The linen bedding is the best I've ever slept in.",
                    "Lovely packaging, no plastic, and a handwritten note. Such a nice touch.",
                    "Customer service sorted a breakage within hours.",
                    "Every piece I've bought here still looks new after years of use.",
                    "My go-to shop for gifts that people actually keep.",
                    "You can tell the buyers really care about quality.",
                    "The stoneware is gorgeous and goes in the dishwasher.")
            .add("role", "Verified buyer", "Interior designer", "Trade customer", "Gift buyer")
            .add(
                    "reviewHeadline",
                    "5||Beautiful quality",
                    "5||Even better in person",
                    "5||Worth every penny",
                    "5||Perfect gift",
                    "5||Fast delivery, lovely packaging",
                    "5||Exactly as described",
                    "5||Use it every day",
                    "5||Gorgeous colour",
                    "5||Built to last",
                    "5||Bought a second one",
                    "5||Stunning craftsmanship",
                    "4||Lovely, slightly smaller than expected",
                    "4||Great, but pricey",
                    "4||Very nice quality",
                    "4||Good value",
                    "4||Pleased overall",
                    "3||Nice but not for me",
                    "3||Colour differs from photos",
                    "3||Okay quality",
                    "2||Arrived damaged",
                    "2||Not as pictured",
                    "1||Very disappointed")
            .add(
                    "reviewPositive",
                    "The quality is excellent and it looks even better than the photos.",
                    "Delivery was quick and the packaging was completely plastic-free.",
                    "I've used it every day for months and it still looks new.",
                    "Bought it as a gift and it went down brilliantly.",
                    "The {material} has a lovely weight and finish.",
                    "Customer service answered my sizing question within an hour.",
                    "Exactly as described, and the colour is beautiful.")
            .add(
                    "reviewMixed",
                    "Nice quality, but smaller than I expected from the photos.",
                    "The colour is a little different in real life.",
                    "It's good, but I'm not sure it's worth the price.",
                    "Delivery took longer than promised.")
            .add(
                    "reviewCritical",
                    "It arrived with a chip and I had to return it.",
                    "The finish started to wear after a few weeks.",
                    "Nothing like the pictures, unfortunately.",
                    "Delivery was late and tracking didn't update.")
            .add(
                    "bio",
                    "{first} has spent {#5-15} years sourcing homeware from independent makers.",
                    "{first} visits every maker we work with at least once a year.",
                    "Before joining {siteName}, {first} styled interiors for magazines.",
                    "{first} tests every product at home before it goes on sale.",
                    "{first}'s favourite piece in the shop is anything in {material}.")
            .add(
                    "nav",
                    "Departments||/product-categories",
                    "Shop||/products",
                    "Collections||/collections",
                    "Brands||/brands",
                    "Sale||/spring-sale",
                    "Guides||/buying-guides",
                    "Delivery & Returns||/delivery-information")
            .build();
}
