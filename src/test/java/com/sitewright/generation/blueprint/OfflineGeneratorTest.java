package com.sitewright.generation.blueprint;

import com.sitewright.contentmodel.ContentKind;
import com.sitewright.contentmodel.ContentTypeDefinition;
import com.sitewright.contentmodel.ContentValidator;
import com.sitewright.contentmodel.FieldDefinition;
import com.sitewright.contentmodel.FieldType;
import com.sitewright.contentmodel.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfflineGeneratorTest {

    private static final UUID PROJECT = UUID.fromString("6f1c1d52-8a0e-4c3b-9d7e-2b5a4f3e1c00");
    private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)");
    private static final Set<String> RICH_TEXT_TAGS = Set.of("p", "h2", "h3", "ul", "li", "strong", "em");

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
        GenerationPlan plan = plan(industry);
        Map<String, ContentTypeDefinition> types = byKey(plan);

        assertThat(plan.types()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(plan.totalItems()).isGreaterThanOrEqualTo(2_000);
        assertThat(plan.counts().keySet()).containsExactlyElementsOf(types.keySet());
        assertThat(plan.counts().values()).allMatch(count -> count >= 1);
        assertThat(plan.types()).extracting(ContentTypeDefinition::kind).contains(ContentKind.values());
        assertThat(plan.count("siteSettings")).isEqualTo(1);
        assertThat(plan.count("homePage")).isEqualTo(1);
        assertThat(plan.count("navigation")).isBetween(2, 3);
        assertThat(types.get("image").kind()).isEqualTo(ContentKind.MEDIA);
        assertThat(types.get("image").field("alt")).get().extracting(FieldDefinition::required).isEqualTo(true);
        assertThat(types.keySet()).allMatch(key -> key.matches("[a-z][a-zA-Z0-9]*"));
        assertThat(plan.types()).extracting(ContentTypeDefinition::displayName).allMatch(name -> name.matches("[A-Z].*"));
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void typesComeAfterEveryTypeTheyPointTo(Industry industry) {
        Set<String> seen = new HashSet<>();
        for (ContentTypeDefinition type : plan(industry).types()) {
            for (FieldDefinition field : type.fields()) {
                if (field.type() == FieldType.REFERENCE || field.type() == FieldType.REFERENCES
                        || field.type() == FieldType.BLOCKS) {
                    assertThat(field.referenceTypes()).as(type.key() + "." + field.key()).isNotEmpty()
                            .doesNotContain(type.key());
                    assertThat(seen).as(type.key() + "." + field.key()).containsAll(field.referenceTypes());
                }
            }
            seen.add(type.key());
        }
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void everyPageHasTitleSlugAndSeoFields(Industry industry) {
        for (ContentTypeDefinition type : plan(industry).types()) {
            if (type.kind() != ContentKind.PAGE) {
                continue;
            }
            assertThat(type.field("title")).as(type.key()).get().matches(f -> f.required() && f.type() == FieldType.TEXT);
            assertThat(type.field("slug")).as(type.key()).get().matches(f -> f.required() && f.type() == FieldType.SLUG
                    && Slugs.PATTERN.equals(f.validations().pattern()));
            assertThat(type.field("seoTitle")).as(type.key()).get().matches(f -> f.validations().maxLength() == 70);
            assertThat(type.field("seoDescription")).as(type.key()).get().matches(f -> f.validations().maxLength() == 160);
        }
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void everyGeneratedItemIsValidAndEveryReferenceResolves(Industry industry) {
        GenerationPlan plan = plan(industry);
        Map<String, ContentTypeDefinition> types = byKey(plan);
        List<ItemDraft> items = generateAll(plan);
        Map<String, String> typeOfId = items.stream().collect(Collectors.toMap(d -> d.id().toString(), ItemDraft::typeKey));

        assertThat(items).hasSize((int) plan.totalItems());
        List<String> problems = new ArrayList<>();
        for (ItemDraft item : items) {
            ContentTypeDefinition type = types.get(item.typeKey());
            String where = item.typeKey() + " '" + item.title() + "': ";
            for (ValidationError error : validator.validate(type, item.data(), key -> Optional.ofNullable(types.get(key)))) {
                problems.add(where + error);
            }
            checkReferences(type, item.data(), types, typeOfId, where, problems);
            checkValues(type, item.data(), types, where, problems);
            if (item.data().toString().toLowerCase(Locale.ROOT).matches("(?s).*\\b(lorem|ipsum)\\b.*")) {
                problems.add(where + "contains placeholder text");
            }
            if (Character.isLowerCase(item.title().charAt(0))) {
                problems.add(where + "title starts with a lower-case letter");
            }
        }
        assertThat(problems).isEmpty();
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
        Map<String, ContentTypeDefinition> types = byKey(plan);
        List<ItemDraft> items = generateAll(plan);
        Map<String, ItemDraft> byId = items.stream().collect(Collectors.toMap(d -> d.id().toString(), d -> d));
        SiteLinks links = SiteLinks.of(Blueprints.of(industry), plan, PROJECT);
        List<String> problems = new ArrayList<>();
        for (String entry : Blueprints.of(industry).vocabulary().list("nav")) {
            if (links.resolve(ItemContext.split(entry)[1]).isEmpty()) {
                problems.add("menu entry " + entry + " is not a page or listing of the site");
            }
        }

        Set<String> routes = new HashSet<>(List.of("/"));
        Map<String, String> topLevelSlugs = new HashMap<>();
        for (ItemDraft item : items) {
            ContentTypeDefinition type = types.get(item.typeKey());
            if (com.sitewright.contentmodel.SiteRoutes.isCollection(type)) {
                routes.add("/" + com.sitewright.contentmodel.SiteRoutes.segment(type));
            }
            if (item.status().equals(ItemDraft.PUBLISHED)) {
                com.sitewright.contentmodel.SiteRoutes.pathOf(type, item.slug()).ifPresent(routes::add);
            }
            if (com.sitewright.contentmodel.SiteRoutes.isTopLevel(type)) {
                String other = topLevelSlugs.put(item.slug(), item.typeKey());
                if (other != null) {
                    problems.add(item.typeKey() + " '" + item.title() + "' shares its slug with a " + other);
                }
                com.sitewright.contentmodel.SiteRoutes.slugConflict(type, item.slug(), types.values())
                        .ifPresent(reason -> problems.add(item.title() + ": " + reason));
            }
        }
        for (ItemDraft item : items) {
            List<String> urls = new ArrayList<>();
            collectUrls(item.data(), urls);
            for (String url : urls) {
                String path = url.replaceAll("[?#].*$", "");
                if (url.startsWith("/") && !routes.contains(path.isEmpty() ? "/" : path)) {
                    problems.add(item.typeKey() + " '" + item.title() + "' links to " + url + ", which has no page");
                }
            }
            if (item.typeKey().equals("navigationLink")) {
                Object page = item.data().get("page");
                Object url = item.data().get("url");
                if ((page == null) == (url == null)) {
                    problems.add("menu entry '" + item.title() + "' needs exactly one of a page and a URL: " + item.data());
                } else if (page != null && !ItemDraft.PUBLISHED.equals(byId.get(page.toString()).status())) {
                    problems.add("menu entry '" + item.title() + "' points at an unpublished page");
                }
            }
        }
        // Every entry is reachable from the header or the footer.
        Set<Object> linked = new HashSet<>();
        items.stream().filter(item -> item.typeKey().equals("navigation")
                        && List.of("header", "footer").contains(item.data().get("placement")))
                .forEach(menu -> linked.addAll((List<?>) menu.data().get("links")));
        assertThat(linked).containsExactlyInAnyOrderElementsOf(items.stream()
                .filter(item -> item.typeKey().equals("navigationLink")).map(item -> item.id().toString()).toList());
        assertThat(problems).isEmpty();
    }

    private static void collectUrls(Object value, List<String> urls) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> {
                if (v instanceof String text && (key.equals("url") || String.valueOf(key).endsWith("Url"))) {
                    urls.add(text);
                } else {
                    collectUrls(v, urls);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectUrls(v, urls));
        }
    }

    /** Other seeds, names and subjects take other paths through the vocabulary; sample them too. */
    @ParameterizedTest
    @EnumSource(Industry.class)
    void staysValidAcrossSeedsAndNames(Industry industry) {
        Intent base = parser.parse(PROMPTS.get(industry));
        List<String> names = List.of("Ember & Oak Coffee Co.", "A", "The Quite Remarkably Long-Named Family Business of Leeds",
                base.siteName(), "Ålesund Kafé & Bakeri");
        List<String> subjects = List.of("yoga studio", "plumbing company", "independent bookshop", base.subject(),
                "escape room");
        List<String> problems = new ArrayList<>();
        for (int variant = 0; variant < names.size(); variant++) {
            String subject = industry == Industry.GENERIC ? subjects.get(variant) : base.subject();
            Intent intent = new Intent(industry, names.get(variant), base.cmsType(), null, null, List.of(),
                    base.seed() * 31 + variant, subject);
            GenerationPlan plan = generator.plan(intent);
            Map<String, ContentTypeDefinition> types = byKey(plan);
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
                    validator.validate(types.get(type), item.data(), key -> Optional.ofNullable(types.get(key)))
                            .forEach(error -> problems.add(where + error));
                    checkReferences(types.get(type), item.data(), types, typeOfId, where, problems);
                    checkValues(types.get(type), item.data(), types, where, problems);
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
        List<ItemDraft> items = generateAll(plan);

        Map<String, Set<String>> slugs = new HashMap<>();
        Map<String, Set<String>> titles = new HashMap<>();
        int position = 0;
        for (Map.Entry<String, Integer> entry : plan.counts().entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                ItemDraft item = items.get(position++);
                assertThat(item.typeKey()).isEqualTo(entry.getKey());
                assertThat(item.id()).isEqualTo(OfflineGenerator.itemId(PROJECT, entry.getKey(), i));
            }
        }
        for (ItemDraft item : items) {
            assertThat(item.locale()).isEqualTo("en");
            assertThat(item.status()).isIn("published", "draft");
            assertThat(item.slug()).hasSizeLessThanOrEqualTo(96).matches(SLUG);
            assertThat(item.title()).isNotBlank();
            assertThat(slugs.computeIfAbsent(item.typeKey(), k -> new HashSet<>()).add(item.slug()))
                    .as("duplicate slug %s in %s", item.slug(), item.typeKey()).isTrue();
            assertThat(titles.computeIfAbsent(item.typeKey(), k -> new HashSet<>()).add(item.title()))
                    .as("duplicate title %s in %s", item.title(), item.typeKey()).isTrue();
            if (item.data().containsKey("slug")) {
                assertThat(item.data().get("slug")).isEqualTo(item.slug());
            }
        }
        long drafts = items.stream().filter(d -> d.status().equals("draft")).count();
        assertThat(drafts).isPositive().isLessThan(items.size() / 10);
        assertThat(items.stream().filter(d -> Set.of("siteSettings", "homePage", "navigation").contains(d.typeKey())))
                .allMatch(d -> d.status().equals("published"));
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
                result.addFirst(other.item(replanned, PROJECT, sample.get(k)[0], Integer.parseInt(sample.get(k)[1])));
            }
            return result;
        }).get();

        assertThat(replanned).isEqualTo(plan);
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void aDifferentSeedGivesDifferentContent() {
        Intent intent = parser.parse(PROMPTS.get(Industry.COFFEE_SHOP));
        Intent reseeded = new Intent(intent.industry(), intent.siteName(), intent.cmsType(), null, null,
                intent.notices(), intent.seed() + 1, intent.subject());
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

        assertThat(plan.counts().keySet()).contains("menuItem", "menuCategory", "location", "blogPost", "author",
                "event", "review", "faq", "siteSettings", "navigation", "homePage", "standardPage", "contactPage",
                "hero", "callToAction", "featureGrid", "richTextSection", "testimonialStrip", "imageGallery",
                "faqSection", "image", "navigationLink");
        assertThat(plan.count("menuItem")).isGreaterThanOrEqualTo(500);
        assertThat(plan.count("review")).isGreaterThanOrEqualTo(500);
        assertThat(byKey(plan).get("menuItem").displayName()).isEqualTo("Menu Item");
        assertThat(byKey(plan).get("menuItem").field("price")).get()
                .matches(f -> f.required() && f.validations().min() != null && f.validations().max() != null);
        assertThat(byKey(plan).get("review").field("rating")).get()
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
        assertThat(names).hasSize(plan.count("menuItem"))
                .anyMatch(n -> n.matches(".*(Latte|Cortado|Flat White|Cappuccino).*"))
                .anyMatch(n -> n.matches(".*(Croissant|Scone|Bun|Muffin).*"));
    }

    @Test
    void honoursARequestedScale() {
        GenerationPlan defaults = plan(Industry.ECOMMERCE);
        GenerationPlan plan = generator.plan(parser.parse("Build an online store with 5,000 products using Contentful"));
        Map<String, ContentTypeDefinition> types = byKey(plan);

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
            assertThat(validator.validate(types.get("product"), product.data())).as(product.title()).isEmpty();
            assertThat(slugs.add(product.slug())).as(product.slug()).isTrue();
            assertThat(titles.add(product.title())).as(product.title()).isTrue();
        }
    }

    @Test
    void mapsScaleNounsToTypes() {
        assertThat(generator.plan(parser.parse("Coffee shop with 2.5k reviews")).count("review")).isEqualTo(2_500);
        assertThat(generator.plan(parser.parse("Coffee shop with 3,000 blog posts")).count("blogPost")).isEqualTo(3_000);
        assertThat(generator.plan(parser.parse("A coffee shop with 10k posts")).count("blogPost")).isEqualTo(10_000);
        assertThat(generator.plan(parser.parse("A magazine with 1,500 articles")).count("article")).isEqualTo(1_500);
        assertThat(generator.plan(parser.parse("Coffee shop with 5000 items")).count("menuItem")).isEqualTo(5_000);
        assertThat(generator.plan(parser.parse("Hotel website with 800 rooms")).count("room")).isEqualTo(800);
        assertThat(generator.plan(parser.parse("Law firm site with 900 pages")).count("caseStudy")).isEqualTo(900);
    }

    @Test
    void anUnknownScaleNounAppliesToThePrimaryTypeWithANotice() {
        GenerationPlan plan = generator.plan(parser.parse("Coffee shop with 3000 widgets"));

        assertThat(plan.count("menuItem")).isEqualTo(3_000);
        assertThat(plan.intent().notices()).singleElement().asString().contains("widgets").contains("menu items");
    }

    @Test
    void aClampedScaleStillPlansOneHundredThousandItems() {
        GenerationPlan plan = generator.plan(parser.parse("Build a coffee shop website with 10 billion items"));
        Map<String, ContentTypeDefinition> types = byKey(plan);

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

    // ---- helpers --------------------------------------------------------------------------------

    private static Map<String, ContentTypeDefinition> byKey(GenerationPlan plan) {
        Map<String, ContentTypeDefinition> types = new LinkedHashMap<>();
        plan.types().forEach(type -> types.put(type.key(), type));
        return types;
    }

    /** Every id exists and belongs to a type the field allows; block entries are checked the same way. */
    private static void checkReferences(ContentTypeDefinition type, Map<String, Object> data,
                                        Map<String, ContentTypeDefinition> types, Map<String, String> typeOfId,
                                        String where, List<String> problems) {
        for (FieldDefinition field : type.fields()) {
            Object value = data.get(field.key());
            if (value == null) {
                continue;
            }
            List<?> ids = switch (field.type()) {
                case REFERENCE -> List.of(value);
                case REFERENCES -> (List<?>) value;
                default -> List.of();
            };
            for (Object id : ids) {
                String target = typeOfId.get(String.valueOf(id));
                if (target == null) {
                    problems.add(where + field.key() + " points at missing item " + id);
                } else if (!field.referenceTypes().contains(target)) {
                    problems.add(where + field.key() + " points at a " + target + ", not one of " + field.referenceTypes());
                }
            }
            if (field.type() == FieldType.BLOCKS) {
                for (Object entry : (List<?>) value) {
                    Map<?, ?> block = (Map<?, ?>) entry;
                    ContentTypeDefinition component = types.get(String.valueOf(block.get("type")));
                    if (component == null || !field.referenceTypes().contains(component.key())
                            || component.kind() != ContentKind.COMPONENT) {
                        problems.add(where + field.key() + " has a block of type " + block.get("type"));
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = (Map<String, Object>) block;
                    checkReferences(component, fields, types, typeOfId, where + field.key() + "." + component.key() + ".",
                            problems);
                }
            }
        }
    }

    /** JSON-friendly values only, in the agreed formats; required fields filled; no markup outside rich text. */
    private static void checkValues(ContentTypeDefinition type, Map<String, Object> data,
                                    Map<String, ContentTypeDefinition> types, String where, List<String> problems) {
        for (FieldDefinition field : type.fields()) {
            Object value = data.get(field.key());
            String name = where + field.key();
            if (value == null) {
                if (field.required()) {
                    problems.add(name + " is required but missing");
                }
                continue;
            }
            if (!isJsonFriendly(value)) {
                problems.add(name + " holds a " + value.getClass().getName());
            }
            switch (field.type()) {
                case DATE -> {
                    if (!DATE.matcher((String) value).matches()) {
                        problems.add(name + " is not YYYY-MM-DD: " + value);
                    }
                }
                case DATE_TIME -> {
                    if (!INSTANT.matcher((String) value).matches()) {
                        problems.add(name + " is not an ISO instant: " + value);
                    }
                }
                case NUMBER -> {
                    if (!(value instanceof Double)) {
                        problems.add(name + " is not a Double");
                    }
                }
                case INTEGER -> {
                    if (!(value instanceof Integer)) {
                        problems.add(name + " is not an Integer");
                    }
                }
                case RICH_TEXT -> {
                    if (((String) value).contains("{") || ((String) value).contains("}")) {
                        problems.add(name + " contains an unresolved placeholder: " + value);
                    }
                    Matcher tags = TAG.matcher((String) value);
                    while (tags.find()) {
                        if (!RICH_TEXT_TAGS.contains(tags.group(1))) {
                            problems.add(name + " uses <" + tags.group(1) + ">");
                        }
                    }
                }
                case TEXT, LONG_TEXT -> {
                    if (((String) value).contains("<") || ((String) value).contains("{")) {
                        problems.add(name + " contains markup or an unresolved placeholder: " + value);
                    }
                }
                case ASSET -> problems.add(name + " is an asset; assets are attached later");
                case BLOCKS -> {
                    for (Object entry : (List<?>) value) {
                        Map<?, ?> block = (Map<?, ?>) entry;
                        ContentTypeDefinition component = types.get(String.valueOf(block.get("type")));
                        if (component != null) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> fields = (Map<String, Object>) block;
                            checkValues(component, fields, types, name + "." + component.key() + ".", problems);
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean isJsonFriendly(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().allMatch(k -> k instanceof String)
                    && map.values().stream().allMatch(OfflineGeneratorTest::isJsonFriendly);
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(OfflineGeneratorTest::isJsonFriendly);
        }
        return value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean;
    }
}
