package com.sitewright.generation.blueprint;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What shape of content a named thing is, read from its head noun and modifiers: a person gets a name,
 * role, bio and portrait; an event dates and a place; a tour or product a price and a duration; a case
 * study a client, challenge and outcome.
 */
enum ThingKind {
    PERSON,
    EVENT,
    OFFERING,
    PRODUCT,
    CASE_STUDY,
    ARTICLE,
    EPISODE,
    ROUTE,
    PLACE,
    ORGANISATION,
    ANIMAL,
    JOB,
    THING;

    /** One named thing: its type key, singular display name and shape, and the words the prompt used. */
    record Named(String phrase, String key, String displayName, ThingKind kind, String head) {

        String pluralName() {
            return com.sitewright.model.SiteRoutes.plural(displayName);
        }

        /** "Route Setter" -> "route setter", for running text. */
        String noun() {
            return displayName.toLowerCase(Locale.ROOT);
        }

        String nounPlural() {
            return pluralName().toLowerCase(Locale.ROOT);
        }
    }

    /** Words that say how something is shown ("teacher bios", "retreat schedules"): the modifier is the thing. */
    private static final Map<String, ThingKind> CONTAINERS = Map.ofEntries(
            Map.entry("bio", PERSON),
            Map.entry("biography", PERSON),
            Map.entry("profile", PERSON),
            Map.entry("headshot", PERSON),
            Map.entry("portrait", PERSON),
            Map.entry("schedule", EVENT),
            Map.entry("calendar", EVENT),
            Map.entry("timetable", EVENT),
            Map.entry("date", EVENT),
            Map.entry("time", EVENT),
            Map.entry("lineup", EVENT),
            Map.entry("line-up", EVENT),
            Map.entry("programme", EVENT),
            Map.entry("listing", THING),
            Map.entry("list", THING),
            Map.entry("page", THING),
            Map.entry("section", THING),
            Map.entry("catalogue", PRODUCT),
            Map.entry("catalog", PRODUCT),
            Map.entry("directory", THING),
            Map.entry("archive", THING),
            Map.entry("gallery", THING),
            Map.entry("detail", THING),
            Map.entry("overview", THING),
            Map.entry("info", THING),
            Map.entry("database", THING));

    /** Whole phrases that mean one well-known thing. */
    private static final Map<String, String[]> PHRASES = Map.ofEntries(
            Map.entry("tap list", new String[] {"beer", "Beer", "PRODUCT"}),
            Map.entry("beer list", new String[] {"beer", "Beer", "PRODUCT"}),
            Map.entry("wine list", new String[] {"wine", "Wine", "PRODUCT"}),
            Map.entry("case study", new String[] {"caseStudy", "Case Study", "CASE_STUDY"}),
            Map.entry("success story", new String[] {"successStory", "Success Story", "CASE_STUDY"}),
            Map.entry("open day", new String[] {"openDay", "Open Day", "EVENT"}),
            Map.entry("show note", new String[] {"episode", "Episode", "EPISODE"}),
            Map.entry("escape room", new String[] {"escapeRoom", "Escape Room", "OFFERING"}),
            Map.entry("price list", new String[] {"priceListEntry", "Price List Entry", "OFFERING"}),
            Map.entry("team", new String[] {"teamMember", "Team Member", "PERSON"}),
            Map.entry("team member", new String[] {"teamMember", "Team Member", "PERSON"}),
            Map.entry("staff", new String[] {"teamMember", "Team Member", "PERSON"}),
            Map.entry("staff member", new String[] {"teamMember", "Team Member", "PERSON"}),
            Map.entry("people", new String[] {"teamMember", "Team Member", "PERSON"}));

