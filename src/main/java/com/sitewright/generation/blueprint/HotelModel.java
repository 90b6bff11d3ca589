package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A boutique hotel: rooms and room types, amenities, offers, dining, spa, meetings and the local area. */
final class HotelModel implements IndustryModel {

    /** A category of room: its beds, how many it sleeps, its size in m², rate per night and view. */
    record RoomType(String name, String beds, int maxGuests, int sizeSqm, double baseRate, String view) {}

    /** An amenity and what it belongs to: bathroom, room, wellness, dining, services and so on. */
    record Amenity(String name, String category) {}

    /** A kind of place to visit nearby, and its category. */
    record Attraction(String name, String category) {}

    /** A spa treatment and its category: massage, facial, body or ritual. */
    record Treatment(String name, String category) {}

    /** The industry's words, read once from {@code blueprint/hotel.json}. */
    record Words(
            List<RoomType> roomTypes,
            List<Amenity> amenities,
            List<String> offers,
            List<String> seasons,
            List<Attraction> attractions,
            List<Treatment> treatments,
            List<String> treatmentStyles,
            List<String> durations,
            List<String> cuisines,
            List<String> meetingEquipment,
            List<Vocabulary.ReviewHeadline> reviewHeadlines,
            Vocabulary.Data vocabulary) {}

    private static final Words WORDS = WordFiles.load("hotel.json", Words.class);
    private static final Vocabulary VOCABULARY = Vocabulary.of(WORDS.vocabulary());
    private static final List<RoomType> ROOM_TYPES = WORDS.roomTypes();
    private static final List<Amenity> AMENITIES = WORDS.amenities();
    private static final List<String> ROOM_TYPE_NAMES =
            ROOM_TYPES.stream().map(RoomType::name).toList();

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
                .titles(TitleSource.fixed(AMENITIES.stream().map(Amenity::name).toList()))
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
                .from(ctx -> AMENITIES.get(ctx.index() % AMENITIES.size()).category())
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
                .from(ctx -> ctx.fill(
                        "Our {title} has " + roomType(ctx).beds() + ", {roomDetail} and {roomDetail}. {roomMood}"))
                .text("bedConfiguration")
                .required()
                .max(80)
                .from(ctx -> roomType(ctx).beds())
                .integer("maxOccupancy")
                .required()
                .range(1, 10)
                .from(ctx -> roomType(ctx).maxGuests())
                .integer("sizeSqm")
                .label("Size (m²)")
                .range(8, 300)
                .from(ctx -> roomType(ctx).sizeSqm())
                .number("baseRate")
                .required()
                .range(40, 5000)
                .from(ctx -> roomType(ctx).baseRate())
                .enumOf("view", "city", "garden", "sea", "courtyard", "none")
                .required()
                .from(ctx -> roomType(ctx).view())
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
                        ? typeEntry(ctx.part(1)).view()
                        : ctx.pick(List.of("city", "garden", "courtyard")))
                .number("rateFrom")
                .required()
                .range(40, 5000)
                .from(ctx -> {
                    double base = typeEntry(ctx.part(1)).baseRate();
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
                        p -> p.get(0) + " — " + p.get(1) + " " + p.get(2),
                        WORDS.offers(),
                        WORDS.seasons(),
                        List.of("2026", "2027")))
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
                .from(ctx -> ctx.pick(WORDS.cuisines()))
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
                        p -> p.get(0) + " " + p.get(1, Attraction.class).name(),
                        CommonVocabulary.BASE.list("neighborhood"),
                        WORDS.attractions()))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .enumOf("category", "market", "outdoors", "culture", "nightlife", "tour", "shopping", "food", "history")
                .required()
                .from(ctx -> ctx.part(1, Attraction.class).category())
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
                        p -> p.get(0) + " " + p.get(1, Treatment.class).name() + " (" + p.get(2) + ")",
                        WORDS.treatmentStyles(),
                        WORDS.treatments(),
                        WORDS.durations()))
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
                .from(ctx -> ctx.part(1, Treatment.class).category())
                .bool("availableForCouples")
                .from(ctx -> ctx.part(1, Treatment.class).name().startsWith("Couples") || ctx.chance(0.2));

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
                .from(ctx -> Map.of("items", ctx.pickDistinct(WORDS.meetingEquipment(), ctx.between(2, 4))));

        SharedTypes.review(m, "review", 850, WORDS.reviewHeadlines())
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

    private static RoomType typeEntry(String name) {
        return ROOM_TYPES.get(ROOM_TYPE_NAMES.indexOf(name));
    }

    private static RoomType roomType(ItemContext ctx) {
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

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
