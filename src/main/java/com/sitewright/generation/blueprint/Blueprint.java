package com.sitewright.generation.blueprint;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One industry's checked content model, in dependency order, with its vocabulary. */
final class Blueprint {

    /** Nouns that mean "whatever this site mostly consists of". */
    private static final Set<String> GENERIC_NOUNS = Set.of(
            "item", "entry", "page", "record", "piece", "content", "content item", "thing", "object", "document");

    private final Industry industry;
    private final Vocabulary vocabulary;
    private final List<TypeSpec> types;
    private final Map<String, TypeSpec> byKey;
    private final String primaryKey;

    private Blueprint(Industry industry, Vocabulary vocabulary, List<TypeSpec> types, String primaryKey) {
        this.industry = industry;
        this.vocabulary = vocabulary;
        this.types = List.copyOf(types);
        Map<String, TypeSpec> map = new LinkedHashMap<>();
        types.forEach(t -> map.put(t.key(), t));
        this.byKey = map;
        this.primaryKey = primaryKey;
    }

    static Blueprint of(ModelBuilder model, Vocabulary vocabulary) {
        List<TypeSpec> specs = model.types().stream().map(TypeBuilder::build).toList();
        check(specs, model.primaryKey());
        return new Blueprint(model.industry(), vocabulary, dependencyOrder(specs), model.primaryKey());
    }

    Industry industry() {
        return industry;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    List<TypeSpec> types() {
        return types;
    }

    List<ContentTypeDefinition> definitions() {
        return types.stream().map(TypeSpec::definition).toList();
    }

    TypeSpec type(String key) {
        TypeSpec spec = byKey.get(key);
        if (spec == null) {
            throw new IllegalArgumentException("No content type '" + key + "' in the " + industry + " model");
        }
        return spec;
    }

    TypeSpec primary() {
        return byKey.get(primaryKey);
    }

    /** The type a prompt's noun ("blog posts", "drinks") names, trying longer word runs first. */
    Optional<TypeSpec> matchNoun(String noun) {
        if (noun == null || noun.isBlank()) {
            return Optional.empty();
        }
        String[] words = singularPhrase(noun).split(" ");
        for (int length = words.length; length >= 1; length--) {
            for (int start = 0; start + length <= words.length; start++) {
                String phrase = String.join(" ", List.of(words).subList(start, start + length));
                // A type of that very name wins over another's alias and over the generic reading: the
                // "products" a studio named get its Product type, not its services.
                Optional<TypeSpec> match = listable()
                        .filter(t -> ownNamesOf(t).contains(phrase))
                        .findFirst()
                        .or(() -> listable()
                                .filter(t -> namesOf(t).contains(phrase))
                                .findFirst());
                if (match.isPresent()) {
                    return match;
                }
                if (GENERIC_NOUNS.contains(phrase)) {
                    return Optional.of(primary());
                }
            }
        }
        return Optional.empty();
    }

    /** The fewest items a type may have so that list fields pointing only at it can meet their minimum. */
    int minimumCount(String key) {
        int minimum = 1;
        for (TypeSpec type : types) {
            for (FieldDefinition field : type.definition().fields()) {
                if (field.type() == FieldType.REFERENCES
                        && field.referenceTypes().equals(List.of(key))
                        && field.validations().minItems() != null) {
                    minimum = Math.max(minimum, field.validations().minItems());
                }
            }
        }
        return minimum;
    }

    private java.util.stream.Stream<TypeSpec> listable() {
        return types.stream().filter(t -> !t.singleton() && t.definition().kind() != ContentKind.COMPONENT);
    }

    private static Set<String> ownNamesOf(TypeSpec type) {
        return new LinkedHashSet<>(List.of(
                type.definition().displayName().toLowerCase(Locale.ROOT),
                Text.displayNameOf(type.key()).toLowerCase(Locale.ROOT)));
    }

    private static Set<String> namesOf(TypeSpec type) {
        Set<String> names = new LinkedHashSet<>(ownNamesOf(type));
        type.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        return names;
    }

    static String singularPhrase(String noun) {
        StringBuilder out = new StringBuilder();
        for (String word : noun.toLowerCase(Locale.ROOT).trim().split("[\\s-]+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(singular(word));
        }
        return out.toString();
    }

    static String singular(String word) {
        if (word.length() <= 3
                || word.endsWith("ss")
                || word.endsWith("us")
                || word.endsWith("is")
                || word.equals("news")
                || word.equals("series")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    // ---- checks ---------------------------------------------------------------------------------

    private static void check(List<TypeSpec> specs, String primaryKey) {
        Map<String, TypeSpec> byKey = new LinkedHashMap<>();
        specs.forEach(t -> byKey.put(t.key(), t));
        if (primaryKey == null || !byKey.containsKey(primaryKey)) {
            throw new IllegalStateException("Primary type missing: " + primaryKey);
        }
        for (TypeSpec type : specs) {
            if (type.defaultCount() < 1) {
                throw new IllegalStateException(type.key() + " has no items");
            }
            for (FieldDefinition field : type.definition().fields()) {
                for (String target : field.referenceTypes()) {
                    TypeSpec targetType = byKey.get(target);
                    if (targetType == null) {
                        throw new IllegalStateException(
                                type.key() + "." + field.key() + " points at unknown " + target);
                    }
                    if (target.equals(type.key())) {
                        throw new IllegalStateException(type.key() + "." + field.key() + " points at its own type");
                    }
                    if (field.type() == FieldType.BLOCKS
                            && targetType.definition().kind() != ContentKind.COMPONENT) {
                        throw new IllegalStateException(
                                type.key() + "." + field.key() + " embeds non-component " + target);
                    }
                }
                if (field.type().id().startsWith("reference") || field.type() == FieldType.BLOCKS) {
                    if (field.referenceTypes().isEmpty()
                            || field.referenceTypes().stream().distinct().count()
                                    != field.referenceTypes().size()) {
                        throw new IllegalStateException(
                                type.key() + "." + field.key() + " needs distinct allowed types");
                    }
                }
            }
        }
    }

    private static List<TypeSpec> dependencyOrder(List<TypeSpec> specs) {
        List<TypeSpec> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        List<TypeSpec> pending = new ArrayList<>(specs);
        while (!pending.isEmpty()) {
            TypeSpec next = pending.stream()
                    .filter(t -> placed.containsAll(dependencies(t)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Reference cycle among "
                            + pending.stream().map(TypeSpec::key).toList()));
            ordered.add(next);
            placed.add(next.key());
            pending.remove(next);
        }
        return ordered;
    }

    static Set<String> dependencies(TypeSpec type) {
        Set<String> deps = new LinkedHashSet<>();
        for (FieldDefinition field : type.definition().fields()) {
            deps.addAll(field.referenceTypes());
        }
        deps.remove(type.key());
        return deps;
    }
}
