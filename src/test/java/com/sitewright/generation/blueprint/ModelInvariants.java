package com.sitewright.generation.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.ValidationError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What every model the offline engine plans must satisfy, whatever the prompt: the checks the blueprint tests and
 * the prompt-built model tests share.
 */
final class ModelInvariants {

    private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)");
    private static final Set<String> RICH_TEXT_TAGS = Set.of("p", "h2", "h3", "ul", "li", "strong", "em");

    private ModelInvariants() {}

    /** At least 20 types of every kind, 2,000 items, the site's singletons and menus, readable keys and names. */
    static void assertRichModel(GenerationPlan plan) {
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
        assertThat(types.get("image").field("alt"))
                .get()
                .extracting(FieldDefinition::required)
                .isEqualTo(true);
        assertThat(types.keySet()).allMatch(key -> key.matches("[a-z][a-zA-Z0-9]*"));
        assertThat(plan.types())
                .extracting(ContentTypeDefinition::displayName)
                .allMatch(name -> name.matches("[A-Z].*"));
    }

    /** Types come after every type they point to, and never point at themselves. */
    static void assertDependencyOrder(GenerationPlan plan) {
        Set<String> seen = new HashSet<>();
        for (ContentTypeDefinition type : plan.types()) {
            for (FieldDefinition field : type.fields()) {
                if (field.type() == FieldType.REFERENCE
                        || field.type() == FieldType.REFERENCES
                        || field.type() == FieldType.BLOCKS) {
                    assertThat(field.referenceTypes())
                            .as(type.key() + "." + field.key())
                            .isNotEmpty()
                            .doesNotContain(type.key());
                    assertThat(seen).as(type.key() + "." + field.key()).containsAll(field.referenceTypes());
                }
            }
            seen.add(type.key());
        }
    }

    /** Every page type has a required title and slug and limited SEO fields. */
    static void assertPageFields(GenerationPlan plan) {
        for (ContentTypeDefinition type : plan.types()) {
            if (type.kind() != ContentKind.PAGE) {
                continue;
            }
            assertThat(type.field("title"))
                    .as(type.key())
                    .get()
                    .matches(f -> f.required() && f.type() == FieldType.TEXT);
            assertThat(type.field("slug"))
                    .as(type.key())
                    .get()
                    .matches(f -> f.required()
                            && f.type() == FieldType.SLUG
                            && Slugs.PATTERN.equals(f.validations().pattern()));
            assertThat(type.field("seoTitle"))
                    .as(type.key())
                    .get()
                    .matches(f -> f.validations().maxLength() == 70);
            assertThat(type.field("seoDescription"))
                    .as(type.key())
                    .get()
                    .matches(f -> f.validations().maxLength() == 160);
        }
    }

    /** Each item valid for its type, references resolving to the allowed types, values in the agreed formats. */
    static List<String> itemProblems(GenerationPlan plan, List<ItemDraft> items) {
        ContentValidator validator = new ContentValidator();
        Map<String, ContentTypeDefinition> types = byKey(plan);
        Map<String, String> typeOfId =
                items.stream().collect(Collectors.toMap(d -> d.id().toString(), ItemDraft::typeKey));

        List<String> problems = new ArrayList<>();
        for (ItemDraft item : items) {
            ContentTypeDefinition type = types.get(item.typeKey());
            String where = item.typeKey() + " '" + item.title() + "': ";
            for (ValidationError error :
                    validator.validate(type, item.data(), key -> Optional.ofNullable(types.get(key)))) {
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
        return problems;
    }

    /**
     * Internal links that lead nowhere: menu entries of the vocabulary without a page, URLs in items without a
     * route, menu links to unpublished pages, clashing top-level slugs, menu entries in neither header nor footer.
     */
    static List<String> linkProblems(GenerationPlan plan, List<ItemDraft> items, UUID project) {
        Map<String, ContentTypeDefinition> types = byKey(plan);
        Map<String, ItemDraft> byId = items.stream().collect(Collectors.toMap(d -> d.id().toString(), d -> d));
        SiteLinks links = SiteLinks.of(Blueprints.of(plan.intent()), plan, project);
        List<String> problems = new ArrayList<>();
        for (Vocabulary.NavLink entry :
                Blueprints.of(plan.intent()).vocabulary().nav()) {
            if (links.resolve(entry.path()).isEmpty()) {
                problems.add("menu entry " + entry + " is not a page or listing of the site");
            }
        }

        Set<String> routes = new HashSet<>(List.of("/"));
        Map<String, String> topLevelSlugs = new HashMap<>();
        for (ItemDraft item : items) {
            ContentTypeDefinition type = types.get(item.typeKey());
            if (com.sitewright.model.SiteRoutes.isCollection(type)) {
                routes.add("/" + com.sitewright.model.SiteRoutes.segment(type));
            }
            if (item.status().equals(ItemDraft.PUBLISHED)) {
                com.sitewright.model.SiteRoutes.pathOf(type, item.slug()).ifPresent(routes::add);
            }
            if (com.sitewright.model.SiteRoutes.isTopLevel(type)) {
                String other = topLevelSlugs.put(item.slug(), item.typeKey());
                if (other != null) {
                    problems.add(item.typeKey() + " '" + item.title() + "' shares its slug with a " + other);
                }
                com.sitewright.model.SiteRoutes.slugConflict(type, item.slug(), types.values())
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
                    problems.add(
                            "menu entry '" + item.title() + "' needs exactly one of a page and a URL: " + item.data());
                } else if (page != null
                        && !ItemDraft.PUBLISHED.equals(byId.get(page.toString()).status())) {
                    problems.add("menu entry '" + item.title() + "' points at an unpublished page");
                }
            }
        }
        // Every entry is reachable from the header or the footer.
        Set<Object> linked = new HashSet<>();
        items.stream()
                .filter(item -> item.typeKey().equals("navigation")
                        && List.of("header", "footer").contains(item.data().get("placement")))
                .forEach(menu -> linked.addAll((List<?>) menu.data().get("links")));
        items.stream()
                .filter(item -> item.typeKey().equals("navigationLink")
                        && !linked.contains(item.id().toString()))
                .forEach(item ->
                        problems.add("menu entry '" + item.title() + "' is in neither the header nor the footer"));
        return problems;
    }

    /** Ids follow the plan's order; slugs and titles are unique per type; a few items are drafts, never the site's own. */
    static void assertWellFormedDrafts(GenerationPlan plan, List<ItemDraft> items, UUID project) {

        Map<String, Set<String>> slugs = new HashMap<>();
        Map<String, Set<String>> titles = new HashMap<>();
        int position = 0;
        for (Map.Entry<String, Integer> entry : plan.counts().entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                ItemDraft item = items.get(position++);
                assertThat(item.typeKey()).isEqualTo(entry.getKey());
                assertThat(item.id()).isEqualTo(OfflineGenerator.itemId(project, entry.getKey(), i));
            }
        }
        for (ItemDraft item : items) {
            assertThat(item.locale()).isEqualTo("en");
            assertThat(item.status()).isIn("published", "draft");
            assertThat(item.slug()).hasSizeLessThanOrEqualTo(96).matches(SLUG);
            assertThat(item.title()).isNotBlank();
            assertThat(slugs.computeIfAbsent(item.typeKey(), k -> new HashSet<>())
                            .add(item.slug()))
                    .as("duplicate slug %s in %s", item.slug(), item.typeKey())
                    .isTrue();
            assertThat(titles.computeIfAbsent(item.typeKey(), k -> new HashSet<>())
                            .add(item.title()))
                    .as("duplicate title %s in %s", item.title(), item.typeKey())
                    .isTrue();
            if (item.data().containsKey("slug")) {
                assertThat(item.data().get("slug")).isEqualTo(item.slug());
            }
        }
        long drafts = items.stream().filter(d -> d.status().equals("draft")).count();
        assertThat(drafts).isPositive().isLessThan(items.size() / 10);
        assertThat(items.stream()
                        .filter(d ->
                                Set.of("siteSettings", "homePage", "navigation").contains(d.typeKey())))
                .allMatch(d -> d.status().equals("published"));
    }

    // ---- helpers --------------------------------------------------------------------------------

    static Map<String, ContentTypeDefinition> byKey(GenerationPlan plan) {
        Map<String, ContentTypeDefinition> types = new LinkedHashMap<>();
        plan.types().forEach(type -> types.put(type.key(), type));
        return types;
    }

    /** Every id exists and belongs to a type the field allows; block entries are checked the same way. */
    static void checkReferences(
            ContentTypeDefinition type,
            Map<String, Object> data,
            Map<String, ContentTypeDefinition> types,
            Map<String, String> typeOfId,
            String where,
            List<String> problems) {
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
                    problems.add(
                            where + field.key() + " points at a " + target + ", not one of " + field.referenceTypes());
                }
            }
            if (field.type() == FieldType.BLOCKS) {
                for (Object entry : (List<?>) value) {
                    Map<?, ?> block = (Map<?, ?>) entry;
                    ContentTypeDefinition component = types.get(String.valueOf(block.get("type")));
                    if (component == null
                            || !field.referenceTypes().contains(component.key())
                            || component.kind() != ContentKind.COMPONENT) {
                        problems.add(where + field.key() + " has a block of type " + block.get("type"));
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = (Map<String, Object>) block;
                    checkReferences(
                            component,
                            fields,
                            types,
                            typeOfId,
                            where + field.key() + "." + component.key() + ".",
                            problems);
                }
            }
        }
    }

    /** JSON-friendly values only, in the agreed formats; required fields filled; no markup outside rich text. */
    static void checkValues(
            ContentTypeDefinition type,
            Map<String, Object> data,
            Map<String, ContentTypeDefinition> types,
            String where,
            List<String> problems) {
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
                default -> {}
            }
        }
    }

    static boolean isJsonFriendly(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().allMatch(k -> k instanceof String)
                    && map.values().stream().allMatch(ModelInvariants::isJsonFriendly);
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(ModelInvariants::isJsonFriendly);
        }
        return value instanceof String
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Double
                || value instanceof Boolean;
    }

    static void collectUrls(Object value, List<String> urls) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> {
                if (v instanceof String text
                        && (key.equals("url") || String.valueOf(key).endsWith("Url"))) {
                    urls.add(text);
                } else {
                    collectUrls(v, urls);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectUrls(v, urls));
        }
    }
}
