package com.sitewright.generation;

import com.sitewright.content.ItemStatus;
import com.sitewright.content.NewContentItem;
import com.sitewright.generation.blueprint.Slugs;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.SiteRoutes;
import com.sitewright.model.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns an item as the model wrote it into an item to store, or into the problems to send back. References
 * by key become the stored items' IDs (unknown keys are dropped; a required reference or a list below its
 * minimum is completed from existing items), over-long text is shortened, missing SEO fields are derived
 * from the title and summary, and the slug and title are made unique in their type. The result must pass the
 * studio's content validation: an invalid item is never stored.
 */
final class ItemAssembler {

    private static final List<String> TITLE_FIELDS =
            List.of("title", "name", "headline", "heading", "question", "label", "siteName", "message");
    private static final List<String> SUMMARY_FIELDS = List.of(
            "seoDescription",
            "metaDescription",
            "excerpt",
            "summary",
            "description",
            "intro",
            "introduction",
            "subheading",
            "body",
            "bio",
            "quote",
            "answer");
    private static final Set<String> SEO_TITLES = Set.of("seotitle", "metatitle");
    private static final Set<String> SEO_DESCRIPTIONS = Set.of("seodescription", "metadescription");
    private static final int SEO_TITLE_LENGTH = 60;
    private static final int SEO_DESCRIPTION_LENGTH = 155;
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ContentTypeDefinition type;
    private final Map<String, ContentTypeDefinition> types;
    private final ItemKeys keys;
    private final ContentValidator validator;
    private final Random random;
    private final FieldDefinition titleField;

    ItemAssembler(
            ContentTypeDefinition type,
            Map<String, ContentTypeDefinition> types,
            ItemKeys keys,
            ContentValidator validator,
            Random random) {
        this.type = type;
        this.types = types;
        this.keys = keys;
        this.validator = validator;
        this.random = random;
        this.titleField = titleField(type);
    }

    /** The stored form of one written item, or why it cannot be stored. */
    record Result(NewContentItem item, List<String> problems) {}

    Result assemble(Map<String, Object> written, UUID id) {
        String key = written.get("key") instanceof String text ? text : null;
        Map<String, Object> data = new LinkedHashMap<>();
        for (FieldDefinition field : type.fields()) {
            Object value = repaired(field, written.get(field.key()));
            if (value != null) {
                data.put(field.key(), value);
            }
        }
        String title = titleField != null && data.get(titleField.key()) instanceof String text && !text.isBlank()
                ? text.strip()
                : key == null ? type.displayName() : humanized(key);
        String provisional = Slugs.slugify(key == null ? title : key);
        setSlugs(data, provisional.isEmpty() ? "item" : provisional);
        fillSeo(data, title);
        List<ValidationError> errors = validator.validate(type, data, k -> Optional.ofNullable(types.get(k)));
        if (!errors.isEmpty()) {
            String name = key == null ? "an item" : "item \"" + key + "\"";
            return new Result(
                    null, errors.stream().map(error -> name + ": " + error).toList());
        }
        ItemKeys.Named named = keys.claim(
                type.key(),
                key,
                title,
                titleField == null ? null : titleField.validations().maxLength());
        setSlugs(data, named.slug());
        if (titleField != null && data.containsKey(titleField.key())) {
            data.put(titleField.key(), named.title());
        }
        return new Result(
                new NewContentItem(id, type.key(), "en", named.slug(), named.title(), data, ItemStatus.PUBLISHED),
                List.of());
    }

    private Object repaired(FieldDefinition field, Object value) {
        return switch (field.type()) {
            case SLUG, ASSET -> null;
            case TEXT, LONG_TEXT ->
                value instanceof String text
                        ? shorten(text.strip(), field.validations().maxLength())
                        : value;
            case REFERENCE -> reference(field, value);
            case REFERENCES -> references(field, value);
            case BLOCKS -> blocks(field, value);
            case URL -> link(field, value);
            default -> value;
        };
    }

    /**
     * A model writes links before the pages exist, so an internal one is kept only when it is the home page or a
     * listing the site will have; any other becomes the home page (required) or is left out, never a dead link.
     */
    private Object link(FieldDefinition field, Object value) {
        if (!(value instanceof String href) || !href.startsWith("/") || href.startsWith("//")) {
            return value;
        }
        String path = href.replaceAll("[?#].*$", "");
        boolean exists = path.isEmpty()
                || path.equals("/")
                || types.values().stream()
                        .filter(SiteRoutes::isCollection)
                        .anyMatch(type -> path.equals("/" + SiteRoutes.segment(type)));
        return exists ? href : field.required() ? "/" : null;
    }

