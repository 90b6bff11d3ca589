package com.sitewright.generation.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OfflineGeneratorTest {

    private static final UUID PROJECT = UUID.fromString("6f1c1d52-8a0e-4c3b-9d7e-2b5a4f3e1c00");
    private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);

    private static final Map<Industry, String> PROMPTS = new EnumMap<>(Map.of(
            Industry.COFFEE_SHOP, "Build me a coffee shop website using Optimizely SaaS",
            Industry.RESTAURANT, "Create a website for my Italian restaurant using Contentful",
            Industry.ECOMMERCE, "Build an online store for handmade homeware on Sanity",
            Industry.BLOG, "Build me a magazine about slow living",
            Industry.LAW_FIRM, "Build a website for a law firm called Hartley & Finch",
            Industry.REAL_ESTATE, "Build a real estate agency website with property listings",
            Industry.SAAS, "Build a SaaS product website for our analytics platform",
            Industry.HOTEL, "Build a website for a boutique hotel by the sea",
            Industry.GENERIC, "Build me a website for my dog grooming salon"));

    private final IntentParser parser = new IntentParser();
    private final OfflineGenerator generator = new OfflineGenerator();
    private final ContentValidator validator = new ContentValidator();

    private GenerationPlan plan(Industry industry) {
        Intent intent = parser.parse(PROMPTS.get(industry));
        assertThat(intent.industry()).isEqualTo(industry);
        return generator.plan(intent);
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

    @ParameterizedTest
    @EnumSource(Industry.class)
    void plansARichModelWithAtLeastTwoThousandItems(Industry industry) {
        ModelInvariants.assertRichModel(plan(industry));
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void typesComeAfterEveryTypeTheyPointTo(Industry industry) {
        ModelInvariants.assertDependencyOrder(plan(industry));
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void everyPageHasTitleSlugAndSeoFields(Industry industry) {
        ModelInvariants.assertPageFields(plan(industry));
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void everyGeneratedItemIsValidAndEveryReferenceResolves(Industry industry) {
        GenerationPlan plan = plan(industry);
        List<ItemDraft> items = generateAll(plan);

        assertThat(items).hasSize((int) plan.totalItems());
        assertThat(ModelInvariants.itemProblems(plan, items)).isEmpty();
    }

    /**
     * No dead links by construction: every menu entry the industry's vocabulary names is a page or listing the site
     * has, every internal URL in any item leads to a route with content, menu links to pages point at published
     * pages, and no page's slug hides a route or another page.
     */
    @ParameterizedTest
    @EnumSource(Industry.class)
    void everyInternalLinkLeadsToAPageTheSiteHas(Industry industry) {
        GenerationPlan plan = plan(industry);

        assertThat(ModelInvariants.linkProblems(plan, generateAll(plan), PROJECT))
                .isEmpty();
    }

    /** Other seeds, names and subjects take other paths through the vocabulary; sample them too. */
    @ParameterizedTest
    @EnumSource(Industry.class)
    void staysValidAcrossSeedsAndNames(Industry industry) {
        Intent base = parser.parse(PROMPTS.get(industry));
        List<String> names = List.of(
                "Ember & Oak Coffee Co.",
                "A",
                "The Quite Remarkably Long-Named Family Business of Leeds",
                base.siteName(),
                "Ålesund Kafé & Bakeri");
        List<String> subjects =
                List.of("yoga studio", "plumbing company", "independent bookshop", base.subject(), "escape room");
        List<String> problems = new ArrayList<>();
        for (int variant = 0; variant < names.size(); variant++) {
            String subject = industry == Industry.GENERIC ? subjects.get(variant) : base.subject();
            Intent intent = new Intent(
                    industry,
                    names.get(variant),
                    base.cmsType(),
                    null,
                    null,
                    List.of(),
                    base.seed() * 31 + variant,
                    subject);
            GenerationPlan plan = generator.plan(intent);
            Map<String, ContentTypeDefinition> types = ModelInvariants.byKey(plan);
            Map<String, String> typeOfId = new HashMap<>();
            plan.counts().forEach((type, count) -> {
                for (int i = 0; i < count; i++) {
                    typeOfId.put(OfflineGenerator.itemId(PROJECT, type, i).toString(), type);
                }
            });
            plan.counts().forEach((type, count) -> {
                for (int i = 0; i < count; i += i < 60 ? 1 : 7) {
                    ItemDraft item = generator.item(plan, PROJECT, type, i);
                    String where = intent.siteName() + " / " + type + " '" + item.title() + "': ";
                    validator
                            .validate(types.get(type), item.data(), key -> Optional.ofNullable(types.get(key)))
                            .forEach(error -> problems.add(where + error));
                    ModelInvariants.checkReferences(types.get(type), item.data(), types, typeOfId, where, problems);
                    ModelInvariants.checkValues(types.get(type), item.data(), types, where, problems);
                    if (!SLUG.matcher(item.slug()).matches()) {
                        problems.add(where + "bad slug " + item.slug());
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void draftsAreWellFormedAndUniquePerType(Industry industry) {
        GenerationPlan plan = plan(industry);
        ModelInvariants.assertWellFormedDrafts(plan, generateAll(plan), PROJECT);
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void itemsArePureFunctionsOfSeedProjectTypeAndIndex(Industry industry) throws Exception {
        GenerationPlan plan = plan(industry);
        List<String[]> sample = new ArrayList<>();
        plan.counts().forEach((type, count) -> {
            for (int i = 0; i < count; i += Math.max(1, count / 25)) {
                sample.add(new String[] {type, String.valueOf(i)});
            }
        });
        List<ItemDraft> forward = new ArrayList<>();
        for (String[] s : sample) {
            forward.add(generator.item(plan, PROJECT, s[0], Integer.parseInt(s[1])));
        }
        // Another generator, another thread, reverse order, after unrelated work: same drafts.
        GenerationPlan replanned = new OfflineGenerator().plan(parser.parse(PROMPTS.get(industry)));
        List<ItemDraft> backward = CompletableFuture.supplyAsync(() -> {
                    OfflineGenerator other = new OfflineGenerator();
                    other.item(replanned, UUID.randomUUID(), sample.getFirst()[0], 0);
                    List<ItemDraft> result = new ArrayList<>();
                    for (int k = sample.size() - 1; k >= 0; k--) {
                        result.addFirst(
                                other.item(replanned, PROJECT, sample.get(k)[0], Integer.parseInt(sample.get(k)[1])));
                    }
                    return result;
                })
                .get();

        assertThat(replanned).isEqualTo(plan);
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void aDifferentSeedGivesDifferentContent() {
        Intent intent = parser.parse(PROMPTS.get(Industry.COFFEE_SHOP));
        Intent reseeded = new Intent(
                intent.industry(),
                intent.siteName(),
                intent.cmsType(),
                null,
                null,
                intent.notices(),
                intent.seed() + 1,
                intent.subject());
        GenerationPlan plan = generator.plan(intent);
        GenerationPlan other = generator.plan(reseeded);

        int differentTitles = 0;
        int differentData = 0;
        for (int i = 0; i < 100; i++) {
            ItemDraft a = generator.item(plan, PROJECT, "menuItem", i);
            ItemDraft b = generator.item(other, PROJECT, "menuItem", i);
            differentTitles += a.title().equals(b.title()) ? 0 : 1;
            differentData += a.data().equals(b.data()) ? 0 : 1;
        }
        assertThat(differentTitles).isGreaterThan(90);
        assertThat(differentData).isGreaterThan(90);
        assertThat(generator.item(plan, UUID.randomUUID(), "review", 5).data())
                .isNotEqualTo(generator.item(plan, PROJECT, "review", 5).data());
    }

    @Test
    void aCoffeeShopHasTheExpectedTypes() {
        GenerationPlan plan = plan(Industry.COFFEE_SHOP);

        assertThat(plan.counts().keySet())
                .contains(
                        "menuItem",
                        "menuCategory",
                        "location",
                        "blogPost",
                        "author",
                        "event",
                        "review",
                        "faq",
                        "siteSettings",
                        "navigation",
                        "homePage",
                        "standardPage",
                        "contactPage",
                        "hero",
                        "callToAction",
                        "featureGrid",
                        "richTextSection",
                        "testimonialStrip",
                        "imageGallery",
                        "faqSection",
                        "image",
                        "navigationLink");
        assertThat(plan.count("menuItem")).isGreaterThanOrEqualTo(500);
        assertThat(plan.count("review")).isGreaterThanOrEqualTo(500);
        assertThat(ModelInvariants.byKey(plan).get("menuItem").displayName()).isEqualTo("Menu Item");
        assertThat(ModelInvariants.byKey(plan).get("menuItem").field("price"))
                .get()
                .matches(f -> f.required()
                        && f.validations().min() != null
                        && f.validations().max() != null);
        assertThat(ModelInvariants.byKey(plan).get("review").field("rating"))
                .get()
                .matches(f -> f.validations().min() == 1.0 && f.validations().max() == 5.0);
    }

    @Test
    void coffeeCopyReadsLikeACoffeeShop() {
        GenerationPlan plan = plan(Industry.COFFEE_SHOP);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < plan.count("menuItem"); i++) {
            ItemDraft item = generator.item(plan, PROJECT, "menuItem", i);
            names.add(item.title());
            double price = (Double) item.data().get("price");
            assertThat(price).isBetween(1.5, 40.0);
            assertThat(Math.round(price * 100) / 100.0).isEqualTo(price);
        }
        assertThat(names)
                .hasSize(plan.count("menuItem"))
                .anyMatch(n -> n.matches(".*(Latte|Cortado|Flat White|Cappuccino).*"))
                .anyMatch(n -> n.matches(".*(Croissant|Scone|Bun|Muffin).*"));
    }

    @Test
    void honoursARequestedScale() {
        GenerationPlan defaults = plan(Industry.ECOMMERCE);
        GenerationPlan plan =
                generator.plan(parser.parse("Build an online store with 5,000 products using Contentful"));
        Map<String, ContentTypeDefinition> types = ModelInvariants.byKey(plan);

        assertThat(plan.count("product")).isEqualTo(5_000);
        plan.counts().forEach((type, count) -> {
            if (!type.equals("product")) {
                assertThat(count).as(type).isEqualTo(defaults.count(type));
            }
        });
        Set<String> slugs = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            ItemDraft product = generator.item(plan, PROJECT, "product", i);
            assertThat(validator.validate(types.get("product"), product.data()))
                    .as(product.title())
                    .isEmpty();
            assertThat(slugs.add(product.slug())).as(product.slug()).isTrue();
            assertThat(titles.add(product.title())).as(product.title()).isTrue();
        }
    }

    @Test
    void mapsScaleNounsToTypes() {
        assertThat(generator.plan(parser.parse("Coffee shop with 2.5k reviews")).count("review"))
                .isEqualTo(2_500);
        assertThat(generator
                        .plan(parser.parse("Coffee shop with 3,000 blog posts"))
                        .count("blogPost"))
                .isEqualTo(3_000);
        assertThat(generator.plan(parser.parse("A coffee shop with 10k posts")).count("blogPost"))
                .isEqualTo(10_000);
        assertThat(generator
                        .plan(parser.parse("A magazine with 1,500 articles"))
                        .count("article"))
                .isEqualTo(1_500);
        assertThat(generator.plan(parser.parse("Coffee shop with 5000 items")).count("menuItem"))
                .isEqualTo(5_000);
        assertThat(generator.plan(parser.parse("Hotel website with 800 rooms")).count("room"))
                .isEqualTo(800);
        assertThat(generator.plan(parser.parse("Law firm site with 900 pages")).count("caseStudy"))
                .isEqualTo(900);
    }

    @Test
    void anUnknownScaleNounAppliesToThePrimaryTypeWithANotice() {
        GenerationPlan plan = generator.plan(parser.parse("Coffee shop with 3000 widgets"));

        assertThat(plan.count("menuItem")).isEqualTo(3_000);
        assertThat(plan.intent().notices())
                .singleElement()
                .asString()
                .contains("widgets")
                .contains("menu items");
    }

    @Test
    void aClampedScaleStillPlansOneHundredThousandItems() {
        GenerationPlan plan = generator.plan(parser.parse("Build a coffee shop website with 10 billion items"));
        Map<String, ContentTypeDefinition> types = ModelInvariants.byKey(plan);

        assertThat(plan.count("menuItem")).isEqualTo(100_000);
        assertThat(plan.intent().notices()).hasSize(1);
        ItemDraft last = generator.item(plan, PROJECT, "menuItem", 99_999);
        assertThat(validator.validate(types.get("menuItem"), last.data())).isEmpty();
    }

    /** Titles decide slugs, so checking every index of the primary types at full scale is cheap. */
    @ParameterizedTest
    @EnumSource(Industry.class)
    void primaryTypesStayUniqueAtOneHundredThousandItems(Industry industry) {
        Blueprint blueprint = Blueprints.of(industry);
        TypeSpec primary = blueprint.primary();
        long typeSeed = Seeds.forType(42L, primary.key());
        Set<String> slugs = new HashSet<>(200_000);
        for (int i = 0; i < OfflineGenerator.MAX_ITEMS_PER_TYPE; i++) {
            String slug = Slugs.forItem(primary.titles().title(i, typeSeed).text(), i);
            assertThat(slugs.add(slug)).as("%s #%d: %s", primary.key(), i, slug).isTrue();
        }
        assertThat(primary.key()).isEqualTo(industry.primaryType());
    }

    @Test
    void rejectsAnIndexOutsideThePlan() {
        GenerationPlan plan = plan(Industry.COFFEE_SHOP);

        assertThatThrownBy(() -> generator.item(plan, PROJECT, "menuItem", plan.count("menuItem")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.item(plan, PROJECT, "noSuchType", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