    private static final Map<ThingKind, Set<String>> HEADS = Map.ofEntries(
            Map.entry(
                    PERSON,
                    Set.of(
                            "teacher",
                            "instructor",
                            "coach",
                            "trainer",
                            "setter",
                            "artist",
                            "tattooist",
                            "stylist",
                            "groomer",
                            "guide",
                            "mentor",
                            "speaker",
                            "author",
                            "host",
                            "chef",
                            "barber",
                            "photographer",
                            "architect",
                            "consultant",
                            "tutor",
                            "volunteer",
                            "singer",
                            "musician",
                            "performer",
                            "director",
                            "designer",
                            "practitioner",
                            "therapist",
                            "doctor",
                            "dentist",
                            "hygienist",
                            "vet",
                            "veterinarian",
                            "nurse",
                            "maker",
                            "brewer",
                            "winemaker",
                            "potter",
                            "member",
                            "crew",
                            "founder",
                            "player",
                            "athlete",
                            "expert",
                            "lecturer",
                            "professor",
                            "dancer",
                            "dj",
                            "mechanic",
                            "technician",
                            "driver",
                            "leader",
                            "ambassador",
                            "advisor",
                            "adviser",
                            "specialist",
                            "surgeon",
                            "physio",
                            "physiotherapist",
                            "agent",
                            "conductor",
                            "composer",
                            "scientist",
                            "researcher",
                            "editor",
                            "writer",
                            "contributor",
                            "presenter",
                            "guest",
                            "panelist",
                            "farmer",
                            "florist",
                            "baker",
                            "ranger",
                            "pastor",
                            "priest",
                            "rabbi",
                            "imam",
                            "ceramicist",
                            "illustrator",
                            "engineer",
                            "planner",
                            "person",
                            "partner",
                            "owner",
                            "teammate",
                            "resident",
                            "cast",
                            "educator",
                            "counsellor",
                            "counselor",
                            "midwife",
                            "doula",
                            "optician",
                            "pharmacist",
                            "masseuse",
                            "masseur",
                            "beautician",
                            "artisan",
                            "craftsman",
                            "carpenter",
                            "plumber",
                            "electrician",
                            "gardener",
                            "landscaper",
                            "cleaner",
                            "walker",
                            "sitter",
                            "handler",
                            "skier",
                            "climber",
                            "rider",
                            "runner",
                            "cyclist",
                            "swimmer",
                            "student",
                            "alumnus",
                            "alumni",
                            "sommelier",
                            "vintner",
                            "distiller",
                            "roaster",
                            "bartender",
                            "mixologist",
                            "curator",
                            "choreographer",
                            "master",
                            "marshal",
                            "captain",
                            "chair",
                            "trustee",
                            "elder",
                            "steward")),
            Map.entry(
                    EVENT,
                    Set.of(
                            "event",
                            "class",
                            "workshop",
                            "retreat",
                            "session",
                            "course",
                            "camp",
                            "festival",
                            "concert",
                            "gig",
                            "show",
                            "performance",
                            "exhibition",
                            "exhibit",
                            "meetup",
                            "talk",
                            "lecture",
                            "seminar",
                            "webinar",
                            "conference",
                            "tournament",
                            "match",
                            "fixture",
                            "race",
                            "competition",
                            "rehearsal",
                            "ceremony",
                            "party",
                            "night",
                            "screening",
                            "residency",
                            "trip",
                            "excursion",
                            "expedition",
                            "term",
                            "meeting",
                            "gathering",
                            "mass",
                            "recital",
                            "premiere",
                            "launch",
                            "signing",
                            "reading",
                            "clinic",
                            "bootcamp",
                            "intensive",
                            "jam",
                            "league",
                            "season",
                            "holiday",
                            "getaway",
                            "drop-in",
                            "social",
                            "fair",
                            "market",
                            "sale",
                            "walk",
                            "hike",
                            "ride",
                            "club")),
            Map.entry(
                    OFFERING,
                    Set.of(
                            "tour",
                            "tasting",
                            "treatment",
                            "package",
                            "experience",
                            "lesson",
                            "membership",
                            "pass",
                            "plan",
                            "subscription",
                            "repair",
                            "appointment",
                            "rental",
                            "hire",
                            "charter",
                            "consultation",
                            "massage",
                            "facial",
                            "haircut",
                            "groom",
                            "installation",
                            "therapy",
                            "coaching",
                            "ticket",
                            "voucher",
                            "adventure",
                            "cruise",
                            "flight",
                            "tune-up",
                            "service plan",
                            "checkup",
                            "check-up",
                            "cleaning",
                            "whitening",
                            "filling",
                            "procedure",
                            "programme",
                            "program",
                            "offer",
                            "deal",
                            "quote",
                            "estimate",
                            "menu",
                            "option",
                            "activity",
                            "game",
                            "room",
                            "party package",
                            "lesson package",
                            "cut",
                            "colour",
                            "color",
                            "wash",
                            "trim",
                            "fitting",
                            "alteration",
                            "delivery",
                            "visit",
                            "stay",
                            "session package",
                            "hire package",
                            "service")),
            Map.entry(
                    PRODUCT,
                    Set.of(
                            "product",
                            "design",
                            "print",
                            "beer",
                            "wine",
                            "vintage",
                            "bottle",
                            "bike",
                            "bicycle",
                            "part",
                            "book",
                            "album",
                            "record",
                            "piece",
                            "artwork",
                            "painting",
                            "sculpture",
                            "pot",
                            "ceramic",
                            "candle",
                            "plant",
                            "flower",
                            "bouquet",
                            "cake",
                            "bread",
                            "pastry",
                            "cocktail",
                            "spirit",
                            "gin",
                            "whisky",
                            "whiskey",
                            "cheese",
                            "jewellery",
                            "jewelry",
                            "ring",
                            "dress",
                            "gown",
                            "shoe",
                            "toy",
                            "kit",
                            "gear",
                            "equipment",
                            "board",
                            "ski",
                            "instrument",
                            "guitar",
                            "merch",
                            "release",
                            "vinyl",
                            "cider",
                            "mead",
                            "sake",
                            "brew",
                            "ale",
                            "lager",
                            "bean",
                            "blend",
                            "tea",
                            "chocolate",
                            "soap",
                            "perfume",
                            "fragrance",
                            "rug",
                            "furniture",
                            "chair",
                            "table",
                            "lamp",
                            "frame",
                            "card",
                            "sticker",
                            "poster",
                            "zine",
                            "comic",
                            "game set",
                            "puzzle",
                            "tile",
                            "mug",
                            "vase",
                            "bowl",
                            "plate",
                            "cup",
                            "glass",
                            "kitchenware",
                            "pie",
                            "cookie",
                            "treat",
                            "sauce",
                            "honey",
                            "jam jar",
                            "preserve",
                            "oil",
                            "vinegar",
                            "model",
                            "vehicle",
                            "car",
                            "boat",
                            "van",
                            "camper",
                            "flash",
                            "tattoo")),
            Map.entry(
                    CASE_STUDY,
                    Set.of(
                            "project",
                            "portfolio",
                            "commission",
                            "build",
                            "work",
                            "renovation",
                            "wedding",
                            "shoot",
                            "elopement",
                            "installation project",
                            "restoration",
                            "transformation",
                            "makeover",
                            "result",
                            "before-and-after",
                            "testimonial case",
                            "engagement",
                            "campaign")),
            Map.entry(
                    ARTICLE,
                    Set.of(
                            "post",
                            "article",
                            "story",
                            "news",
                            "update",
                            "guide",
                            "tip",
                            "recipe",
                            "insight",
                            "blog",
                            "essay",
                            "column",
                            "journal",
                            "announcement",
                            "press release",
                            "report",
                            "review article",
                            "how-to",
                            "tutorial",
                            "note",
                            "diary",
                            "sermon note",
                            "explainer")),
            Map.entry(
                    EPISODE,
                    Set.of(
                            "episode",
                            "recording",
                            "sermon",
                            "video",
                            "track",
                            "podcast",
                            "broadcast",
                            "stream",
                            "interview",
                            "mix")),
            Map.entry(
                    ROUTE,
                    Set.of(
                            "route",
                            "trail",
                            "problem",
                            "climb",
                            "boulder",
                            "run",
                            "piste",
                            "slope",
                            "circuit",
                            "course route",
                            "path",
                            "itinerary")),
            Map.entry(
                    PLACE,
                    Set.of(
                            "location",
                            "venue",
                            "branch",
                            "campus",
                            "studio",
                            "gym",
                            "salon",
                            "clinic site",
                            "office",
                            "centre",
                            "center",
                            "space",
                            "hall",
                            "site",
                            "property",
                            "vineyard",
                            "farm",
                            "garden",
                            "court",
                            "pitch",
                            "field",
                            "pool",
                            "wall",
                            "lodge",
                            "cabin",
                            "campsite",
                            "pitch site",
                            "stop",
                            "pickup point",
                            "spot",
                            "area",
                            "resort")),
            Map.entry(
                    ORGANISATION,
                    Set.of(
                            "client",
                            "sponsor",
                            "supplier",
                            "producer",
                            "brand",
                            "school",
                            "company",
                            "business",
                            "charity",
                            "stockist",
                            "retailer",
                            "collaborator",
                            "winery",
                            "brewery",
                            "publisher",
                            "label",
                            "funder",
                            "donor",
                            "affiliate",
                            "organisation",
                            "organization")),
            Map.entry(
                    ANIMAL,
                    Set.of(
                            "dog", "cat", "pet", "horse", "puppy", "kitten", "animal", "pony", "rabbit", "bird",
                            "alpaca", "goat", "breed")),
            Map.entry(
                    JOB,
                    Set.of(
                            "job",
                            "vacancy",
                            "opening",
                            "position",
                            "career",
                            "role",
                            "internship",
                            "apprenticeship",
                            "opportunity")));

