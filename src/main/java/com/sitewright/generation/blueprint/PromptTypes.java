package com.sitewright.generation.blueprint;

import com.sitewright.model.SiteRoutes;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the things a prompt names into content types on top of the industry's own model: each gets the
 * fields its kind needs, references to the people it involves, a listing in the menu and a strip on the
 * home page. Things the industry's model already has ("menu" for a restaurant) add nothing.
 */
final class PromptTypes {

    /** Aliases of the general business model that stand for anything; a named thing gets its own type instead. */
    private static final Set<String> CATCH_ALL = Set.of(
            "product",
            "item",
            "case study",
            "project",
            "portfolio item",
            "portfolio",
            "job",
            "work",
            "treatment",
            "offering",
            "venue",
            "site",
            "store",
            "plan",
            "bundle",
            "story",
            "person",
            "people",
            "staff",
            "rating",
            "question");
    /** The types every site gets ({@link CommonTypes}), added after the named things. */
    private static final Set<String> COMMON_KEYS = Set.of(
            "image",
            "faq",
            "testimonial",
            "hero",
            "callToAction",
            "featureGrid",
            "richTextSection",
            "testimonialStrip",
            "imageGallery",
            "faqSection",
            "newsletterSignup",
            "announcementBanner",
            "homePage",
            "standardPage",
            "contactPage",
            "landingPage",
            "navigationLink",
            "navigation",
            "siteSettings");

    private static final Set<String> COMMON_NAMES = Set.of(
            "image",
            "photo",
            "picture",
            "faq",
            "question",
            "testimonial",
            "quote",
            "home page",
            "standard page",
            "contact page",
            "landing page",
            "campaign",
            "navigation",
            "menu link",
            "site setting",
            "setting",
            "hero",
            "banner",
            "call to action");
    /** The words the types for named things are written from ({@code blueprint/prompt-types.json}). */
    record Words(
            Set<String> multiDay,
            List<String> eventQualifiers,
            Map<String, List<String>> qualifiers,
            List<String> offeringQualifiers,
            List<String> offeringVariants,
            List<String> productPrefixes,
            List<String> designPrefixes,
            Map<String, List<String>> varieties,
            List<String> caseTypes,
            List<String> caseClients,
            List<String> caseChallenges,
            List<String> caseApproaches,
            List<String> caseOutcomes,
            List<String> articlePatterns,
            List<String> articleTopics,
            List<String> episodeTopics,
            List<String> routeAdjectives,
            List<String> routeNouns,
            List<String> routeAreas,
            List<String> orgPrefixes,
            List<String> orgSuffixes,
            List<String> petNames,
            List<String> breeds,
            List<String> jobLevels,
            List<String> jobRoles,
            List<String> thingAdjectives) {}

    private static final Words WORDS = WordFiles.load("prompt-types.json", Words.class);

    private PromptTypes() {}

