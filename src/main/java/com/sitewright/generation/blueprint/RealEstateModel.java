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

    private static final List<String> NEIGHBORHOODS = List.of(
            "Old Town",
            "Riverside",
            "Harbour District",
            "Market Quarter",
            "Northgate",
            "West End",
            "Canal Side",
            "Eastfield",
            "Arts District",
            "Hillcrest",
            "Southbank",
            "Station Quarter",
            "Millbrook",
            "Greenway",
            "University Quarter",
            "Oakwood",
            "Lakeview",
            "Cedar Park",
            "Kingsbridge",
            "Westbury",
            "Fairview",
            "Highfield",
            "Stonegate",
            "Brookside",
            "Elmstead",
            "Thornbury",
            "Ashdown",
            "Willowmere",
            "Redcliffe",
            "Hampton Green");
    private static final List<String> HOUSE_NUMBERS =
            IntStream.rangeClosed(1, 240).mapToObj(String::valueOf).toList();
    /** type key || display words || min beds || max beds. */
    private static final List<String> TYPES = List.of(
            "apartment||apartment||0||3",
            "terraced-house||terraced house||2||4",
            "semi-detached||semi-detached house||2||5",
            "detached||detached house||3||6",
            "townhouse||townhouse||2||5",
            "bungalow||bungalow||1||4",
            "loft||loft apartment||1||3",
            "cottage||cottage||1||4");

    private static final List<String> STYLES = List.of(
            "Victorian",
            "Georgian",
            "Edwardian",
            "1930s",
            "mid-century",
            "contemporary",
            "converted warehouse",
            "new-build",
            "Arts and Crafts",
            "period");
    private static final List<String> SLOTS = List.of("10:00", "11:00", "12:00", "13:30", "14:30", "16:00");
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

        SharedTypes.person(
                        m,
                        "agent",
                        40,
                        List.of(
                                "Sales Negotiator",
                                "Senior Sales Negotiator",
                                "Lettings Manager",
                                "Branch Manager",
                                "Property Manager",
                                "Valuer",
                                "Director",
                                "Mortgage Adviser"))
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
                .from(ctx -> Map.of(
                        "items",
                        ctx.pickDistinct(
                                List.of(
                                        "First-time buyers",
                                        "Period homes",
                                        "New builds",
                                        "Lettings",
                                        "Investment property",
                                        "Luxury homes",
                                        "Relocation",
                                        "Land and development"),
                                ctx.between(1, 3))));

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
                .enumOf(
                        "propertyType",
                        TYPES.stream().map(t -> ItemContext.split(t)[0]).toList())
                .required()
                .from(ctx -> ItemContext.split(ctx.pick(TYPES))[0])
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
                .titles(TitleSource.combo(p -> "Open House · " + display(p.get(0)) + ", " + p.get(1), WEEKENDS, SLOTS))
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
                .from(ctx -> ItemContext.plusMinutes((String) ctx.value("startsAt"), 60))
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
                        TitleSource.combo(
                                p -> p.get(0).replace("%s", p.get(1)),
                                List.of(
                                        "Market Update: %s",
                                        "%s House Prices Explained",
                                        "Why Buyers Are Moving to %s",
                                        "Renting in %s: What to Expect",
                                        "%s: Quarterly Property Report"),
                                NEIGHBORHOODS),
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

    private static String[] type(ItemContext ctx) {
        String key = (String) ctx.value("propertyType");
        return TYPES.stream()
                .map(ItemContext::split)
                .filter(t -> t[0].equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static int bedrooms(ItemContext ctx) {
        String[] type = type(ctx);
        return ctx.between(Integer.parseInt(type[2]), Integer.parseInt(type[3]));
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
        return ctx.fill(
                "{homeAdjective} " + size + " " + ctx.pick(STYLES) + " " + type(ctx)[1] + " with {homeFeatureShort}");
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }

    private static final Vocabulary VOCABULARY = Vocabulary.builder()
            .add(
                    "areaPerk",
                    "independent cafés",
                    "excellent schools",
                    "a weekly farmers' market",
                    "riverside walks",
                    "fast rail links",
                    "a thriving arts scene",
                    "large green spaces",
                    "period architecture",
                    "good-value family homes",
                    "a lively high street",
                    "quiet tree-lined streets",
                    "cycle paths into town")
            .add(
                    "homeAdjective",
                    "Light-filled",
                    "Beautifully renovated",
                    "Spacious",
                    "Characterful",
                    "Immaculate",
                    "Newly refurbished",
                    "Well-proportioned",
                    "Charming",
                    "Elegant",
                    "Generous")
            .add(
                    "homeFeatureShort",
                    "a south-facing garden",
                    "off-street parking",
                    "a kitchen extension",
                    "original features",
                    "a roof terrace",
                    "a home office",
                    "views over the park",
                    "a private balcony",
                    "no onward chain",
                    "a loft conversion")
            .add(
                    "homeFeature",
                    "South-facing garden",
                    "Off-street parking",
                    "Open-plan kitchen and dining room",
                    "Original fireplaces",
                    "Underfloor heating",
                    "Home office",
                    "Loft conversion",
                    "Roof terrace",
                    "Double glazing throughout",
                    "Walk-in wardrobe",
                    "En-suite principal bedroom",
                    "Utility room",
                    "Electric car charger",
                    "Solar panels",
                    "No onward chain",
                    "Close to outstanding schools",
                    "Five minutes' walk to the station",
                    "Garden studio")
            .add(
                    "propertyHeading",
                    "The accommodation",
                    "Ground floor",
                    "Upstairs",
                    "Outside",
                    "The location",
                    "Key features",
                    "Viewing arrangements",
                    "The kitchen",
                    "Living space",
                    "Why we love it")
            .add(
                    "propertySentence",
                    "The front door opens into a wide entrance hall with {period|original|restored} flooring.",
                    "The living room is filled with light from a large bay window and has a working fireplace.",
                    "At the back, the kitchen and dining room have been opened up into one sociable space.",
                    "The kitchen has quartz worktops, integrated appliances and a large central island.",
                    "Upstairs, the principal bedroom overlooks the garden and has fitted wardrobes.",
                    "The family bathroom has been renovated with a walk-in shower and a freestanding bath.",
                    "Outside, the garden is mainly laid to lawn with a paved terrace for summer evenings.",
                    "A garden studio makes an ideal home office or guest room.",
                    "The home sits on one of the quietest streets in {neighborhood}.",
                    "Shops, cafés and the station are all within a ten-minute walk.",
                    "Several well-regarded schools are close by.",
                    "The loft has already been converted and offers a further bedroom with en-suite.",
                    "Energy bills are kept low thanks to solar panels and new double glazing.",
                    "There is off-street parking for two cars and an electric car charger.",
                    "Viewings are strictly by appointment with our {neighborhood} team.",
                    "The property is offered with no onward chain.",
                    "Period features include ceiling roses, picture rails and original sash windows.",
                    "The apartment building has a concierge, lift and secure bike storage.")
            .add(
                    "reportIntro",
                    "Prices in {1} have held up better than most. Our agents explain why.",
                    "Buyers keep asking us about {1}. Here is what the numbers say.",
                    "A quarter-by-quarter look at {1}, with insight from our local team.",
                    "Thinking of buying or renting in {1}? Start with this report.")
            .add(
                    "headline",
                    "Find your next home in {city}",
                    "Local agents, honest advice",
                    "Selling? Book a free valuation",
                    "Homes for sale and to rent in {city}",
                    "More than {#20-40} years of local knowledge",
                    "We know {neighborhood} inside out",
                    "New homes listed every day",
                    "Moving made simpler",
                    "Sold in {#9-30} days on average",
                    "Your local property experts",
                    "The right home, the right price",
                    "Renting made easy",
                    "Get your property market-ready",
                    "Looking for a home in {neighborhood}?")
            .add(
                    "heading",
                    "Why sell with us",
                    "Our fees",
                    "How valuations work",
                    "Buying a home",
                    "Renting a home",
                    "Landlord services",
                    "Meet the team",
                    "Local area guides",
                    "Recently sold",
                    "Mortgage advice",
                    "What our clients say",
                    "Preparing your home for sale",
                    "The buying process",
                    "Property management",
                    "New homes",
                    "Market insight",
                    "Our offices",
                    "Tenant information",
                    "Moving checklist",
                    "Viewings")
            .add(
                    "sentence",
                    "{siteName} has helped people buy, sell and rent in {city} since {year}.",
                    "Our valuations are free, with no obligation to list with us.",
                    "We market every home with professional photography, floor plans and a video tour.",
                    "Most of our listings sell within {#3-8} weeks.",
                    "Our lettings team manages over {#300-900} homes across the city.",
                    "{neighborhood} remains one of the most sought-after areas for families.",
                    "Buyers are looking for outdoor space, home offices and good transport links.",
                    "We accompany every viewing, so you never have to show strangers around.",
                    "Prices in {neighborhood} rose steadily over the past twelve months.",
                    "Our mortgage advisers can help you find the right deal in a single call.",
                    "Landlords can choose from let-only, rent collection or full management.",
                    "We keep you updated after every viewing with honest feedback.",
                    "Every property is listed on the major portals within 24 hours.",
                    "Our agents live locally and know every street in {neighborhood}.",
                    "First-time buyers make up around a third of our sales.",
                    "We're members of the national property ombudsman scheme.",
                    "Open houses run most weekends; no appointment is needed.",
                    "Energy-efficient homes are attracting more interest than ever.",
                    "Rental demand in {city} continues to outstrip supply.",
                    "Our fees are transparent, with no hidden extras.",
                    "We can recommend trusted solicitors, surveyors and removals firms.",
                    "Video viewings are available for buyers relocating from abroad.",
                    "Homes near {neighborhood} station tend to sell fastest.",
                    "Our branch on {street} is open seven days a week.")
            .add(
                    "bullet",
                    "Free, no-obligation valuations",
                    "Professional photography and floor plans",
                    "Accompanied viewings",
                    "Listed on every major portal",
                    "Weekend open houses",
                    "Transparent fees",
                    "Full property management",
                    "Mortgage advice in-house",
                    "Honest feedback after every viewing",
                    "Open seven days a week",
                    "Video tours for every listing")
            .add(
                    "tagline",
                    "Your local property experts in {city}",
                    "Homes for sale and to rent",
                    "Honest advice, local knowledge",
                    "Helping {city} move since {year}",
                    "Buy, sell, rent, relax")
            .add(
                    "cta",
                    "Book a valuation",
                    "Search homes",
                    "Arrange a viewing",
                    "Talk to an agent",
                    "See rentals",
                    "Register for alerts")
            .add(
                    "feature",
                    "Free valuation||An accurate price from a local expert, with no obligation.",
                    "Professional marketing||Photography, floor plans and video on every listing.",
                    "Accompanied viewings||We show every buyer around for you.",
                    "Sold fast||Our average time to offer is {#9-30} days.",
                    "Full management||Rent collection, maintenance and inspections taken care of.",
                    "Mortgage advice||Find the right deal with our in-house advisers.",
                    "Property alerts||Be first to hear about new listings.",
                    "Local offices||{#3-6} branches across {city}.",
                    "Open seven days||We're here when you are.",
                    "Transparent fees||No hidden charges, ever.")
            .add("page", "Selling", "Buying", "Landlords", "Tenants", "Our Fees")
            .add(
                    "campaign",
                    "Spring Selling Season",
                    "Free Valuation Week",
                    "New Homes Launch",
                    "Landlord Guide 2026",
                    "First-Time Buyer Evening",
                    "Summer Open House Weekend",
                    "Relocation Service",
                    "Student Lettings",
                    "Award Win",
                    "New Branch Opening",
                    "Market Outlook 2026",
                    "Refer a Friend")
            .add(
                    "photoSubject",
                    "A sunlit living room",
                    "A modern kitchen",
                    "A period front door",
                    "A back garden",
                    "A principal bedroom",
                    "A roof terrace",
                    "A family bathroom",
                    "Our agents",
                    "A street of terraced houses",
                    "A city skyline",
                    "A cosy reading nook",
                    "An open house",
                    "A home office",
                    "A loft apartment")
            .add(
                    "photoSetting",
                    "on a quiet street",
                    "at golden hour",
                    "from the garden",
                    "in spring",
                    "from above",
                    "on a clear morning",
                    "after renovation",
                    "during a viewing")
            .add(
                    "faq",
                    "selling||How much does it cost to sell with you?||Our fee is a percentage of the sale price, agreed upfront, with no sale no fee.",
                    "selling||How long does it take to sell a home?||Most of our homes go under offer within {#3-8} weeks.",
                    "selling||Do I need to be there for viewings?||No, we accompany every viewing and give you feedback afterwards.",
                    "selling||How do you value my home?||We look at recent sales nearby, current demand and your home's features.",
                    "buying||How do I arrange a viewing?||Book online or call the branch. We run viewings seven days a week.",
                    "buying||Can you recommend a mortgage adviser?||Our in-house advisers can search the market for you at no cost.",
                    "buying||What happens after my offer is accepted?||We introduce solicitors, arrange surveys and keep everyone moving to completion.",
                    "buying||Do I need to register to attend an open house?||Most open houses are drop-in, but some ask you to register first.",
                    "renting||What fees do tenants pay?||Tenants pay rent and a refundable deposit; we don't charge tenant fees.",
                    "renting||How much is the deposit?||Usually five weeks' rent, protected in a government-approved scheme.",
                    "renting||Are pets allowed?||It depends on the landlord; many of our homes accept pets.",
                    "landlords||What does full management include?||Rent collection, maintenance, inspections, compliance and check-outs.",
                    "landlords||How quickly can you find a tenant?||Most of our rental homes are let within two weeks.",
                    "general||Which areas do you cover?||The whole of {city} and the surrounding villages.",
                    "general||Are you regulated?||Yes, we're members of the Property Ombudsman and a client money protection scheme.")
            .add(
                    "quote",
                    "They sold our house in ten days, for more than the asking price.",
                    "Honest advice from the first valuation to the day we got the keys.",
                    "Our agent knew {neighborhood} inside out and found us the perfect home.",
                    "As a landlord, I never have to worry — they handle everything.",
                    "Great communication throughout a stressful process.",
                    "The open house was so well organised; we had three offers by Monday.",
                    "Friendly, professional and always at the end of the phone.",
                    "Best estate agents in {city}, hands down.")
            .add("role", "Seller", "First-time buyer", "Landlord", "Tenant", "Buyer")
            .add(
                    "bio",
                    "{first} has sold homes in {city} for more than {#5-20} years.",
                    "{first} grew up in {neighborhood} and still lives nearby.",
                    "{first} specialises in period homes and first-time buyers.",
                    "Before joining {siteName}, {first} worked in property development.",
                    "{first} runs our weekend open houses and loves matching buyers with the right home.",
                    "{first} is a qualified member of the national association of estate agents.")
            .add(
                    "nav",
                    "Buy||/properties",
                    "Rent||/tenants",
                    "Sell||/selling",
                    "Landlords||/landlords",
                    "Area Guides||/neighborhoods",
                    "Market Reports||/market-reports",
                    "Our Fees||/our-fees")
            .build();
}
