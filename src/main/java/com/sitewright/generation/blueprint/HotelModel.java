package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A boutique hotel: rooms and room types, amenities, offers, dining, spa, meetings and the local area. */
final class HotelModel implements IndustryModel {

    /** name || beds || max guests || size sqm || base rate || view. */
    private static final List<String> ROOM_TYPES = List.of(
            "Classic Double||1 double bed||2||18||129||courtyard",
            "Superior King||1 king bed||2||24||169||city",
            "Deluxe Twin||2 single beds||2||26||159||garden",
            "Junior Suite||1 king bed and sofa bed||3||38||249||garden",
            "Garden Suite||1 king bed||2||45||299||garden",
            "Penthouse Suite||1 super-king bed||2||80||649||city",
            "Family Room||1 king bed and 2 bunks||4||36||219||courtyard",
            "Accessible Double||1 double bed||2||28||139||courtyard",
            "Loft Studio||1 queen bed||2||30||179||city",
            "Sea View King||1 king bed||2||27||209||sea",
            "Single Room||1 single bed||1||12||89||none",
            "Bunk Room||2 sets of bunks||4||22||149||none");

    private static final List<String> AMENITIES = List.of(
            "Rainfall shower||bathroom",
            "Deep soaking bath||bathroom",
            "Organic toiletries||bathroom",
            "Heated floors||bathroom",
            "Bathrobes and slippers||bathroom",
            "Nespresso machine||room",
            "Minibar with local snacks||room",
            "Blackout curtains||room",
            "Air conditioning||room",
            "Pillow menu||room",
            "Writing desk||room",
            "In-room safe||room",
            "Smart TV with streaming||technology",
            "Fast free Wi-Fi||technology",
            "USB-C charging points||technology",
            "Bluetooth speaker||technology",
            "Indoor pool||wellness",
            "Sauna and steam room||wellness",
            "Gym open 24 hours||wellness",
            "Yoga mats on request||wellness",
            "Spa treatments||wellness",
            "Breakfast included||dining",
            "24-hour room service||dining",
            "Rooftop bar||dining",
            "Afternoon tea||dining",
            "Cots and high chairs||family",
            "Kids' welcome pack||family",
            "Babysitting service||family",
            "Step-free access||accessibility",
            "Roll-in shower||accessibility",
            "Hearing loop||accessibility",
            "Concierge||services",
            "Luggage storage||services",
            "Bike hire||services",
            "Laundry service||services",
            "Electric car charging||services",
            "Valet parking||services",
            "Dog-friendly rooms||services",
            "Airport transfers||services",
            "Late checkout||services");
    private static final List<String> OFFERS = List.of(
            "Romantic Escape",
            "Stay Longer, Save More",
            "Spa Retreat",
            "Family Break",
            "Dinner, Bed & Breakfast",
            "Early Bird Saver",
            "Weekend in the City",
            "Midweek Escape",
            "Culture Break",
            "Wellness Weekend",
            "Business Traveller",
            "Honeymoon Package",
            "Dog-Friendly Getaway",
            "Festive Stay",
            "Foodie Weekend",
            "Last-Minute Deal");
    private static final List<String> SEASONS = List.of("Spring", "Summer", "Autumn", "Winter");
    private static final List<String> ATTRACTION_TYPES = List.of(
            "Farmers' Market||market",
            "Botanical Gardens||outdoors",
            "Art Museum||culture",
            "Jazz Club||nightlife",
            "Walking Trail||outdoors",
            "Harbour Cruise||tour",
            "Antique Quarter||shopping",
            "Food Hall||food",
            "Castle Ruins||history",
            "Craft Brewery||food",
            "Lido||outdoors",
            "Theatre||culture");
    private static final List<String> TREATMENTS = List.of(
            "Deep Tissue Massage||massage",
            "Hot Stone Massage||massage",
            "Aromatherapy Massage||massage",
            "Signature Facial||facial",
            "Hydrating Facial||facial",
            "Seaweed Body Wrap||body",
            "Salt Scrub||body",
            "Reflexology||massage",
            "Head and Shoulder Massage||massage",
            "Couples' Ritual||ritual",
            "Pregnancy Massage||massage",
            "Detox Ritual||ritual");
    private static final List<String> TREATMENT_STYLES =
            List.of("Classic", "Signature", "Express", "Restorative", "Seasonal");
    private static final List<String> DURATIONS = List.of("30 min", "60 min", "90 min");