    /**
     * The things the base model lacks, in the prompt's order, each once, none taking a route the site has.
     * With the general business model any noun counts; an industry's model adds only things of a known kind.
     */
    static List<ThingKind.Named> select(ModelBuilder m, Vocabulary vocabulary, List<String> phrases) {
        boolean general = m.industry() == Industry.GENERIC;
        Set<String> taken = new HashSet<>(COMMON_KEYS);
        Set<String> names = new HashSet<>(COMMON_NAMES);
        for (TypeBuilder type : m.types()) {
            TypeSpec spec = type.build();
            taken.add(spec.key());
            taken.add(spec.key() + "Highlights");
            if (SiteRoutes.isCollection(spec.definition())) {
                taken.add(SiteRoutes.segment(spec.definition()));
            }
            names.add(spec.definition().displayName().toLowerCase(Locale.ROOT));
            for (String alias : spec.aliases()) {
                if (!general || !CATCH_ALL.contains(alias)) {
                    names.add(alias.toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String page : vocabulary.list("page")) {
            taken.add(Slugs.slugify(page));
        }
        for (String campaign : vocabulary.list("campaign")) {
            taken.add(Slugs.slugify(campaign));
        }
        taken.addAll(List.of("contact", "press-media", "home", "image", "images", "faqs", "testimonials"));
        taken.addAll(SiteRoutes.RESERVED);
        List<ThingKind.Named> selected = new ArrayList<>();
        for (String phrase : phrases) {
            Optional<ThingKind.Named> read = ThingKind.read(phrase, general);
            if (read.isEmpty()) {
                continue;
            }
            ThingKind.Named named = read.get();
            String segment = segment(named.key());
            if (names.contains(phrase)
                    || names.contains(named.noun())
                    || names.contains(named.head())
                    || taken.contains(named.key())
                    || taken.contains(segment)) {
                continue;
            }
            taken.add(named.key());
            taken.add(named.key() + "Highlights");
            taken.add(segment);
            names.add(named.noun());
            selected.add(named);
        }
        return selected;
    }

    private static String segment(String key) {
        String kebab = SiteRoutes.kebab(key);
        return kebab.endsWith("-item") ? kebab.substring(0, kebab.length() - 5) : SiteRoutes.plural(kebab);
    }

    /** Adds a type for each named thing; returns the vocabulary its menu entries and copy come from. */
    static Vocabulary addTo(ModelBuilder m, List<ThingKind.Named> things) {
        Vocabulary.Builder words = Vocabulary.builder();
        String person = things.stream()
                .filter(t -> t.kind() == ThingKind.PERSON)
                .map(ThingKind.Named::key)
                .findFirst()
                .orElse(m.has("teamMember") ? "teamMember" : m.has("author") ? "author" : null);
        String personField = person == null ? null : fieldName(things, person, m);
        // People come first: the other types point at them.
        List<ThingKind.Named> ordered = new ArrayList<>(
                things.stream().filter(t -> t.kind() == ThingKind.PERSON).toList());
        ordered.addAll(things.stream().filter(t -> t.kind() != ThingKind.PERSON).toList());
        String primary = null;
        List<TypeBuilder> caseStudies = new ArrayList<>();
        for (ThingKind.Named thing : ordered) {
            TypeBuilder type = switch (thing.kind()) {
                case PERSON -> person(m, thing, words);
                case EVENT -> event(m, thing, person, personField, words);
                case OFFERING -> offering(m, thing, person, personField, words);
                case PRODUCT -> product(m, thing, person, words);
                case CASE_STUDY -> caseStudy(m, thing, person, words);
                case ARTICLE -> person == null ? plain(m, thing, words) : article(m, thing, person, things, words);
                case EPISODE -> episode(m, thing, person, words);
                case ROUTE -> route(m, thing, person, words);
                case PLACE ->
                    SharedTypes.location(m, thing.key(), 6)
                            .displayName(thing.displayName())
                            .describe("A " + thing.noun() + " of the business.")
                            .aliases(thing.phrase(), thing.noun());
                case ORGANISATION -> organisation(m, thing, words);
                case ANIMAL -> animal(m, thing, words);
                case JOB -> job(m, thing, things, words);
                case THING -> plain(m, thing, words);
            };
            if (thing.kind() == ThingKind.CASE_STUDY) {
                caseStudies.add(type);
            }
            if (primary == null && thing.kind() != ThingKind.PERSON && thing.kind() != ThingKind.PLACE) {
                primary = type.key();
            }
            words.nav(new Vocabulary.NavLink(thing.pluralName(), "/" + segment(thing.key())));
            words.add("sentence", "Our " + thing.nounPlural() + " are a big part of what makes {siteName} special.");
            words.add("bullet", Text.titleCase(thing.nounPlural()) + " you can browse online");
            m.component(thing.key() + "Highlights")
                    .count(3)
                    .describe("A strip of " + thing.nounPlural() + ".")
                    .titles(TitleSource.fixed(
                            thing.displayName() + " Highlights – Homepage",
                            thing.displayName() + " Highlights – Landing Pages",
                            thing.displayName() + " Highlights – Footer"))
                    .text("heading")
                    .required()
                    .max(90)
                    .localized()
                    .template(
                            "Our " + thing.nounPlural(),
                            "Featured " + thing.nounPlural(),
                            "Discover our " + thing.nounPlural())
                    .references("items", thing.key())
                    .required()
                    .items(3, 9);
        }
        if (m.industry() == Industry.GENERIC) {
            if (things.stream().anyMatch(t -> t.kind() == ThingKind.CASE_STUDY) && m.has("project")) {
                m.remove("project");
                // The prompt's own kind of past work takes the portfolio's place, and its size.
                caseStudies.forEach(type -> type.count(250));
            }
            if (primary != null) {
                m.primary(primary);
            }
        }
        return words.build();
    }

    /** "teachers" for a field pointing at teachers; "team" when the base's own people are meant. */
    private static String fieldName(List<ThingKind.Named> things, String personKey, ModelBuilder m) {
        for (ThingKind.Named thing : things) {
            if (thing.key().equals(personKey)) {
                String plural = SiteRoutes.plural(thing.displayName()).replace(" ", "");
                return Character.toLowerCase(plural.charAt(0)) + plural.substring(1);
            }
        }
        return personKey.equals("author") ? "hosts" : "team";
    }

    private static TypeBuilder person(ModelBuilder m, ThingKind.Named thing, Vocabulary.Builder words) {
        String noun = thing.noun();
        String display = thing.displayName();
        List<String> roles = List.of(
                display,
                "Senior " + display,
                "Lead " + display,
                "Guest " + display,
                "Head " + display,
                "Trainee " + display);
        String bios = thing.key() + "Bio";
        words.add(
                bios,
                "{first} is one of the " + thing.nounPlural() + " at {siteName}, {aSubject} in {city}.",
                "{first} has worked as " + Text.withArticle(noun)
                        + " for {#4-22} years and joined {siteName} in {#2012-2025}.",
                "People come back to {first} for patient, friendly advice and a good sense of humour.",
                "{first} trained in {#2004-2020} and still takes a course every year to keep learning.",
                "Outside work, {first} can usually be found somewhere in {neighborhood}.",
                "{first} believes every visit to {siteName} should leave you wanting to come back.",
                "Ask {first} about anything to do with our {subject}; it's what {first} loves most.");
        return m.data(thing.key())
                .count(12)
                .displayName(display)
                .describe("One of the " + thing.nounPlural() + ", with a short bio and portrait.")
                .aliases(thing.phrase(), noun)
                .titles(CommonTypes.people())
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .text("role")
                .required()
                .max(80)
                .from(ctx -> ctx.pick(roles))
                .longText("bio")
                .required()
                .length(40, 1500)
                .from(ctx -> sentences(ctx, bios, 2, 3))
                .integer("yearsExperience")
                .range(0, 60)
                .from(ctx -> ctx.between(2, 25))
                .email("email")
                .from(ctx -> ctx.personalEmail(ctx.title()))
                .url("instagramUrl")
                .label("Instagram")
                .fill(0.4)
                .bool("featured")
                .from(ctx -> ctx.index() < 3)
                .asset("portrait");
    }

    private static TypeBuilder event(
            ModelBuilder m, ThingKind.Named thing, String person, String personField, Vocabulary.Builder words) {
        boolean multiDay = WORDS.multiDay().contains(thing.head());
        List<String> qualifiers = WORDS.qualifiers().getOrDefault(thing.head(), WORDS.eventQualifiers());
        List<String> names =
                qualifiers.stream().map(q -> q + " " + thing.displayName()).toList();
        String summaries = thing.key() + "Summary";
        words.add(
                summaries,
                "A {0} at {siteName} in {1} {2}, open to everyone.",
                "Join us for the {0} in {1}: small groups, friendly faces and plenty of time for questions.",
                "Our {0} returns in {1} {2}. Places are limited, so book early.",
                "Spend time with our team at the {0} this {1}.");
        TypeBuilder type = m.page(thing.key())
                .count(48)
                .displayName(thing.displayName())
                .describe("A " + thing.noun() + " with its dates, place and price.")
                .aliases(thing.phrase(), thing.noun(), "event")
                .titles(SharedTypes.monthly(names))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .from(ctx -> ctx.fill(ctx.pick(summaries)))
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(2, 3, (String) ctx.value("summary")));
        if (multiDay) {
            type.date("startDate")
                    .required()
                    .from(PromptTypes::dayInTitledMonth)
                    .date("endDate")
                    .required()
                    .from(ctx -> LocalDate.parse((String) ctx.value("startDate"))
                            .plusDays(ctx.between(2, 6))
                            .toString());
        } else {
            type.dateTime("startsAt")
                    .required()
                    .from(ctx -> SharedTypes.startInTitledMonth(ctx, 9, 19))
                    .dateTime("endsAt")
                    .fill(1.0)
                    .from(ctx ->
                            ItemDates.plusMinutes((String) ctx.value("startsAt"), ctx.pick(List.of(60, 90, 120, 180))));
        }
        type.text("venue")
                .required()
                .max(160)
                .from(ctx -> ctx.intent().siteName() + ", " + ctx.streetAddress() + ", "
                        + ctx.site().city());
        if (m.has("location")) {
            type.reference("location", "location").fill(0.8);
        }
        if (person != null) {
            type.references(personField, person).items(0, 3).fill(0.9).from(ctx -> ctx.refs(person, 1, 2));
        }
        return type.number("price")
                .required()
                .range(0, 10000)
                .from(ctx -> multiDay ? ctx.price(240, 1400, 10) : ctx.price(0, 60, 5))
                .integer("capacity")
                .range(1, 1000)
                .from(ctx -> multiDay ? ctx.between(8, 30) : ctx.between(6, 40))
                .bool("soldOut")
                .from(ctx -> ctx.chance(0.1))
                .url("bookingUrl")
                .label("Booking link")
                .from(ctx -> ctx.linkTo("/contact"))
                .reference("heroImage", "image")
                .fill(0.7);
    }

    private static String dayInTitledMonth(ItemContext ctx) {
        YearMonth month = YearMonth.of(Integer.parseInt(ctx.part(2)), SharedTypes.MONTHS.indexOf(ctx.part(1)) + 1);
        return month.atDay(ctx.between(1, Math.min(24, month.lengthOfMonth()))).toString();
    }

    private static TypeBuilder offering(
            ModelBuilder m, ThingKind.Named thing, String person, String personField, Vocabulary.Builder words) {
        List<String> qualifiers = WORDS.qualifiers().getOrDefault(thing.head(), WORDS.offeringQualifiers());
        String summaries = thing.key() + "Summary";
        words.add(
                summaries,
                "The {title} is one of the most popular ways to get to know {siteName}.",
                "Book the {title} and let our team take care of the details.",
                "Our {title}: everything you'd hope for from a good {subject}, and a little more.",
                "A relaxed, unhurried " + thing.noun() + " led by people who love what they do.");
        TypeBuilder type = m.page(thing.key())
                .count(24)
                .displayName(thing.displayName())
                .describe("A " + thing.noun() + " you can book, with its price and length.")
                .aliases(thing.phrase(), thing.noun())
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + thing.displayName() + p.get(1), qualifiers, WORDS.offeringVariants()))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .from(ctx -> ctx.fill(ctx.pick(summaries)))
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(2, 3, (String) ctx.value("summary")))
                .number("price")
                .required()
                .range(0, 10000)
                .from(ctx -> ctx.price(15, 180, 5)
                        * (ctx.part(1).contains("Two") ? 2 : 1)
                        * (ctx.part(0).equals("Private") ? 1.5 : 1))
                .integer("durationMinutes")
                .label("Duration (minutes)")
                .required()
                .range(5, 1440)
                .from(ctx -> ctx.part(1).contains("Half Day") ? 240 : ctx.pick(List.of(30, 45, 60, 90, 120)))
                .integer("maxGuests")
                .range(1, 200)
                .from(ctx -> ctx.part(1).contains("Two") ? 2 : ctx.between(4, 16))
                .bool("bookableOnline")
                .from(ctx -> ctx.chance(0.85));
        if (person != null) {
            type.references(personField, person).items(0, 3).fill(0.7).from(ctx -> ctx.refs(person, 1, 2));
        }
        return type.reference("heroImage", "image").fill(0.7).bool("featured").from(ctx -> ctx.chance(0.12));
    }

    private static TypeBuilder product(ModelBuilder m, ThingKind.Named thing, String person, Vocabulary.Builder words) {
        List<String> varieties = WORDS.varieties().getOrDefault(thing.head(), List.of(thing.displayName()));
        List<String> prefixes = thing.head().equals("design") || thing.head().equals("flash")
                ? WORDS.designPrefixes()
                : WORDS.productPrefixes();
        String summaries = thing.key() + "Summary";
        words.add(
                summaries,
                "The {title}: made with care at {siteName} in {city}.",
                "A favourite with our regulars, the {title} sells out every {season}.",
                "One of our " + thing.nounPlural() + ", chosen and looked after by our own team.",
                "Small quantities, honest prices: the {title} is available while stocks last.");
        TypeBuilder type = m.page(thing.key())
                .count(60)
                .displayName(thing.displayName())
                .describe("One of the " + thing.nounPlural() + ", with its price.")
                .aliases(thing.phrase(), thing.noun())
                .titles(TitleSource.combo(p -> p.get(0) + " " + p.get(1), prefixes, varieties))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .from(ctx -> ctx.fill(ctx.pick(summaries)))
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(1, 3, (String) ctx.value("summary")))
                .number("price")
                .required()
                .range(0, 100000)
                .from(ctx -> ctx.retailPrice(8, 120))
                .bool("inStock")
                .from(ctx -> ctx.chance(0.85));
        switch (thing.head()) {
            case "beer", "ale", "lager", "cider", "brew" ->
                type.number("abv").label("ABV (%)").range(0, 20).from(ctx -> ctx.decimal(3.5, 9.5, 1));
            case "wine", "vintage" ->
                type.integer("year")
                        .range(1950, 2030)
                        .from(ctx -> {
                            String[] parts = ctx.part(1).split(" ");
                            String last = parts[parts.length - 1];
                            return last.matches("\\d{4}") ? Integer.parseInt(last) : ctx.between(2015, 2024);
                        })
                        .number("abv")
                        .label("ABV (%)")
                        .range(0, 20)
                        .from(ctx -> ctx.decimal(11.5, 14.5, 1));
            default -> {}
        }
        if (person != null) {
            type.references("makers", person).items(0, 2).fill(0.5).from(ctx -> ctx.refs(person, 1, 1));
        }
        return type.reference("heroImage", "image").fill(0.8).bool("featured").from(ctx -> ctx.chance(0.1));
    }

    private static TypeBuilder caseStudy(
            ModelBuilder m, ThingKind.Named thing, String person, Vocabulary.Builder words) {
        TypeBuilder type = m.page(thing.key())
                .count(24)
                .displayName(thing.displayName())
                .describe("A piece of past work: the client, the challenge and the outcome.")
                .aliases(thing.phrase(), thing.noun(), "case study", "project", "portfolio")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " for " + p.get(1) + " (" + p.get(2) + ")",
                        WORDS.caseTypes(),
                        WORDS.caseClients(),
                        List.of("2019", "2020", "2021", "2022", "2023", "2024", "2025")))
                .text("client")
                .required()
                .max(120)
                .from(ctx -> Text.titleCase(ctx.part(1).replaceFirst("^(a|an|the) ", "")))
                .text("summary")
                .required()
                .max(300)
                .localized()
                .from(ctx -> ctx.fill("{0} for {1}, delivered by the {siteName} team in {2}."))
                .longText("challenge")
                .required()
                .max(600)
                .from(ctx -> ctx.fill(ctx.pick(WORDS.caseChallenges())))
                .longText("approach")
                .max(600)
                .from(ctx -> ctx.fill(ctx.pick(WORDS.caseApproaches())))
                .longText("outcome")
                .required()
                .max(600)
                .from(ctx -> ctx.fill(ctx.pick(WORDS.caseOutcomes())))
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(2, 3, (String) ctx.value("summary")))
                .date("completedOn")
                .required()
                .from(ctx -> ctx.date(Integer.parseInt(ctx.part(2)), Integer.parseInt(ctx.part(2))));
        if (person != null) {
            type.references("team", person).items(0, 4).fill(0.7).from(ctx -> ctx.refs(person, 1, 3));
        }
        return type.reference("heroImage", "image").fill(0.8).bool("featured").from(ctx -> ctx.chance(0.1));
    }

    private static TypeBuilder article(
            ModelBuilder m,
            ThingKind.Named thing,
            String person,
            List<ThingKind.Named> things,
            Vocabulary.Builder words) {
        List<String> topics = new ArrayList<>(WORDS.articleTopics());
        things.stream().filter(t -> t != thing).forEach(t -> topics.add("Our " + Text.titleCase(t.nounPlural())));
        String intros = thing.key() + "Intro";
        words.add(
                intros,
                "People ask us about {1} all the time, so here is our honest take.",
                "A short read on {1} from the team at {siteName}.",
                "Everything you need to know about {1}, in plain English.");
        return SharedTypes.article(
                        m,
                        thing.key(),
                        60,
                        TitleSource.combo(p -> p.get(0).replace("%s", p.get(1)), WORDS.articlePatterns(), topics),
                        person,
                        intros)
                .displayName(thing.displayName())
                .describe("A " + thing.noun() + " from the team.")
                .aliases(thing.phrase(), thing.noun());
    }

    private static TypeBuilder episode(ModelBuilder m, ThingKind.Named thing, String person, Vocabulary.Builder words) {
        List<String> topics = WORDS.episodeTopics();
        TitleSource numbered = (index, seed) -> {
            String topic = topics.get(Math.floorMod(index * 7 + (int) Math.floorMod(seed, 12L), topics.size()));
            return new Title(
                    thing.displayName() + " " + (index + 1) + ": " + topic, List.of(String.valueOf(index + 1), topic));
        };
        String summaries = thing.key() + "Summary";
        words.add(
                summaries,
                "In this " + thing.noun() + " we talk about {1} with the people who know it best.",
                "{1}: a conversation from {siteName} in {city}.",
                "A relaxed half hour on {1}, with listener questions at the end.");
        TypeBuilder type = m.page(thing.key())
                .count(80)
                .displayName(thing.displayName())
                .describe("One " + thing.noun() + ", with its notes.")
                .aliases(thing.phrase(), thing.noun(), "episode")
                .titles(numbered)
                .integer("number")
                .required()
                .range(1, 1_000_000)
                .from(ctx -> Integer.parseInt(ctx.part(0)))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .from(ctx -> ctx.fill(ctx.pick(summaries)))
                .richText("notes")
                .required()
                .from(ctx -> ctx.richText(1, 3, (String) ctx.value("summary")))
                .dateTime("publishedAt")
                .required()
                .from(ctx -> {
                    LocalDate day = LocalDate.of(2023, 1, 2).plusWeeks(ctx.index() % 200);
                    return ctx.dateTime(day, day);
                })
                .integer("durationMinutes")
                .label("Length (minutes)")
                .range(1, 600)
                .from(ctx -> ctx.between(18, 75));
        if (person != null) {
            type.references("hosts", person).items(0, 3).fill(0.9).from(ctx -> ctx.refs(person, 1, 2));
        }
        return type.reference("heroImage", "image").fill(0.6);
    }

    private static TypeBuilder route(ModelBuilder m, ThingKind.Named thing, String person, Vocabulary.Builder words) {
        List<String> grades = switch (thing.head()) {
            case "problem", "boulder", "climb" -> List.of("V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9");
            case "piste", "slope" -> List.of("Green", "Blue", "Red", "Black");
            default -> List.of("Easy", "Moderate", "Challenging", "Hard", "Expert");
        };
        String notes = thing.key() + "Notes";
        words.add(
                notes,
                "A {steady|fun|punchy|technical} " + thing.noun() + " that rewards good footwork.",
                "Start slowly: the hardest moves come near the end.",
                "Popular with regulars on {weekday} evenings, so come early.",
                "Set with beginners in mind, but there is something here for everyone.");
        TypeBuilder type = m.data(thing.key())
                .count(120)
                .displayName(thing.displayName())
                .describe("A " + thing.noun() + " with its grade.")
                .aliases(thing.phrase(), thing.noun())
                .titles(TitleSource.combo(p -> p.get(0) + " " + p.get(1), WORDS.routeAdjectives(), WORDS.routeNouns()))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .enumOf("grade", grades)
                .required()
                .text("area")
                .max(80)
                .from(ctx -> ctx.pick(WORDS.routeAreas()))
                .longText("notes")
                .max(600)
                .from(ctx -> sentences(ctx, notes, 1, 2))
                .integer("lengthMetres")
                .label("Length (metres)")
                .range(1, 100000)
                .from(ctx -> ctx.between(8, 40))
                .date("setOn")
                .from(ctx -> ctx.date(2025, 2026));
        if (person != null) {
            type.reference("setBy", person).fill(0.9);
        }
        return type.bool("featured").from(ctx -> ctx.chance(0.1));
    }

    private static TypeBuilder organisation(ModelBuilder m, ThingKind.Named thing, Vocabulary.Builder words) {
        String about = thing.key() + "About";
        words.add(
                about,
                "{title} has worked with {siteName} since {#2012-2025}.",
                "We are proud to count {title} among our " + thing.nounPlural() + ".",
                "Based in {city}, {title} shares our care for doing things properly.");
        return m.data(thing.key())
                .count(20)
                .displayName(thing.displayName())
                .describe("One of the " + thing.nounPlural() + " the business works with.")
                .aliases(thing.phrase(), thing.noun())
                .titles(TitleSource.combo(p -> p.get(0) + " " + p.get(1), WORDS.orgPrefixes(), WORDS.orgSuffixes()))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .longText("description")
                .required()
                .max(600)
                .from(ctx -> sentences(ctx, about, 1, 2))
                .url("websiteUrl")
                .label("Website")
                .from(ctx -> "https://www." + Slugs.slugify(ctx.title()).replace("-", "") + ".example")
                .bool("featured")
                .from(ctx -> ctx.chance(0.2))
                .asset("logo");
    }

    private static TypeBuilder animal(ModelBuilder m, ThingKind.Named thing, Vocabulary.Builder words) {
        String about = thing.key() + "About";
        words.add(
                about,
                "{0} loves long walks and longer naps.",
                "{0} is gentle, curious and good with children.",
                "{0} came to us in {#2022-2026} and has been a favourite ever since.",
                "Calm around other animals, {0} is happiest with a garden to explore.");
        return m.data(thing.key())
                .count(30)
                .displayName(thing.displayName())
                .describe("One of the " + thing.nounPlural() + ".")
                .aliases(thing.phrase(), thing.noun())
                .titles(TitleSource.combo(p -> p.get(0) + " the " + p.get(1), WORDS.petNames(), WORDS.breeds()))
                .text("name")
                .required()
                .max(80)
                .fromTitle()
                .slug("slug")
                .required()
                .text("breed")
                .max(80)
                .from(ctx -> ctx.part(1))
                .integer("ageYears")
                .label("Age (years)")
                .range(0, 40)
                .from(ctx -> ctx.between(1, 12))
                .longText("about")
                .required()
                .max(600)
                .from(ctx -> sentences(ctx, about, 2, 3))
                .asset("photo");
    }

    private static TypeBuilder job(
            ModelBuilder m, ThingKind.Named thing, List<ThingKind.Named> things, Vocabulary.Builder words) {
        List<String> roles = new ArrayList<>(things.stream()
                .filter(t -> t.kind() == ThingKind.PERSON)
                .map(ThingKind.Named::displayName)
                .toList());
        roles.addAll(WORDS.jobRoles());
        return m.page(thing.key())
                .count(8)
                .displayName(thing.displayName())
                .describe("An opening on the team.")
                .aliases(thing.phrase(), thing.noun(), "vacancy", "job")
                .titles(TitleSource.combo(p -> p.get(0) + " " + p.get(1), WORDS.jobLevels(), roles))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .from(ctx -> ctx.fill("We're looking for a {0} {1} to join {siteName} in {city}."))
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(2, 3, (String) ctx.value("summary")))
                .enumOf("employmentType", "full-time", "part-time", "seasonal", "freelance")
                .required()
                .from(ctx ->
                        ctx.part(0).equals("Part-Time") || ctx.part(0).equals("Weekend") ? "part-time" : "full-time")
                .date("closingDate")
                .required()
                .from(ctx -> ctx.date(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 28)))
                .url("applyUrl")
                .label("How to apply")
                .from(ctx -> ctx.linkTo("/careers"));
    }

    private static TypeBuilder plain(ModelBuilder m, ThingKind.Named thing, Vocabulary.Builder words) {
        String summaries = thing.key() + "Summary";
        words.add(
                summaries,
                "The {title}, one of the " + thing.nounPlural() + " at {siteName}.",
                "Ask our team about the {title} next time you visit.",
                "A favourite at {siteName}: the {title}.");
        return m.page(thing.key())
                .count(30)
                .displayName(thing.displayName())
                .describe("One of the " + thing.nounPlural() + ".")
                .aliases(thing.phrase(), thing.noun())
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + thing.displayName() + p.get(1),
                        WORDS.thingAdjectives(),
                        List.of("", " No. 2", " No. 3")))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .from(ctx -> ctx.fill(ctx.pick(summaries)))
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(1, 3, (String) ctx.value("summary")))
                .reference("heroImage", "image")
                .fill(0.7)
                .bool("featured")
                .from(ctx -> ctx.chance(0.1));
    }

    private static String sentences(ItemContext ctx, String list, int min, int max) {
        StringBuilder text = new StringBuilder();
        for (String template : ctx.pickDistinct(list, ctx.between(min, max))) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(ctx.fill(template));
        }
        return text.toString();
    }
}
