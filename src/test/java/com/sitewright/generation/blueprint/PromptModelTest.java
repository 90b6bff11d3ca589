package com.sitewright.generation.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.SiteRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Prompts for businesses outside the eight blueprints, written as new users write them: the model follows what
 * each one names, and stays as sound as every blueprint's.
 */
class PromptModelTest {

    private static final UUID PROJECT = UUID.fromString("0b7e4c1a-2f3d-4e5f-8a9b-1c2d3e4f5a6b");

    private final IntentParser parser = new IntentParser();
    private final OfflineGenerator generator = new OfflineGenerator();

    /** Prompt | the industry model it builds on | words the type names must include, one per named thing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Build a website for our climbing gym in Bristol with route setters, classes and a café      | GENERIC     | route setter; class
            Our climbing gym also sells coffee; build a site with route setters and bouldering classes | GENERIC     | route setter; bouldering class
            A yoga retreat centre in the Alps needs a site with teacher bios and retreat schedules        | GENERIC     | teacher; retreat
            Website for a winery with tasting tours and vintages                                          | GENERIC     | tasting tour; vintage
            Make a site for my consultancy with case studies and consultant profiles                      | GENERIC     | case study; consultant
            Tattoo studio website with artist profiles and flash designs                                  | GENERIC     | artist; flash design
            Site for a dog groomer with grooming packages, groomers and reviews                           | GENERIC     | package; groomer; review
            Escape room website with rooms, game masters and birthday party packages                      | GENERIC     | room; game master; package
            Bike repair shop site with repair services, bikes for sale and mechanics                      | GENERIC     | service; bike; mechanic
            Language school website with courses, teachers and a term calendar                            | GENERIC     | course; teacher; term
            Podcast website with episodes and guest profiles                                              | GENERIC     | episode; guest
            Architecture firm website with projects, architects and awards                                | GENERIC     | project; architect; award
            Pottery studio website with pottery classes, handmade pots and potter bios                    | GENERIC     | pottery class; pot; potter
            Dental clinic website with treatments, dentists and patient reviews                           | GENERIC     | treatment; dentist; review
            Wedding photographer website with weddings, packages and a booking calendar                   | GENERIC     | wedding; package
            Community choir site with concerts, a rehearsal schedule and member profiles                  | GENERIC     | concert; rehearsal; member
            Makerspace website with workshops, tools and member projects                                  | GENERIC     | workshop; tool; project
            Ski school in Chamonix with ski lessons, instructors and a piste map                          | GENERIC     | lesson; instructor
            Brewery website with a tap list, brewery tours and beer festival dates                        | GENERIC     | beer; brewery tour; festival
            Independent bookshop with author events, staff picks and a book club                          | GENERIC     | author event; staff pick; book club
            Veterinary practice website with vets, pet care guides and opening hours                      | GENERIC     | vet; guide
            Animal rescue site with adoptable dogs, volunteers and fundraising events                     | GENERIC     | dog; volunteer; event
            Music school website with piano teachers, lessons and student recitals                        | GENERIC     | teacher; lesson; recital
            Personal trainer website with training plans, client success stories and workout videos      | GENERIC     | training plan; success story; video
            Florist website with bouquets, wedding flowers and workshops                                  | GENERIC     | bouquet; flower; workshop
            Hair salon site with stylists and hair treatments                                             | GENERIC     | stylist; hair treatment
            Coworking space website with membership plans, meeting rooms and community events             | GENERIC     | membership plan; meeting room; event
            Church website with sermons, small groups and volunteer opportunities                         | GENERIC     | sermon; group; opportunity
            Marathon club site with a race calendar, training routes and coaches                          | GENERIC     | race; route; coach
            Cooking school with cooking classes, chef profiles and recipes                                | GENERIC     | cooking class; chef; recipe
            Theatre company website with productions, cast bios and ticketed shows                        | GENERIC     | production; cast; show
            Nonprofit website with donors, impact reports and volunteer roles                             | GENERIC     | donor; report; role
            Garden centre website with plants, gardening workshops and garden design projects             | GENERIC     | plant; workshop; project
            Food truck website with our menu and weekly events                                            | RESTAURANT  | dish; event
            Coffee shop with latte art classes and barista profiles                                       | COFFEE_SHOP | event; barista
            Farm shop website with farm tours and our farmers                                             | ECOMMERCE   | farm tour; farmer
            """)
    void buildsTheModelAroundWhatThePromptNames(String prompt, Industry base, String expectedWords) {
        Intent intent = parser.parse(prompt);
        GenerationPlan plan = generator.plan(intent);
        Set<String> typeNames = plan.types().stream()
                .flatMap(t -> java.util.stream.Stream.of(
                        t.displayName().toLowerCase(Locale.ROOT),
                        Text.displayNameOf(t.key()).toLowerCase(Locale.ROOT)))
                .collect(Collectors.toSet());

        assertThat(intent.industry())
                .as("the industry model %s builds on", prompt)
                .isEqualTo(base);
        for (String word : expectedWords.split(";")) {
            assertThat(typeNames)
                    .as("a type for \"%s\" among %s", word.strip(), typeNames)
                    .anyMatch(name -> name.contains(word.strip()));
        }
        ModelInvariants.assertRichModel(plan);
        ModelInvariants.assertDependencyOrder(plan);
        ModelInvariants.assertPageFields(plan);
        SiteRoutes.segments(plan.types());
        List<ItemDraft> items = generateAll(plan);
        assertThat(ModelInvariants.itemProblems(plan, items)).isEmpty();
        assertThat(ModelInvariants.linkProblems(plan, items, PROJECT)).isEmpty();
        ModelInvariants.assertWellFormedDrafts(plan, items, PROJECT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Build a climbing gym website called Crux & Co with route setters and classes     | Crux & Co
            Website for a winery named "Hollow Oak" with tasting tours and vintages           | Hollow Oak
            Make a website for Maya's pottery studio in Leeds with pottery classes            | Maya's Pottery Studio
            Site for Jo's dog grooming salon with groomers and packages                       | Jo's Dog Grooming Salon
            Build a website for Summit Lines, a climbing gym with route setters               | Summit Lines
            """)
    void takesTheSiteNameFromThePrompt(String prompt, String name) {
        assertThat(parser.parse(prompt).siteName()).isEqualTo(name);
    }

    @Test
    void inventsANameThatFitsTheBusinessAndItsPlace() {
        Intent ski = parser.parse("A ski school in Chamonix with ski lessons and instructors");
        Intent gym = parser.parse("Build a website for our climbing gym in Bristol with route setters and classes");

        assertThat(ski.siteName()).isEqualTo("Chamonix Ski School");
        assertThat(ski.place()).isEqualTo("Chamonix");
        assertThat(SiteProfile.of(ski).city()).isEqualTo("Chamonix");
        assertThat(gym.siteName()).isEqualTo("Bristol Climbing Gym");
        assertThat(SiteProfile.of(gym))
                .extracting(SiteProfile::city, SiteProfile::country, SiteProfile::currency)
                .containsExactly("Bristol", "United Kingdom", "GBP");
        assertThat(generator
                        .item(generator.plan(gym), PROJECT, "siteSettings", 0)
                        .data()
                        .get("address")
                        .toString())
                .contains("Bristol");
    }

    /** "A climbing gym is not a coffee shop because it sells coffee", and a winery is no wine bar. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A climbing gym that also sells coffee, with route setters and classes   | GENERIC
            Climbing gym website; we sell coffee and snacks too                     | GENERIC
            Website for a winery with a wine bar, tasting tours and vintages        | GENERIC
            Bookshop website with a café, author events and book clubs              | GENERIC
            Yoga studio with a juice bar, teacher bios and a class timetable        | GENERIC
            Coffee shop with latte art classes and barista profiles                 | COFFEE_SHOP
            Hotel website with spa treatments and hiking trails                     | HOTEL
            """)
    void neverRelabelsTheBusinessThePromptNames(String prompt, Industry industry) {
        assertThat(parser.parse(prompt).industry()).isEqualTo(industry);
    }

    @Test
    void aPromptThatNamesNothingRecognisableStillYieldsACompleteSiteAndSaysWhatItAssumed() {
        for (String prompt : List.of("Make me a website", "asdf qwerty", "website pls", "hello ???")) {
            Intent intent = parser.parse(prompt);
            GenerationPlan plan = generator.plan(intent);
            SiteProfile site = SiteProfile.of(intent);

            assertThat(plan.intent().notices())
                    .as(prompt)
                    .singleElement()
                    .asString()
                    .startsWith("Assumed: a local business called " + intent.siteName() + " in " + site.city())
                    .contains("services", "a team", "a blog");
            ModelInvariants.assertRichModel(plan);
            Map<String, ContentTypeDefinition> types = ModelInvariants.byKey(plan);
            assertThat(types).containsKeys("service", "teamMember", "blogPost", "homePage", "navigation");
        }
        GenerationPlan plan = generator.plan(parser.parse("asdf qwerty"));
        List<ItemDraft> items = generateAll(plan);
        assertThat(ModelInvariants.itemProblems(plan, items)).isEmpty();
        assertThat(ModelInvariants.linkProblems(plan, items, PROJECT)).isEmpty();
    }

    @Test
    void aRecognisedBusinessIsNotAnAssumption() {
        assertThat(parser.parse("Build me a website for my dog grooming salon").notices())
                .noneMatch(notice -> notice.startsWith("Assumed"));
        assertThat(parser.parse("Build me a coffee shop website").notices()).isEmpty();
        assertThat(parser.parse("Tattoo studio website with artist profiles and flash designs")
                        .notices())
                .containsExactly("I built a tattoo studio site around what you named: artists, flash designs.");
        assertThat(parser.parse("Coffee shop with latte art classes and barista profiles")
                        .notices())
                .containsExactly("I added what you named to the coffee shop site: baristas.");
    }

    /** A schedule points at the people who lead it; the strip on the home page shows the named things. */
    @Test
    void namedThingsReferToThePeopleTheyInvolveAndAppearOnTheHomePage() {
        GenerationPlan plan = generator.plan(
                parser.parse("A yoga retreat centre in the Alps needs a site with teacher bios and retreat schedules"));
        Map<String, ContentTypeDefinition> types = ModelInvariants.byKey(plan);

        assertThat(types.get("teacher").field("bio")).isPresent();
        assertThat(types.get("teacher").field("role")).isPresent();
        assertThat(types.get("retreat").field("teachers"))
                .get()
                .satisfies(field -> assertThat(field.referenceTypes()).containsExactly("teacher"));
        assertThat(types.get("retreat").field("startDate")).isPresent();
        assertThat(types.get("retreat").field("venue")).isPresent();
        assertThat(types.get("homePage").field("sections"))
                .get()
                .satisfies(
                        field -> assertThat(field.referenceTypes()).contains("teacherHighlights", "retreatHighlights"));
        ItemDraft retreat = generator.item(plan, PROJECT, "retreat", 0);
        assertThat(retreat.title()).contains("Retreat");
        assertThat(retreat.data().get("summary").toString()).contains("Retreat");
        assertThat(java.time.LocalDate.parse(retreat.data().get("endDate").toString()))
                .isAfter(java.time.LocalDate.parse(
                        retreat.data().get("startDate").toString()));
        List<String> menu = new ArrayList<>();
        for (int i = 0; i < plan.count("navigationLink"); i++) {
            menu.add(generator.item(plan, PROJECT, "navigationLink", i).title());
        }
        assertThat(menu).startsWith("Teachers", "Retreats");
    }

