package com.sitewright.generation.blueprint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** An estate agency: listings, agents, neighbourhoods, open houses, offices and market reports. */
final class RealEstateModel implements IndustryModel {

    /** A kind of property: its key in the content model, the words for it and its range of bedrooms. */
    record PropertyType(String key, String name, int minBedrooms, int maxBedrooms) {}

    /** The industry's words, read once from {@code blueprint/real-estate.json}. */
    record Words(
            List<String> neighborhoods,
            List<PropertyType> propertyTypes,
            List<String> styles,
            List<String> viewingSlots,
            List<String> agentRoles,
            List<String> specialisms,
            List<String> reportPatterns,
            Vocabulary.Data vocabulary) {}

    private static final Words WORDS = WordFiles.load("real-estate.json", Words.class);
    private static final Vocabulary VOCABULARY = Vocabulary.of(WORDS.vocabulary());
    private static final List<String> NEIGHBORHOODS = WORDS.neighborhoods();
    private static final List<PropertyType> TYPES = WORDS.propertyTypes();
    private static final List<String> HOUSE_NUMBERS =
            IntStream.rangeClosed(1, 240).mapToObj(String::valueOf).toList();
    private static final List<String> WEEKENDS = weekends();

    @Override
    public Industry industry() {
        return Industry.REAL_ESTATE;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("property");

        SharedTypes.location(m, "office", 6)
                .describe("One of our branches.")
                .aliases("office", "branch")
                .bool("lettingsDesk")
                .from(ctx -> ctx.chance(0.7));

        SharedTypes.person(m, "agent", 40, WORDS.agentRoles())
                .describe("An estate agent or property manager.")
                .aliases("agent", "realtor", "negotiator", "broker")
                .phone("phone")
                .required()
                .text("licenseNumber")
                .label("Licence number")
                .pattern("^[A-Z]{2}-[0-9]{6}$")
                .fill(0.9)
                .from(ctx -> "RE-" + String.format("%06d", 100000 + ctx.index() * 37 % 900000))
                .reference("office", "office")
                .required()
                .integer("yearsExperience")
                .range(0, 50)
                .from(ctx -> ctx.between(2, 25))
                .json("specialities")
                .from(ctx -> Map.of("items", ctx.pickDistinct(WORDS.specialisms(), ctx.between(1, 3))));

        m.page("neighborhood")
                .count(NEIGHBORHOODS.size())
                .describe("An area guide.")
                .displayName("Neighbourhood")
                .aliases("neighborhood", "neighbourhood", "area", "area guide")
                .bind("neighborhood", ItemContext::title)
                .titles(TitleSource.fixed(NEIGHBORHOODS))
                .text("summary")
                .required()
                .max(300)
                .localized()
                .template(
                        "{title} is one of {city}'s most popular neighbourhoods, with {areaPerk} and {areaPerk}.",
                        "Thinking of moving to {title}? Expect {areaPerk}, {areaPerk} and a strong sense of community.",
                        "{title} combines {areaPerk} with easy links to the centre of {city}.")
                .richText("guide")
                .required()
                .from(ctx -> ctx.richText(2, 4, (String) ctx.value("summary")))
                .number("averagePrice")
                .required()
                .range(50000, 5000000)
                .from(ctx -> 5000.0 * ctx.between(50, 190))
                .integer("walkScore")
                .range(0, 100)
                .from(ctx -> ctx.between(55, 98))
                .number("schoolRating")
                .range(1, 10)
                .from(ctx -> ctx.decimal(6, 9.6, 1))
                .json("highlights")
                .required()
                .from(ctx -> Map.of("items", ctx.pickDistinct("areaPerk", 4)))
                .number("latitude")
                .range(-90, 90)
                .from(ctx -> ctx.nearby()[0])
                .number("longitude")
                .range(-180, 180)
                .from(ctx -> ctx.nearby()[1])
                .reference("heroImage", "image")
                .fill(0.8);

        m.page("property")
                .count(1200)
                .describe("A home for sale or to let.")
                .aliases("property", "listing", "home", "house", "apartment", "flat", "real estate")
                .bind(
                        "neighborhood",
                        ctx -> ctx.pick(
                                NEIGHBORHOODS.subList(0, Math.min(NEIGHBORHOODS.size(), ctx.count("neighborhood")))))
                .titles(TitleSource.combo(p -> p.get(0) + " " + p.get(1), HOUSE_NUMBERS, CommonVocabulary.STREETS))
                .enumOf("listingType", "sale", "rent")
                .required()
                .from(ctx -> ctx.chance(0.75) ? "sale" : "rent")
                .enumOf("status", "available", "under-offer", "sold", "let")
                .required()
                .from(RealEstateModel::status)
                .enumOf("propertyType", TYPES.stream().map(PropertyType::key).toList())
                .required()
                .from(ctx -> ctx.pick(TYPES).key())
                .integer("bedrooms")
                .required()
                .range(0, 12)
                .from(RealEstateModel::bedrooms)
                .text("headline")
                .required()
                .max(140)
                .localized()
                .from(RealEstateModel::headline)
                .integer("bathrooms")
                .required()
                .range(1, 8)
                .from(ctx -> Math.max(1, Math.min(4, (Integer) ctx.value("bedrooms") / 2 + ctx.between(0, 1))))
                .number("price")
                .required()
                .range(100, 20_000_000)
                .from(RealEstateModel::price)
                .enumOf("pricePeriod", "total", "per month")
                .required()
                .from(ctx -> "rent".equals(ctx.value("listingType")) ? "per month" : "total")
                .integer("squareFeet")
                .range(150, 20000)
                .from(ctx -> 380 + (Integer) ctx.value("bedrooms") * ctx.between(260, 420))
                .integer("yearBuilt")
                .range(1700, 2026)
                .from(RealEstateModel::yearBuilt)
                .text("address")
                .required()
                .max(160)
                .from(ctx -> ctx.title().replaceAll(" No\\. \\d+$", ""))
                .text("city")
                .required()
                .max(80)
                .text("postalCode")
                .max(12)
                .fill(0.95)
                .reference("neighborhood", "neighborhood")
                .required()
                .from(ctx -> ctx.refAt("neighborhood", NEIGHBORHOODS.indexOf(ctx.bound("neighborhood"))))
                .reference("agent", "agent")
                .required()
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(
                        2,
                        3,
                        (String) ctx.value("headline") + ".",
                        "propertyHeading",
                        "propertySentence",
                        "homeFeature"))
                .json("features")
                .required()
                .from(ctx -> Map.of("items", ctx.pickDistinct("homeFeature", ctx.between(4, 7))))
                .enumOf("energyRating", "A", "B", "C", "D", "E", "F", "G")
                .fill(0.8)
                .bool("parking")
                .from(ctx -> ctx.chance(0.5))
                .bool("garden")
                .from(ctx -> !ctx.value("propertyType").toString().contains("apartment") && ctx.chance(0.8))
                .number("latitude")
                .range(-90, 90)
                .from(ctx -> ctx.nearby()[0])
                .number("longitude")
                .range(-180, 180)
                .from(ctx -> ctx.nearby()[1])
                .date("listedOn")
                .required()
                .from(ctx -> ctx.date(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 30)))
                .url("virtualTourUrl")
                .fill(0.3)
                .from(ctx -> ctx.siteUrl("/tours/" + ctx.slug()))
                .bool("featured")
                .from(ctx -> ctx.chance(0.05))
                .asset("floorPlan");

        m.data("openHouse")
                .count(400)
                .describe("A viewing slot anyone can attend.")
                .aliases("open house", "viewing", "open day")
                .titles(TitleSource.combo(
                        p -> "Open House · " + display(p.get(0)) + ", " + p.get(1), WEEKENDS, WORDS.viewingSlots()))
                .text("title")
                .required()
                .max(120)
                .fromTitle()
                .reference("property", "property")
                .required()
                .dateTime("startsAt")
                .required()
                .from(ctx -> ctx.part(0) + "T" + ctx.part(1) + ":00Z")
                .dateTime("endsAt")
                .required()
                .from(ctx -> ItemDates.plusMinutes((String) ctx.value("startsAt"), 60))
                .reference("hostAgent", "agent")
                .required()
                .bool("registrationRequired")
                .from(ctx -> ctx.chance(0.4))
                .longText("notes")
                .max(400)
                .fill(0.4)
                .template(
                        "Parking is available on the street outside.",
                        "Please remove shoes at the door; overshoes are provided.",
                        "Second viewings can be arranged with the agent on the day.");

        SharedTypes.article(
                        m,
                        "marketReport",
                        90,
                        TitleSource.combo(p -> p.get(0).replace("%s", p.get(1)), WORDS.reportPatterns(), NEIGHBORHOODS),
                        "agent",
                        "reportIntro")
                .describe("A market update or area report.")
                .aliases("report", "market report", "article", "post", "blog post", "news")
                .bind("neighborhood", ctx -> ctx.part(1))
                .reference("neighborhood", "neighborhood")
                .required()
                .from(ctx -> ctx.refAt("neighborhood", NEIGHBORHOODS.indexOf(ctx.part(1))))
                .number("averagePriceChange")
                .label("Average price change (%)")
                .range(-50, 50)
                .from(ctx -> ctx.decimal(-3.5, 7.5, 1));

        m.component("propertyCarousel")
                .count(5)
                .describe("A scrolling row of listings.")
                .titles(TitleSource.fixed(
                        "Property Carousel – Homepage",
                        "Property Carousel – New Listings",
                        "Property Carousel – Lettings",
                        "Property Carousel – Neighbourhood Pages",
                        "Property Carousel – Recently Sold"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Just listed", "Featured homes", "Homes to rent", "Recently sold by us", "New this week")
                .references("properties", "property")
                .required()
                .items(3, 12);
        m.component("valuationCta")
                .displayName("Valuation CTA")
                .count(4)
                .describe("A prompt to book a valuation.")
                .titles(TitleSource.fixed(
                        "Valuation CTA – Homepage",
                        "Valuation CTA – Sold Properties",
                        "Valuation CTA – Neighbourhoods",
                        "Valuation CTA – Footer"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("What's your home worth?", "Book a free valuation", "Thinking of selling?")
                .longText("body")
                .max(300)
                .text("buttonLabel")
                .required()
                .max(30)
                .template("Book a valuation", "Get a valuation", "Talk to an agent")
                .url("buttonUrl")
                .required()
                .from(ctx -> ctx.linkTo("/selling"));
        m.component("neighborhoodGrid")
                .displayName("Neighbourhood Grid")
                .count(3)
                .describe("Cards linking to area guides.")
                .titles(TitleSource.fixed(
                        "Neighbourhood Grid – Homepage", "Neighbourhood Grid – Buying", "Neighbourhood Grid – Renting"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Explore the area", "Where to live in {city}", "Neighbourhood guides")
                .references("neighborhoods", "neighborhood")
                .required()
                .items(3, 12);
    }

    private static List<String> weekends() {
        List<String> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 3, 7); day.isBefore(LocalDate.of(2027, 3, 1)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                days.add(day.toString());
            }
        }
        return List.copyOf(days);
    }

    private static String display(String isoDate) {
        return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH));
    }

    private static PropertyType type(ItemContext ctx) {
        String key = (String) ctx.value("propertyType");
        return TYPES.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static int bedrooms(ItemContext ctx) {
        PropertyType type = type(ctx);
        return ctx.between(type.minBedrooms(), type.maxBedrooms());
    }

    private static String status(ItemContext ctx) {
        double roll = ctx.between(0.0, 1.0);
        if ("rent".equals(ctx.value("listingType"))) {
            return roll < 0.75 ? "available" : "let";
        }
        return roll < 0.7 ? "available" : roll < 0.85 ? "under-offer" : "sold";
    }

    private static double price(ItemContext ctx) {
        int beds = ctx.value("bedrooms") instanceof Integer b ? b : 2;
        if ("rent".equals(ctx.value("listingType"))) {
            return 25.0 * Math.round((850 + beds * 450 + ctx.between(-150, 400)) / 25.0);
        }
        return 5000.0 * Math.round((180_000 + beds * 85_000 + ctx.between(-40_000, 160_000)) / 5000.0);
    }

    private static int yearBuilt(ItemContext ctx) {
        return ctx.between(1860, 2024);
    }

    private static String headline(ItemContext ctx) {
        int beds = (Integer) ctx.value("bedrooms");
        String size = beds == 0 ? "studio" : beds + "-bedroom";
        return ctx.fill("{homeAdjective} " + size + " " + ctx.pick(WORDS.styles()) + " "
                + type(ctx).name() + " with {homeFeatureShort}");
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
