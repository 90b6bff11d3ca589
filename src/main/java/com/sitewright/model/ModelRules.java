package com.sitewright.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The studio's own rules for a content model, beyond what a JSON schema can say: unique keys, reference
 * targets that exist, consistent validations, and enough types for a full site. A model that breaks any
 * of them is never stored.
 */
public final class ModelRules {

    private static final Pattern KEY = Pattern.compile("^[a-z][A-Za-z0-9]{0,63}$");
    private static final Set<FieldType> POINTING =
            EnumSet.of(FieldType.REFERENCE, FieldType.REFERENCES, FieldType.BLOCKS);

    private ModelRules() {}

    public static List<String> check(List<ContentTypeDefinition> types, int minimumTypes) {
        List<String> errors = new ArrayList<>();
        if (types.size() < minimumTypes) {
            errors.add("the model has " + types.size() + " content types; a full site needs at least " + minimumTypes);
        }
        if (types.stream().noneMatch(type -> type.kind() == ContentKind.PAGE)) {
            errors.add("the model has no page type");
        }
        Map<String, ContentTypeDefinition> byKey =
                types.stream().collect(Collectors.toMap(ContentTypeDefinition::key, Function.identity(), (a, b) -> a));
        Set<String> seen = new HashSet<>();
        for (ContentTypeDefinition type : types) {
            if (!seen.add(type.key())) {
                errors.add("type key \"" + type.key() + "\" is used more than once");
            }
            if (!KEY.matcher(type.key()).matches()) {
                errors.add(
                        "type key \"" + type.key() + "\" is not camelCase (letters and digits, starting lower-case)");
            }
            checkFields(type, byKey, errors);
        }
        checkRequiredCycles(types, byKey, errors);
        return errors;
    }

    /**
     * A type whose items must point to items of a type whose items must point back (or to itself) can never get
     * its first item. Only fields with one target count: with several, another target can come first.
     */
    private static void checkRequiredCycles(
            List<ContentTypeDefinition> types, Map<String, ContentTypeDefinition> byKey, List<String> errors) {
        Map<String, List<String[]>> edges = new java.util.LinkedHashMap<>();
        for (ContentTypeDefinition type : types) {
            for (FieldDefinition field : type.fields()) {
                boolean needed = field.type() == FieldType.REFERENCE && field.required()
                        || field.type() == FieldType.REFERENCES
                                && (field.required()
                                        || field.validations().minItems() != null
                                                && field.validations().minItems() > 0);
                if (needed
                        && field.referenceTypes().size() == 1
                        && byKey.containsKey(field.referenceTypes().getFirst())) {
                    edges.computeIfAbsent(type.key(), key -> new ArrayList<>())
                            .add(new String[] {field.referenceTypes().getFirst(), type.key() + "." + field.key()});
                }
            }
        }
        Set<String> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            if (cycleFrom(start, start, edges, new HashSet<>(), path)) {
                List<String> sorted = new ArrayList<>(path);
                java.util.Collections.sort(sorted);
                if (reported.add(String.join(",", sorted))) {
                    errors.add("required references go round in a circle (" + String.join(" → ", path)
                            + "), so no item of them can be created first; make one of these fields optional");
                }
            }
        }
    }

    private static boolean cycleFrom(
            String start, String at, Map<String, List<String[]>> edges, Set<String> visited, List<String> path) {
        for (String[] edge : edges.getOrDefault(at, List.of())) {
            path.add(edge[1]);
            if (edge[0].equals(start) || visited.add(edge[0]) && cycleFrom(start, edge[0], edges, visited, path)) {
                return true;
            }
            path.removeLast();
        }
        return false;
    }

    private static void checkFields(
            ContentTypeDefinition type, Map<String, ContentTypeDefinition> byKey, List<String> errors) {
        if (type.fields().isEmpty()) {
            errors.add(type.key() + " has no fields");
        }
        Set<String> seen = new HashSet<>();
        for (FieldDefinition field : type.fields()) {
            String where = type.key() + "." + field.key();
            if (!seen.add(field.key())) {
                errors.add(where + " is defined more than once");
            }
            if (!KEY.matcher(field.key()).matches()) {
                errors.add(where + ": field key is not camelCase");
            }
            if (type.kind() == ContentKind.COMPONENT && field.key().equals(ContentValidator.BLOCK_TYPE_KEY)) {
                errors.add(where + ": a component cannot have a field named \"type\" (it names the block's component)");
            }
            checkTargets(field, where, byKey, errors);
            checkValidations(field, where, errors);
            if (field.role() != null && !field.role().fits(field.type())) {
                errors.add(where + ": a " + field.type().id() + " field cannot have the role \""
                        + field.role().id() + "\"");
            }
        }
    }

    private static void checkTargets(
            FieldDefinition field, String where, Map<String, ContentTypeDefinition> byKey, List<String> errors) {
        if (!POINTING.contains(field.type())) {
            if (!field.referenceTypes().isEmpty()) {
                errors.add(where + ": referenceTypes is only for reference, references and blocks fields");
            }
            return;
        }
        if (field.referenceTypes().isEmpty()) {
            errors.add(where + ": a " + field.type().id() + " field must list its target types in referenceTypes");
        }
        for (String target : field.referenceTypes()) {
            ContentTypeDefinition targetType = byKey.get(target);
            if (targetType == null) {
                errors.add(where + " points to \"" + target + "\", which is not a type of the model");
            } else if (field.type() == FieldType.BLOCKS && targetType.kind() != ContentKind.COMPONENT) {
                errors.add(where + ": blocks may only hold component types, but \"" + target + "\" is a "
                        + targetType.kind().id());
            }
        }
    }

    private static void checkValidations(FieldDefinition field, String where, List<String> errors) {
        Validations v = field.validations();
        if (field.type() == FieldType.ENUM
                && (v.allowedValues() == null || v.allowedValues().isEmpty())) {
            errors.add(where + ": an enum field needs validations.allowedValues");
        }
        if (v.minLength() != null && v.maxLength() != null && v.minLength() > v.maxLength()) {
            errors.add(where + ": minLength is greater than maxLength");
        }
        if (v.min() != null && v.max() != null && v.min() > v.max()) {
            errors.add(where + ": min is greater than max");
        }
        if (v.minItems() != null && v.maxItems() != null && v.minItems() > v.maxItems()) {
            errors.add(where + ": minItems is greater than maxItems");
        }
        if (v.pattern() != null) {
            FieldPatterns.problem(v.pattern()).ifPresent(problem -> errors.add(where + ": pattern " + problem));
        }
    }
}