    @Test
    void aScaleAppliesToTheNamedThingItCounts() {
        GenerationPlan plan =
                generator.plan(parser.parse("Website for a winery with 5,000 vintages and tasting tours"));
        Map<String, ContentTypeDefinition> types = ModelInvariants.byKey(plan);

        assertThat(plan.count("vintage")).isEqualTo(5_000);
        assertThat(plan.intent().notices()).noneMatch(notice -> notice.contains("instead"));
        Set<String> titles = new java.util.HashSet<>();
        com.sitewright.model.ContentValidator validator = new com.sitewright.model.ContentValidator();
        for (int i = 0; i < 5_000; i += 7) {
            ItemDraft vintage = generator.item(plan, PROJECT, "vintage", i);
            assertThat(validator.validate(types.get("vintage"), vintage.data())).isEmpty();
            assertThat(titles.add(vintage.title())).as(vintage.title()).isTrue();
        }
    }

    @Test
    void anOnlineStoreOfSomethingIsAStoreAndItsScaleCountsItsProducts() {
        GenerationPlan store = generator.plan(parser.parse("An outdoor gear online store with 10,000 products"));
        assertThat(store.intent().industry()).isEqualTo(Industry.ECOMMERCE);
        assertThat(store.count("product")).isEqualTo(10_000);

        GenerationPlan studio = generator.plan(parser.parse("A pottery studio with 5,000 products"));
        assertThat(studio.count("product"))
                .as("the type named products, not the services it could also mean")
                .isEqualTo(5_000);
    }