    @Override
    public Industry industry() {
        return Industry.HOTEL;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("room").testimonialSource("review");

        m.data("amenity")
                .count(AMENITIES.size())
                .describe("Something the hotel or a room offers.")
                .aliases("amenity", "facility", "feature")
                .titles(TitleSource.fixed(
                        AMENITIES.stream().map(a -> field(a, 0)).toList()))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .enumOf(
                        "category",
                        "room",
                        "bathroom",
                        "technology",
                        "wellness",
                        "dining",
                        "family",
                        "accessibility",
                        "services")
                .required()
                .from(ctx -> field(AMENITIES.get(ctx.index() % AMENITIES.size()), 1))
                .text("description")
                .max(200)
                .fill(0.6)
                .template(
                        "{title}, included with every stay.",
                        "Ask at reception about {title}.",
                        "{title} — one of the little things our guests love.")
                .bool("complimentary")
                .from(ctx -> ctx.chance(0.75))
                .enumOf(
                        "icon",
                        "bath",
                        "coffee",
                        "wifi",
                        "tv",
                        "pool",
                        "gym",
                        "spa",
                        "family",
                        "access",
                        "car",
                        "dog",
                        "concierge")
                .fill(0.7);

        m.data("roomType")
                .count(ROOM_TYPES.size())
                .describe("A category of room.")
                .aliases("room type", "room category", "suite", "accommodation")
                .titles(TitleSource.fixed(ROOM_TYPE_NAMES))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .longText("description")
                .required()
                .max(800)
                .from(ctx -> ctx.fill("Our {title} has " + field(roomType(ctx), 1) + ", {roomDetail} and {roomDetail}. "
                        + "{roomMood}"))
                .text("bedConfiguration")
                .required()
                .max(80)
                .from(ctx -> field(roomType(ctx), 1))
                .integer("maxOccupancy")
                .required()
                .range(1, 10)
                .from(ctx -> Integer.parseInt(field(roomType(ctx), 2)))
                .integer("sizeSqm")
                .label("Size (m²)")
                .range(8, 300)
                .from(ctx -> Integer.parseInt(field(roomType(ctx), 3)))
                .number("baseRate")
                .required()
                .range(40, 5000)
                .from(ctx -> Double.parseDouble(field(roomType(ctx), 4)))
                .enumOf("view", "city", "garden", "sea", "courtyard", "none")
                .required()
                .from(ctx -> field(roomType(ctx), 5))
                .references("amenities", "amenity")
                .required()
                .items(3, 12)
                .from(ctx -> ctx.refs("amenity", 5, 10))
                .bool("accessible")
                .from(ctx -> ctx.title().startsWith("Accessible"))
                .reference("heroImage", "image")
                .fill(0.9);

        m.data("room")
                .count(450)
                .describe("An individual bookable room.")
                .aliases("room", "bedroom")
                .titles((index, seed) -> {
                    int number = roomNumber(index);
                    String type =
                            ROOM_TYPE_NAMES.get(Math.floorMod(number * 7 + (int) (seed & 0xff), ROOM_TYPES.size()));
                    return new Title("Room " + number + " · " + type, List.of(String.valueOf(number), type));
                })
                .text("roomNumber")
                .required()
                .pattern("^[0-9]{3,7}$")
                .fromPart(0)
                .integer("floor")
                .required()
                .range(0, 100000)
                .from(ctx -> Integer.parseInt(ctx.part(0)) / 100)
                .reference("roomType", "roomType")
                .required()
                .from(ctx -> ctx.refAt("roomType", ROOM_TYPE_NAMES.indexOf(ctx.part(1))))
                .enumOf("bedSize", "single", "double", "queen", "king", "super-king", "twin", "bunks")
                .required()
                .from(ctx -> bedSize(ctx.part(1)))
                .enumOf("view", "city", "garden", "sea", "courtyard", "none")
                .required()
                .from(ctx -> ctx.chance(0.8)
                        ? field(typeEntry(ctx.part(1)), 5)
                        : ctx.pick(List.of("city", "garden", "courtyard")))
                .number("rateFrom")
                .required()
                .range(40, 5000)
                .from(ctx -> {
                    double base = Double.parseDouble(field(typeEntry(ctx.part(1)), 4));
                    return ctx.price(base, base * 1.3, 1);
                })
                .bool("connecting")
                .from(ctx -> ctx.chance(0.15))
                .bool("accessible")
                .from(ctx -> ctx.part(1).startsWith("Accessible"))
                .integer("renovatedYear")
                .range(1990, 2026)
                .from(ctx -> ctx.between(2016, 2025))
                .enumOf("status", "available", "maintenance", "out-of-service")
                .required()
                .from(ctx -> ctx.chance(0.95) ? "available" : "maintenance")
                .longText("housekeepingNotes")
                .max(400)
                .fill(0.2)
                .template(
                        "Extra pillows requested by regular guests.",
                        "Quietest room on the floor — good for light sleepers.",
                        "Closest room to the lift.");

        m.page("offer")
                .count(100)
                .describe("A package or special rate.")
                .aliases("offer", "package", "deal", "special", "promotion")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " — " + p.get(1) + " " + p.get(2), OFFERS, SEASONS, List.of("2026", "2027")))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .template(
                        "{0}: stay with us this {1} and enjoy {offerPerk} and {offerPerk}.",
                        "Our {0} package includes {offerPerk}, {offerPerk} and a late checkout.",
                        "Make the most of {1} in {city} with {offerPerk} included.")
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(1, 2, (String) ctx.value("summary")))
                .integer("discountPercent")
                .range(0, 80)
                .fill(0.6)
                .from(ctx -> ctx.pick(List.of(10, 15, 20, 25)))
                .number("priceFrom")
                .required()
                .range(50, 5000)
                .from(ctx -> ctx.price(149, 590, 1))
                .date("validFrom")
                .required()
                .from(HotelModel::seasonStart)
                .date("validTo")
                .required()
                .from(ctx -> LocalDate.parse((String) ctx.value("validFrom"))
                        .plusMonths(3)
                        .minusDays(1)
                        .toString())
                .integer("minNights")
                .range(1, 14)
                .from(ctx -> ctx.between(1, 3))
                .json("includes")
                .required()
                .from(ctx -> Map.of("items", ctx.pickDistinct("offerPerk", ctx.between(2, 4))))
                .references("roomTypes", "roomType")
                .required()
                .items(1, 6)
                .from(ctx -> ctx.refs("roomType", 2, 4))
                .text("bookingCode")
                .required()
                .pattern("^[A-Z0-9]{4,12}$")
                .from(ctx -> Slugs.slugify(ctx.part(0))
                                .replace("-", "")
                                .toUpperCase(Locale.ROOT)
                                .substring(
                                        0,
                                        Math.min(
                                                6,
                                                Slugs.slugify(ctx.part(0))
                                                        .replace("-", "")
                                                        .length()))
                        + ctx.part(1).substring(0, 2).toUpperCase(Locale.ROOT)
                        + ctx.part(2).substring(2))
                .longText("terms")
                .max(600)
                .from(ctx -> "Subject to availability. Not combinable with other offers. "
                        + "Cancel free of charge up to 48 hours before arrival.")
                .reference("heroImage", "image")
                .fill(0.8);

        m.data("diningVenue")
                .count(6)
                .describe("A restaurant or bar in the hotel.")
                .aliases("restaurant", "bar", "dining venue", "venue")
                .titles(TitleSource.fixed(
                        "The Orangery",
                        "Harbour Bar",
                        "The Lantern Room",
                        "The Terrace",
                        "In-Room Dining",
                        "Pool Café"))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .text("cuisine")
                .required()
                .max(80)
                .from(ctx -> ctx.pick(List.of(
                        "Modern British",
                        "Seasonal Mediterranean",
                        "Seafood and grill",
                        "Cocktails and small plates",
                        "All-day dining",
                        "Brunch and afternoon tea")))
                .longText("description")
                .required()
                .max(800)
                .from(ctx -> ctx.fill(ctx.pick(List.of(
                                        "{title} serves "
                                                + ctx.value("cuisine")
                                                        .toString()
                                                        .toLowerCase(Locale.ROOT)
                                                + ", open to hotel guests and visitors alike.",
                                        "At {title}, our chefs cook "
                                                + ctx.value("cuisine")
                                                        .toString()
                                                        .toLowerCase(Locale.ROOT)
                                                + " with produce from farms near {city}."))
                                + " {roomMood}")
                        .replace("Perfect for a quiet weekend away.", "Book ahead at weekends.")
                        .replace("Ideal for longer stays.", "Walk-ins welcome most evenings."))
                .json("openingHours")
                .required()
                .from(CommonTypes::openingHours)
                .enumOf("dressCode", "casual", "smart casual", "smart")
                .required()
                .bool("reservationsRecommended")
                .from(ctx -> ctx.chance(0.6))
                .enumOf("priceRange", "$", "$$", "$$$")
                .required()
                .text("headChef")
                .max(80)
                .fill(0.6)
                .from(ItemContext::personName);

        m.data("localAttraction")
                .count(180)
                .describe("Something to see or do nearby.")
                .aliases("attraction", "local attraction", "thing to do", "sight", "activity")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + field(p.get(1), 0),
                        CommonVocabulary.BASE.list("neighborhood"),
                        ATTRACTION_TYPES))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .enumOf("category", "market", "outdoors", "culture", "nightlife", "tour", "shopping", "food", "history")
                .required()
                .from(ctx -> field(ctx.part(1), 1))
                .longText("description")
                .required()
                .max(600)
                .template(
                        "{title} is a {#5-25}-minute walk from the hotel and one of our guests' favourite ways to spend a morning.",
                        "Our concierge team can book tickets for {title} and recommend the best time to visit.",
                        "A local favourite: {title} is at its best on a {weekday} afternoon.")
                .number("distanceKm")
                .label("Distance (km)")
                .required()
                .range(0, 100)
                .from(ctx -> ctx.decimal(0.2, 12, 1))
                .integer("walkingMinutes")
                .range(0, 600)
                .from(ctx -> (int) Math.round((Double) ctx.value("distanceKm") * 12))
                .text("address")
                .max(160)
                .from(ItemContext::streetAddress)
                .url("website")
                .fill(0.6)
                .from(ctx -> "https://www." + Slugs.slugify(ctx.title()).replace("-", "") + ".org")
                .bool("familyFriendly")
                .from(ctx -> ctx.chance(0.6))
                .number("latitude")
                .range(-90, 90)
                .from(ctx -> ctx.nearby()[0])
                .number("longitude")
                .range(-180, 180)
                .from(ctx -> ctx.nearby()[1]);

        m.data("spaTreatment")
                .count(60)
                .describe("A treatment on the spa menu.")
                .aliases("treatment", "spa treatment", "massage")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + field(p.get(1), 0) + " (" + p.get(2) + ")",
                        TREATMENT_STYLES,
                        TREATMENTS,
                        DURATIONS))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .longText("description")
                .required()
                .max(600)
                .template(
                        "A {2} treatment using {spaProduct}, designed to {spaBenefit}.",
                        "Our therapists tailor every {2} session to you, finishing with {spaProduct}.")
                .integer("durationMinutes")
                .required()
                .range(15, 240)
                .from(ctx -> Integer.parseInt(ctx.part(2).split(" ")[0]))
                .number("price")
                .required()
                .range(20, 600)
                .from(ctx -> ctx.price(
                        Integer.parseInt(ctx.part(2).split(" ")[0]) * 1.1,
                        Integer.parseInt(ctx.part(2).split(" ")[0]) * 1.8,
                        5))
                .enumOf("category", "massage", "facial", "body", "ritual")
                .required()
                .from(ctx -> field(ctx.part(1), 1))
                .bool("availableForCouples")
                .from(ctx -> ctx.part(1).startsWith("Couples") || ctx.chance(0.2));

        m.data("meetingSpace")
                .count(10)
                .describe("A room for meetings and events.")
                .aliases("meeting room", "meeting space", "event space", "venue hire")
                .titles(TitleSource.fixed(
                        "The Boardroom",
                        "The Library",
                        "Garden Pavilion",
                        "The Ballroom",
                        "Studio One",
                        "Studio Two",
                        "The Loft",
                        "Courtyard Room",
                        "The Gallery",
                        "The Snug"))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .integer("capacityTheatre")
                .required()
                .range(0, 2000)
                .from(ctx -> ctx.between(12, 220))
                .longText("description")
                .max(600)
                .from(
                        ctx -> ctx.fill(
                                "{title} seats up to " + ctx.value("capacityTheatre")
                                        + " guests theatre-style, with {daylight|soft lighting|garden views}, fast Wi-Fi and a dedicated event host."))
                .integer("capacityBoardroom")
                .range(0, 200)
                .from(ctx -> ctx.between(6, 30))
                .integer("sizeSqm")
                .range(10, 3000)
                .from(ctx -> ctx.between(24, 320))
                .number("dayRate")
                .range(50, 20000)
                .from(ctx -> ctx.price(250, 2400, 50))
                .bool("naturalLight")
                .from(ctx -> ctx.chance(0.7))
                .json("equipment")
                .from(ctx -> Map.of(
                        "items",
                        ctx.pickDistinct(
                                List.of(
                                        "4K screen",
                                        "Video conferencing",
                                        "Flip charts",
                                        "PA system",
                                        "Stage",
                                        "Hearing loop",
                                        "Whiteboard walls"),
                                ctx.between(2, 4))));

        SharedTypes.review(m, "review", 850, vocabulary())
                .describe("A guest's review of their stay.")
                .reference("roomType", "roomType")
                .fill(0.7)
                .enumOf("tripType", "business", "couple", "family", "solo", "friends")
                .required()
                .date("stayedOn")
                .from(ctx -> LocalDate.parse((String) ctx.value("publishedOn"))
                        .minusDays(ctx.between(2, 30))
                        .toString());

        m.component("roomShowcase")
                .count(4)
                .describe("Cards for a few room types.")
                .titles(TitleSource.fixed(
                        "Room Showcase – Homepage",
                        "Room Showcase – Offers",
                        "Room Showcase – Families",
                        "Room Showcase – Suites"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Our rooms and suites", "Find your room", "Rooms for every kind of stay")
                .references("roomTypes", "roomType")
                .required()
                .items(2, 6);
        m.component("bookingWidget")
                .count(3)
                .describe("Date picker and booking button.")
                .titles(TitleSource.fixed(
                        "Booking Widget – Header", "Booking Widget – Rooms", "Booking Widget – Offers"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Book direct for the best rate", "Check availability", "Plan your stay")
                .integer("defaultNights")
                .range(1, 30)
                .from(ctx -> ctx.between(1, 3))
                .text("buttonLabel")
                .required()
                .max(30)
                .template("Check availability", "Book now", "See rates")
                .text("promoCode")
                .pattern("^[A-Z0-9]{4,12}$")
                .fill(0.2)
                .from(ctx -> "DIRECT10");
        m.component("offerCarousel")
                .count(3)
                .describe("A row of current offers.")
                .titles(TitleSource.fixed(
                        "Offer Carousel – Homepage", "Offer Carousel – Rooms", "Offer Carousel – Spa"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Special offers", "Stay longer, save more", "Packages and offers")
                .references("offers", "offer")
                .required()
                .items(2, 8);
    }

    private static final List<String> ROOM_TYPE_NAMES =
            ROOM_TYPES.stream().map(r -> field(r, 0)).toList();

    private static String typeEntry(String name) {
        return ROOM_TYPES.get(ROOM_TYPE_NAMES.indexOf(name));
    }

    private static String roomType(ItemContext ctx) {
        return ROOM_TYPES.get(ctx.index() % ROOM_TYPES.size());
    }

    /** Thirty rooms per floor, numbered 101-130, 201-230 ...; unique for every index. */
    private static int roomNumber(int index) {
        return (index / 30 + 1) * 100 + index % 30 + 1;
    }

    private static String bedSize(String roomType) {
        return switch (roomType) {
            case "Classic Double", "Accessible Double" -> "double";
            case "Deluxe Twin" -> "twin";
            case "Penthouse Suite" -> "super-king";
            case "Loft Studio" -> "queen";
            case "Single Room" -> "single";
            case "Bunk Room" -> "bunks";
            default -> "king";
        };
    }

    private static String seasonStart(ItemContext ctx) {
        int month = switch (ctx.part(1)) {
            case "Spring" -> 3;
            case "Summer" -> 6;
            case "Autumn" -> 9;
            default -> 12;
        };
        return LocalDate.of(Integer.parseInt(ctx.part(2)), month, 1).toString();
    }

    private static String field(String entry, int index) {
        return ItemContext.split(entry)[index];
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }

    private static final Vocabulary VOCABULARY = Vocabulary.builder()
            .add(
                    "roomDetail",
                    "a rainfall shower",
                    "floor-to-ceiling windows",
                    "a deep soaking bath",
                    "hand-picked local art",
                    "a Nespresso machine",
                    "blackout curtains",
                    "a writing desk by the window",
                    "heated bathroom floors",
                    "a well-stocked minibar",
                    "crisp organic cotton linen")
            .add(
                    "roomMood",
                    "Perfect for a quiet weekend away.",
                    "Ideal for longer stays.",
                    "A calm base for exploring {city}.",
                    "Wake up to views across {neighborhood}.")
            .add(
                    "offerPerk",
                    "breakfast for two",
                    "a bottle of English sparkling wine",
                    "late checkout at 1pm",
                    "a three-course dinner",
                    "a 50-minute spa treatment",
                    "free parking",
                    "a room upgrade on arrival",
                    "afternoon tea",
                    "welcome cocktails",
                    "museum tickets for two",
                    "bike hire")
            .add(
                    "spaProduct",
                    "warm botanical oils",
                    "Hebridean seaweed",
                    "locally made sea-salt scrubs",
                    "organic rose balm",
                    "heated volcanic stones")
            .add(
                    "spaBenefit",
                    "release tension after a long journey",
                    "restore tired skin",
                    "help you sleep deeply",
                    "leave you feeling completely renewed")
            .add(
                    "headline",
                    "Your home in the heart of {city}",
                    "Stay longer, sleep better",
                    "Book direct for the best rate",
                    "A boutique hotel in {neighborhood}",
                    "Rooms with a view, service with a smile",
                    "Escape to {siteName}",
                    "Weekend breaks in {city}",
                    "The {season} escape you've been waiting for",
                    "Slow mornings, long breakfasts",
                    "Spa, suites and sea air",
                    "Where every stay feels personal",
                    "Meetings that feel like a retreat",
                    "Dogs welcome, humans too",
                    "Celebrate with us",
                    "Independent since {year}")
            .add(
                    "heading",
                    "Rooms and suites",
                    "Dining",
                    "The spa",
                    "Meetings and events",
                    "Weddings",
                    "Explore the area",
                    "Getting here",
                    "Offers",
                    "Our story",
                    "Sustainability",
                    "Accessibility",
                    "Families",
                    "Dogs welcome",
                    "Gift vouchers",
                    "Breakfast",
                    "The bar",
                    "Check-in and check-out",
                    "What's included",
                    "Things to do nearby",
                    "Why book direct")
            .add(
                    "sentence",
                    "Every room has been designed with local makers and a good night's sleep in mind.",
                    "Book direct for our best rate, free breakfast and a late checkout.",
                    "{siteName} has welcomed guests in {city} since {year}.",
                    "Our concierge team knows the best tables and the quietest walks in {city}.",
                    "Breakfast is served until eleven at weekends, because holidays shouldn't start early.",
                    "The spa has a sauna, steam room and five treatment rooms.",
                    "Well-behaved dogs are welcome in selected rooms, with a bed and treats waiting.",
                    "We're a ten-minute walk from {city}'s main station.",
                    "Most of our produce comes from farms within fifty miles of the hotel.",
                    "Our meeting rooms are filled with daylight and come with everything you need.",
                    "Electric car charging is available in our car park.",
                    "Families are welcome, with cots, high chairs and a kids' welcome pack.",
                    "Check-in is from 3pm and check-out is at 11am.",
                    "Our rooftop bar looks out over {neighborhood}.",
                    "We run on renewable energy and have removed single-use plastics from every room.",
                    "Afternoon tea is served daily in the lounge.",
                    "Bikes are free to borrow for exploring {neighborhood}.",
                    "Accessible rooms have step-free access and roll-in showers.",
                    "Gift vouchers make a lovely present and are valid for two years.",
                    "Our team can arrange airport transfers and restaurant reservations.",
                    "Guests rate our beds and breakfasts above everything else.",
                    "Weddings of up to {#60-180} guests can be hosted in the garden pavilion.",
                    "Room service is available around the clock.",
                    "{neighborhood} is full of independent shops, galleries and cafés.")
            .add(
                    "bullet",
                    "Best rate when you book direct",
                    "Free Wi-Fi throughout",
                    "Breakfast until 11am at weekends",
                    "Spa with sauna and steam room",
                    "Dog-friendly rooms",
                    "Electric car charging",
                    "Ten minutes from the station",
                    "24-hour room service",
                    "Free bike hire",
                    "Step-free access and accessible rooms",
                    "Late checkout on request",
                    "Rooftop bar")
            .add(
                    "tagline",
                    "A boutique hotel in {city}",
                    "Stay well, sleep better",
                    "Independent hotel and spa",
                    "Your home from home in {city}",
                    "Rooms, spa and rooftop bar")
            .add(
                    "cta",
                    "Book now",
                    "Check availability",
                    "View rooms",
                    "See offers",
                    "Book a treatment",
                    "Plan your event")
            .add(
                    "feature",
                    "Book direct||Best rate, free breakfast and late checkout.",
                    "Spa||Sauna, steam room and {#4-8} treatment rooms.",
                    "Rooftop bar||Cocktails with a view.",
                    "Dog friendly||Beds, bowls and treats for four-legged guests.",
                    "Central location||{#5-15} minutes' walk from the station.",
                    "Local breakfast||Served until 11am at weekends.",
                    "Meetings||Daylight-filled rooms for up to {#40-200} guests.",
                    "Sustainable stays||Renewable energy and no single-use plastics.",
                    "Free bikes||Explore {neighborhood} at your own pace.",
                    "Accessible rooms||Step-free access and roll-in showers.")
            .add("page", "Weddings", "Meetings & Events", "Gift Vouchers", "Getting Here", "Hotel Policies")
            .add(
                    "campaign",
                    "Summer Escape",
                    "Spa Days",
                    "Festive Season",
                    "New Year's Eve Party",
                    "Valentine's Weekend",
                    "Wedding Open Day",
                    "Spring Break",
                    "Book Direct and Save",
                    "Winter Warmer",
                    "Rooftop Bar Launch",
                    "Afternoon Tea Week",
                    "Loyalty Programme")
            .add(
                    "photoSubject",
                    "A junior suite",
                    "The rooftop bar",
                    "Breakfast in the orangery",
                    "The spa pool",
                    "A freestanding bath",
                    "The hotel entrance",
                    "The lobby",
                    "A king bedroom",
                    "Afternoon tea",
                    "The garden pavilion",
                    "A cocktail at the bar",
                    "The view from the penthouse",
                    "A couple in the spa",
                    "The meeting room",
                    "A dog in the lounge")
            .add(
                    "photoSetting",
                    "at sunset",
                    "in morning light",
                    "on a winter evening",
                    "from the garden",
                    "in close-up",
                    "from above",
                    "during afternoon tea",
                    "by the fireplace")
            .add(
                    "faq",
                    "stay||What time is check-in and check-out?||Check-in is from 3pm and check-out is by 11am. Late checkout can be arranged.",
                    "stay||Is breakfast included?||Breakfast is included when you book direct and on most of our offers.",
                    "stay||Do you have parking?||Yes, limited on-site parking with electric car charging. Please reserve in advance.",
                    "stay||Are pets allowed?||Dogs are welcome in selected rooms for a small nightly fee.",
                    "stay||Do you have accessible rooms?||Yes, with step-free access, wider doors and roll-in showers.",
                    "stay||Can I store luggage before check-in?||Of course — our team will look after your bags.",
                    "stay||Is there Wi-Fi?||Fast, free Wi-Fi throughout the hotel.",
                    "booking||What is your cancellation policy?||Most rates can be cancelled free of charge up to 48 hours before arrival.",
                    "booking||Why should I book direct?||You get our best rate, free breakfast and a late checkout when available.",
                    "booking||Can I request a specific room?||Add a note to your booking and we'll do our best.",
                    "booking||Do you offer group rates?||Yes, for ten rooms or more. Contact our reservations team.",
                    "spa||Do I need to book spa treatments?||We recommend booking at least a week ahead, especially at weekends.",
                    "spa||Can non-residents use the spa?||Yes, spa days are available to everyone.",
                    "dining||Do I need to reserve a table?||Hotel guests can usually walk in, but we recommend booking at weekends.",
                    "dining||Can you cater for dietary requirements?||Absolutely. Let us know when you book.",
                    "events||Can I hold my wedding at the hotel?||Yes — our garden pavilion hosts weddings of up to 180 guests.",
                    "events||Do you have meeting rooms?||Ten rooms for two to two hundred people, with full AV.")
            .add(
                    "quote",
                    "The most comfortable bed I've ever slept in, and breakfast was a dream.",
                    "Staff remembered our names from the moment we arrived.",
                    "The spa alone is worth the trip.",
                    "Perfect location for exploring {city}.",
                    "Our dog was treated like royalty.",
                    "We celebrated our anniversary here and it was perfect.",
                    "Beautiful rooms, brilliant cocktails and a view to remember.",
                    "The best hotel stay we've had in years.")
            .add("role", "Weekend guest", "Business traveller", "Wedding couple", "Spa guest", "Returning guest")
            .add(
                    "reviewHeadline",
                    "5||Perfect weekend away",
                    "5||Exceptional service",
                    "5||Best breakfast ever",
                    "5||Beautiful room",
                    "5||A real gem",
                    "5||Wonderful spa",
                    "5||Faultless stay",
                    "5||Will be back",
                    "5||Great location",
                    "5||Dog-friendly heaven",
                    "5||Anniversary to remember",
                    "5||Stunning views",
                    "5||Lovely staff",
                    "4||Lovely stay, small room",
                    "4||Great hotel, noisy street",
                    "4||Very comfortable",
                    "4||Good value",
                    "4||Nice spa, busy pool",
                    "4||Enjoyed our stay",
                    "3||Mixed experience",
                    "3||Fine but overpriced",
                    "3||Check-in was slow",
                    "2||Disappointing stay",
                    "2||Room not ready",
                    "1||Not as advertised")
            .add(
                    "reviewPositive",
                    "The room was spotless and the bed incredibly comfortable.",
                    "Breakfast was outstanding, with fresh pastries and proper coffee.",
                    "Reception staff gave us brilliant restaurant recommendations.",
                    "The spa was calm and the treatments were excellent.",
                    "The location is perfect for exploring {neighborhood}.",
                    "We were upgraded on arrival, which was a lovely surprise.",
                    "Our dog got his own bed and a bag of treats.")
            .add(
                    "reviewMixed",
                    "The room was lovely but smaller than the photos suggested.",
                    "Street noise made it hard to sleep with the window open.",
                    "Breakfast was good but the service was slow.",
                    "A nice hotel, though a little expensive for what it is.")
            .add(
                    "reviewCritical",
                    "Our room wasn't ready until after 5pm.",
                    "The shower ran cold on both mornings.",
                    "We were charged for extras we hadn't ordered.",
                    "The room smelled musty and needed updating.")
            .add(
                    "bio",
                    "{first} has worked in hospitality for {#5-20} years.",
                    "{first} leads our guest experience team.",
                    "{first} knows every corner of {city}.",
                    "{first} joined {siteName} from a grand hotel in London.")
            .add(
                    "nav",
                    "Rooms||/room-types",
                    "Offers||/offers",
                    "Dining||/dining-venues",
                    "Spa||/spa-treatments",
                    "Meetings & Events||/meetings-and-events",
                    "Explore||/local-attractions",
                    "Book Now||/contact")
            .build();
}
