package com.sitewright.generation.blueprint;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldRole;
import com.sitewright.model.FieldRoles;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fluent description of one content type. Field modifiers ({@link #required()}, {@link #max(int)},
 * {@link #from(ValueSource)} ...) apply to the field added last.
 */
final class TypeBuilder {

    static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$";
    static final String PHONE_PATTERN = "^\\+?[0-9 ()-]{7,20}$";

    private final String key;
    private final ContentKind kind;
    private String displayName;
    private String description;
    private int count = 1;
    private boolean singleton;
    private TitleSource titles;
    private final List<String> aliases = new ArrayList<>();
    private final List<FieldDraft> fields = new ArrayList<>();
    private final Map<String, ValueSource> bindings = new LinkedHashMap<>();

    TypeBuilder(String key, ContentKind kind) {
        this.key = key;
        this.kind = kind;
        this.displayName = Text.displayNameOf(key);
    }

    String key() {
        return key;
    }

    ContentKind kind() {
        return kind;
    }

    TypeBuilder displayName(String name) {
        this.displayName = name;
        return this;
    }

    TypeBuilder describe(String text) {
        this.description = text;
        return this;
    }

    TypeBuilder count(int defaultCount) {
        this.count = defaultCount;
        return this;
    }

    TypeBuilder singleton() {
        this.singleton = true;
        this.count = 1;
        return this;
    }

    /** Nouns a prompt may use for this type ("drinks", "posts"), singular. */
    TypeBuilder aliases(String... nouns) {
        aliases.addAll(List.of(nouns));
        return this;
    }

    /** Makes {@code {name}} in every template of this item resolve to one value computed up front. */
    TypeBuilder bind(String name, ValueSource value) {
        bindings.put(name, value);
        return this;
    }

    TypeBuilder titles(TitleSource source) {
        this.titles = source;
        return this;
    }

    // ---- fields ---------------------------------------------------------------------------------

    TypeBuilder text(String key) {
        return add(key, FieldType.TEXT);
    }

    TypeBuilder longText(String key) {
        return add(key, FieldType.LONG_TEXT).localized();
    }

    TypeBuilder richText(String key) {
        return add(key, FieldType.RICH_TEXT).localized();
    }

    TypeBuilder number(String key) {
        return add(key, FieldType.NUMBER);
    }

    TypeBuilder integer(String key) {
        return add(key, FieldType.INTEGER);
    }

    TypeBuilder bool(String key) {
        return add(key, FieldType.BOOLEAN);
    }

    TypeBuilder date(String key) {
        return add(key, FieldType.DATE);
    }

    TypeBuilder dateTime(String key) {
        return add(key, FieldType.DATE_TIME);
    }

    TypeBuilder enumOf(String key, String... values) {
        add(key, FieldType.ENUM);
        last().allowedValues = List.of(values);
        return this;
    }

    TypeBuilder enumOf(String key, List<String> values) {
        return enumOf(key, values.toArray(String[]::new));
    }

    TypeBuilder slug(String key) {
        add(key, FieldType.SLUG);
        last().pattern = Slugs.PATTERN;
        last().maxLength = Slugs.MAX_LENGTH;
        return this;
    }

    TypeBuilder url(String key) {
        return add(key, FieldType.URL);
    }

    TypeBuilder email(String key) {
        add(key, FieldType.EMAIL);
        last().pattern = EMAIL_PATTERN;
        last().maxLength = 254;
        return this;
    }

    TypeBuilder phone(String key) {
        add(key, FieldType.TEXT);
        last().pattern = PHONE_PATTERN;
        last().source = ItemContext::phone;
        return this;
    }

    /** Asset fields stay optional: files are attached after generation. */
    TypeBuilder asset(String key) {
        return add(key, FieldType.ASSET);
    }

    TypeBuilder reference(String key, String... types) {
        add(key, FieldType.REFERENCE);
        last().referenceTypes = List.of(types);
        return this;
    }

    TypeBuilder references(String key, String... types) {
        add(key, FieldType.REFERENCES);
        last().referenceTypes = List.of(types);
        return this;
    }

    TypeBuilder references(String key, List<String> types) {
        return references(key, types.toArray(String[]::new));
    }

    TypeBuilder json(String key) {
        return add(key, FieldType.JSON);
    }

    TypeBuilder blocks(String key, List<String> componentTypes) {
        add(key, FieldType.BLOCKS);
        last().referenceTypes = List.copyOf(componentTypes);
        return this;
    }

    // ---- modifiers of the last field ------------------------------------------------------------

    TypeBuilder required() {
        last().required = true;
        return this;
    }

    TypeBuilder localized() {
        last().localized = true;
        return this;
    }

    TypeBuilder label(String label) {
        last().label = label;
        return this;
    }

    /** What the field means on a page, where its key alone would suggest another role or none. */
    TypeBuilder role(FieldRole role) {
        last().role = role;
        return this;
    }

    TypeBuilder max(int maxLength) {
        last().maxLength = maxLength;
        return this;
    }

    TypeBuilder length(int minLength, int maxLength) {
        last().minLength = minLength;
        last().maxLength = maxLength;
        return this;
    }

    TypeBuilder range(double min, double max) {
        last().min = min;
        last().max = max;
        return this;
    }

    TypeBuilder pattern(String regex) {
        last().pattern = regex;
        return this;
    }

    TypeBuilder items(int minItems, int maxItems) {
        last().minItems = minItems;
        last().maxItems = maxItems;
        return this;
    }

    TypeBuilder from(ValueSource source) {
        last().source = source;
        return this;
    }

    /** How often an optional field gets a value (default 0.85). */
    TypeBuilder fill(double rate) {
        last().fillRate = rate;
        return this;
    }

    TypeBuilder fromTitle() {
        return from(ItemContext::title);
    }

    TypeBuilder fromPart(int part) {
        return from(ctx -> ctx.part(part));
    }

    TypeBuilder template(String... templates) {
        List<String> options = List.of(templates);
        return from(ctx -> ctx.fill(ctx.pick(options)));
    }

    // ---- build ----------------------------------------------------------------------------------

    TypeSpec build() {
        if (titles == null) {
            throw new IllegalStateException("Type " + key + " has no title source");
        }
        List<FieldSpec> specs = new ArrayList<>();
        List<FieldDefinition> definitions = new ArrayList<>();
        for (FieldDraft draft : fields) {
            FieldSpec spec = draft.build();
            specs.add(spec);
            definitions.add(spec.definition());
        }
        ContentTypeDefinition definition = new ContentTypeDefinition(key, displayName, kind, description, definitions);
        return new TypeSpec(
                definition, List.copyOf(specs), count, titles, List.copyOf(aliases), singleton, Map.copyOf(bindings));
    }

    boolean hasField(String fieldKey) {
        return fields.stream().anyMatch(f -> f.key.equals(fieldKey));
    }

    private TypeBuilder add(String fieldKey, FieldType type) {
        if (hasField(fieldKey)) {
            throw new IllegalStateException("Duplicate field " + key + "." + fieldKey);
        }
        fields.add(new FieldDraft(fieldKey, type));
        return this;
    }

    private FieldDraft last() {
        if (fields.isEmpty()) {
            throw new IllegalStateException("No field to modify on " + key);
        }
        return fields.getLast();
    }

    private static final class FieldDraft {
        final String key;
        final FieldType type;
        String label;
        boolean required;
        boolean localized;
        Integer minLength;
        Integer maxLength;
        Double min;
        Double max;
        String pattern;
        List<String> allowedValues;
        Integer minItems;
        Integer maxItems;
        List<String> referenceTypes = List.of();
        ValueSource source;
        FieldRole role;
        double fillRate = 0.85;

        FieldDraft(String key, FieldType type) {
            this.key = key;
            this.type = type;
        }

        FieldSpec build() {
            if (type == FieldType.ASSET && required) {
                throw new IllegalStateException("Asset field " + key + " must stay optional");
            }
            Validations validations =
                    new Validations(minLength, maxLength, min, max, pattern, allowedValues, minItems, maxItems);
            FieldDefinition definition = new FieldDefinition(
                    key,
                    label == null ? Text.labelOf(key) : label,
                    type,
                    required,
                    localized,
                    validations.isEmpty() ? Validations.NONE : validations,
                    referenceTypes);
            // Blueprint models store every field's role, so pages keep their layout when a key is renamed later.
            definition = definition.withRole(role != null ? role : FieldRoles.infer(definition));
            return new FieldSpec(definition, source, fillRate);
        }
    }
}