    private Object reference(FieldDefinition field, Object value) {
        Optional<UUID> target =
                value instanceof String text ? keys.resolve(text, field.referenceTypes()) : Optional.empty();
        if (target.isEmpty() && field.required()) {
            target = keys.any(field.referenceTypes(), random);
        }
        return target.map(UUID::toString).orElse(null);
    }

    private Object references(FieldDefinition field, Object value) {
        Set<String> ids = new LinkedHashSet<>();
        if (value instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof String text) {
                    keys.resolve(text, field.referenceTypes()).ifPresent(id -> ids.add(id.toString()));
                }
            }
        }
        Integer max = field.validations().maxItems();
        List<String> kept = new ArrayList<>(ids);
        if (max != null && kept.size() > max) {
            kept.subList(max, kept.size()).clear();
        }
        Integer min = field.validations().minItems();
        int wanted = min != null ? min : field.required() ? 1 : 0;
        // A few tries per missing entry: random picks may repeat.
        for (int tries = 0; kept.size() < wanted && tries < wanted * 4; tries++) {
            keys.any(field.referenceTypes(), random)
                    .map(UUID::toString)
                    .filter(id -> !kept.contains(id))
                    .ifPresent(kept::add);
        }
        return kept.isEmpty() ? null : kept;
    }

    private Object blocks(FieldDefinition field, Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> block)
                    || !(block.get(ContentValidator.BLOCK_TYPE_KEY) instanceof String kind)
                    || !field.referenceTypes().contains(kind)
                    || !types.containsKey(kind)) {
                continue;
            }
            Map<String, Object> repaired = new LinkedHashMap<>();
            repaired.put(ContentValidator.BLOCK_TYPE_KEY, kind);
            for (FieldDefinition inner : types.get(kind).fields()) {
                Object innerValue = inner.type() == FieldType.BLOCKS ? null : repaired(inner, block.get(inner.key()));
                if (innerValue != null) {
                    repaired.put(inner.key(), innerValue);
                }
            }
            blocks.add(repaired);
        }
        Integer max = field.validations().maxItems();
        return blocks.isEmpty() ? null : max != null && blocks.size() > max ? blocks.subList(0, max) : blocks;
    }

    private void setSlugs(Map<String, Object> data, String slug) {
        type.fields().stream()
                .filter(field -> field.type() == FieldType.SLUG)
                .forEach(field -> data.put(field.key(), slug));
    }

    /** SEO fields the model left empty are derived from the title and the item's summary text. */
    private void fillSeo(Map<String, Object> data, String title) {
        for (FieldDefinition field : type.fields()) {
            if (field.type() != FieldType.TEXT && field.type() != FieldType.LONG_TEXT
                    || data.get(field.key()) instanceof String text && !text.isBlank()) {
                continue;
            }
            String key = field.key().toLowerCase(Locale.ROOT);
            Integer max = field.validations().maxLength();
            if (SEO_TITLES.contains(key)) {
                data.put(field.key(), shorten(title, max == null ? SEO_TITLE_LENGTH : Math.min(max, SEO_TITLE_LENGTH)));
            } else if (SEO_DESCRIPTIONS.contains(key)) {
                String summary = SUMMARY_FIELDS.stream()
                        .filter(name -> !name.equalsIgnoreCase(field.key()))
                        .map(data::get)
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .map(text -> SPACES.matcher(TAGS.matcher(text).replaceAll(" "))
                                .replaceAll(" ")
                                .strip())
                        .filter(text -> !text.isEmpty())
                        .findFirst()
                        .orElse(title);
                data.put(
                        field.key(),
                        shorten(summary, max == null ? SEO_DESCRIPTION_LENGTH : Math.min(max, SEO_DESCRIPTION_LENGTH)));
            }
        }
    }

    /** Text cut at a word boundary to at most {@code max} characters (unchanged without a maximum). */
    static String shorten(String text, Integer max) {
        if (max == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, max));
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:.\\-–—]+$", "");
    }

    private static FieldDefinition titleField(ContentTypeDefinition type) {
        List<FieldDefinition> texts = type.fields().stream()
                .filter(field -> field.type() == FieldType.TEXT)
                .toList();
        return TITLE_FIELDS.stream()
                .flatMap(name -> texts.stream().filter(field -> field.key().equals(name)))
                .findFirst()
                .or(() -> texts.stream().filter(FieldDefinition::required).findFirst())
                .or(() -> texts.stream().findFirst())
                .orElse(null);
    }

    private static String humanized(String key) {
        String words = key.replace('-', ' ').strip();
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