    /** Java and JavaScript words a type key must not be: the generated site names things after keys. */
    private static final Set<String> RESERVED_KEYS = Set.of(
            "class",
            "case",
            "default",
            "new",
            "function",
            "import",
            "package",
            "interface",
            "enum",
            "public",
            "private",
            "static",
            "switch",
            "return",
            "var",
            "let",
            "const",
            "this",
            "super",
            "delete",
            "export",
            "extends",
            "void",
            "with",
            "yield",
            "await",
            "break",
            "continue",
            "do",
            "else",
            "for",
            "if",
            "in",
            "instanceof",
            "typeof",
            "try",
            "catch",
            "finally",
            "throw",
            "while",
            "object",
            "string",
            "number",
            "boolean",
            "date",
            "map",
            "set",
            "symbol",
            "error",
            "promise");

    static boolean isContainer(String head) {
        return CONTAINERS.containsKey(head);
    }

    /** The kind a head noun alone names, if any. */
    static Optional<ThingKind> ofHead(String head) {
        for (ThingKind kind : values()) {
            Set<String> heads = HEADS.get(kind);
            if (heads != null && heads.contains(head)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a phrase such as "teacher bio" or "tasting tour". Empty when the phrase names nothing this
     * engine recognises and {@code anyNoun} is false; with {@code anyNoun} an unknown noun is a plain thing.
     */
    static Optional<Named> read(String phrase, boolean anyNoun) {
        String[] special = PHRASES.get(phrase);
        if (special == null && phrase.indexOf(' ') != phrase.lastIndexOf(' ')) {
            special = PHRASES.get(phrase.substring(phrase.indexOf(' ') + 1));
        }
        if (special != null) {
            return Optional.of(new Named(
                    phrase,
                    special[0],
                    special[1],
                    ThingKind.valueOf(special[2]),
                    special[1].toLowerCase(Locale.ROOT)));
        }
        List<String> words = List.of(phrase.split(" "));
        String head = words.getLast();
        List<String> modifiers = words.subList(0, words.size() - 1);
        ThingKind container = CONTAINERS.get(head);
        if (container != null) {
            if (modifiers.isEmpty()) {
                return Optional.empty();
            }
            String inner = modifiers.getLast();
            if (ThingParser.NOT_CONTENT.contains(inner)) {
                return Optional.empty();
            }
            ThingKind innerKind = ofHead(inner).orElse(null);
            // "teacher bio" is a teacher; "retreat schedule" a retreat; "artist profile" an artist.
            ThingKind kind = container == THING ? innerKind : container;
            if (container == PERSON && innerKind != null && innerKind != PERSON) {
                kind = innerKind == ORGANISATION ? ORGANISATION : PERSON;
            }
            if (kind == null) {
                if (!anyNoun) {
                    return Optional.empty();
                }
                kind = THING;
            }
            return Optional.of(named(phrase, modifiers, kind));
        }
        Optional<ThingKind> kind = ofHead(head);
        if (kind.isEmpty() && words.size() > 1) {
            // "flash designs" is a design; "yoga teachers" teachers, whatever the first word.
            kind = ofHead(String.join(" ", words.subList(words.size() - 2, words.size())));
        }
        if (kind.isEmpty() && !anyNoun) {
            return Optional.empty();
        }
        return Optional.of(named(phrase, words, kind.orElse(THING)));
    }

    private static Named named(String phrase, List<String> words, ThingKind kind) {
        // Two words at most make the name: "senior route setter" is a Route Setter.
        List<String> kept = words.size() > 2 ? words.subList(words.size() - 2, words.size()) : words;
        StringBuilder key = new StringBuilder();
        StringBuilder display = new StringBuilder();
        for (String word : kept) {
            String clean = word.replaceAll("[^a-z]", "");
            if (clean.isEmpty()) {
                continue;
            }
            key.append(key.isEmpty() ? clean : Character.toUpperCase(clean.charAt(0)) + clean.substring(1));
            if (!display.isEmpty()) {
                display.append(' ');
            }
            display.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        String typeKey = key.toString();
        if (RESERVED_KEYS.contains(typeKey)) {
            typeKey = typeKey + (kind == EVENT ? "Session" : "Entry");
        }
        if (typeKey.length() > 40) {
            typeKey = typeKey.substring(0, 40);
        }
        return new Named(phrase, typeKey, display.toString(), kind, kept.getLast());
    }
}