    /**
     * Prompts put together from businesses and things, including words that are the names of types every site has
     * already or of the site's own routes: each plans a sound model, and a sample of every type's items is valid.
     */
    @Test
    void anyMixOfBusinessesAndThingsPlansASoundModel() {
        List<String> businesses = List.of(
                "climbing gym",
                "coffee shop",
                "law firm",
                "hotel",
                "blog",
                "book shop",
                "software startup",
                "bakery",
                "zoo",
                "asdf",
                "real estate agency",
                "online store",
                "restaurant");
        List<String> things = List.of(
                "testimonials",
                "faqs",
                "images",
                "pages",
                "heroes",
                "settings",
                "home pages",
                "contact details",
                "careers",
                "privacy policies",
                "search",
                "api docs",
                "index cards",
                "teachers",
                "classes",
                "events",
                "menus",
                "products",
                "rooms",
                "locations",
                "team members",
                "case studies",
                "tours",
                "vintages",
                "episodes",
                "routes",
                "dogs",
                "jobs",
                "clients",
                "reviews",
                "blog posts",
                "widgets",
                "sessions",
                "categories",
                "packages",
                "services",
                "artists' profiles",
                "a list of awards",
                "profiles of our chefs",
                "schedules",
                "photo galleries",
                "newsletter issues",
                "landing pages");
        com.sitewright.model.ContentValidator validator = new com.sitewright.model.ContentValidator();
        List<String> problems = new ArrayList<>();
        java.util.Random random = new java.util.Random(13);
        for (int n = 0; n < 60; n++) {
            String prompt = "Build a " + businesses.get(random.nextInt(businesses.size())) + " website with "
                    + things.get(random.nextInt(things.size())) + ", " + things.get(random.nextInt(things.size()))
                    + " and " + things.get(random.nextInt(things.size()));
            GenerationPlan plan = generator.plan(parser.parse(prompt));
            Map<String, ContentTypeDefinition> types = ModelInvariants.byKey(plan);
            SiteRoutes.segments(plan.types());
            ModelInvariants.assertDependencyOrder(plan);
            assertThat(plan.types()).as(prompt).hasSizeGreaterThanOrEqualTo(20);
            plan.counts().forEach((type, count) -> {
                for (int i = 0; i < Math.min(count, 3); i++) {
                    ItemDraft item = generator.item(plan, PROJECT, type, i);
                    validator
                            .validate(
                                    types.get(type), item.data(), key -> java.util.Optional.ofNullable(types.get(key)))
                            .forEach(error -> problems.add(prompt + " / " + type + ": " + error));
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    private List<ItemDraft> generateAll(GenerationPlan plan) {
        List<ItemDraft> items = new ArrayList<>((int) plan.totalItems());
        plan.counts().forEach((type, count) -> {
            for (int i = 0; i < count; i++) {
                items.add(generator.item(plan, PROJECT, type, i));
            }
        });
        return items;
    }
}
