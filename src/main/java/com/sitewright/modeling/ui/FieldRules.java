package com.sitewright.modeling.ui;

import static com.sitewright.modeling.ui.FieldInputs.onCommit;
import static com.sitewright.modeling.ui.FieldInputs.onValidCommit;

import com.sitewright.model.ContentKind;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.Validations;
import com.sitewright.modeling.DraftType;
import com.sitewright.modeling.ui.FieldEdits.Rule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The inspector's "Validation" section: one editor for each kind of rule the field's type has (lengths and a
 * pattern for text, a range for numbers, the values of a choice, the types a reference or blocks field may point
 * to, the number of items of a list). Each committed input is handed on as one field edit.
 */
final class FieldRules extends Composite<Div> {

    private final Consumer<UnaryOperator<FieldDefinition>> changeField;

    FieldRules(FieldDefinition field, List<DraftType> types, Consumer<UnaryOperator<FieldDefinition>> changeField) {
        this.changeField = changeField;
        Div rules = getContent();
        rules.addClassName("inspector-rules");
        rules.add(new H3("Validation"));
        Validations v = field.validations();
        FieldType type = field.type();
        if (FieldTypes.hasLength(type)) {
            rules.add(lengths(v), pattern(v));
        }
        if (FieldTypes.hasRange(type)) {
            rules.add(range(v));
        }
        if (type == FieldType.ENUM) {
            rules.add(allowedValues(v));
        }
        if (FieldTypes.pointsToTypes(type)) {
            rules.add(targets(field, types));
        }
        if (FieldTypes.hasItems(type)) {
            rules.add(items(v));
        }
        if (rules.getComponentCount() == 1) {
            var none = new Span("No rules for this type beyond “Required”.");
            none.addClassName("inspector-none");
            rules.add(none);
        }
    }

    private Component lengths(Validations v) {
        return pair(
                integer("Min length", v.minLength(), Rule.MIN_LENGTH),
                integer("Max length", v.maxLength(), Rule.MAX_LENGTH));
    }

    /** Checked as it is typed, so a broken expression is seen before saving refuses it. */
    private Component pattern(Validations v) {
        var pattern = new TextField("Pattern");
        pattern.setValue(v.pattern() == null ? "" : v.pattern());
        pattern.setPlaceholder("A regular expression, e.g. ^[A-Z]{3}$");
        pattern.addClassName("monospace");
        pattern.addValueChangeListener(event -> {
            String value = event.getValue().strip();
            String problem = FieldEdits.patternProblem(value);
            pattern.setInvalid(problem != null);
            pattern.setErrorMessage(problem);
            if (event.isFromClient()) {
                changeField.accept(FieldEdits.rule(Rule.PATTERN, value.isEmpty() ? null : value));
            }
        });
        pattern.setInvalid(FieldEdits.patternProblem(pattern.getValue()) != null);
        pattern.setErrorMessage(FieldEdits.patternProblem(pattern.getValue()));
        return pattern;
    }

    private Component range(Validations v) {
        return pair(number("Minimum", v.min(), Rule.MIN), number("Maximum", v.max(), Rule.MAX));
    }

    private Component allowedValues(Validations v) {
        var values = new TextArea("Allowed values");
        values.setHelperText("One per line");
        values.setValue(v.allowedValues() == null ? "" : String.join("\n", v.allowedValues()));
        onCommit(values, text -> FieldEdits.rule(Rule.ALLOWED_VALUES, FieldEdits.lines(text)), changeField);
        return values;
    }

    /** A blocks field may hold components only; a reference may point to any type. */
    private Component targets(FieldDefinition field, List<DraftType> types) {
        boolean blocks = field.type() == FieldType.BLOCKS;
        var targets = new MultiSelectComboBox<String>(blocks ? "Allowed components" : "Allowed types");
        List<DraftType> options = blocks
                ? types.stream().filter(t -> t.kind() == ContentKind.COMPONENT).toList()
                : types;
        Map<String, String> names = options.stream()
                .collect(Collectors.toMap(DraftType::key, DraftType::displayName, (a, b) -> a, LinkedHashMap::new));
        targets.setItems(names.keySet());
        targets.setItemLabelGenerator(key -> names.getOrDefault(key, key));
        targets.setValue(new LinkedHashSet<>(
                field.referenceTypes().stream().filter(names::containsKey).toList()));
        onCommit(
                targets,
                chosen -> {
                    // In the model's order, not the order they were ticked.
                    List<String> ordered = options.stream()
                            .map(DraftType::key)
                            .filter(chosen::contains)
                            .toList();
                    return f -> f.withReferenceTypes(ordered);
                },
                changeField);
        return targets;
    }

    private Component items(Validations v) {
        return pair(
                integer("Min items", v.minItems(), Rule.MIN_ITEMS), integer("Max items", v.maxItems(), Rule.MAX_ITEMS));
    }

    private IntegerField integer(String label, Integer value, Rule rule) {
        var input = new IntegerField(label);
        input.setMin(0);
        input.setValue(value);
        input.setClearButtonVisible(true);
        onValidCommit(input, typed -> FieldEdits.rule(rule, typed), changeField);
        return input;
    }

    private NumberField number(String label, Double value, Rule rule) {
        var input = new NumberField(label);
        input.setValue(value);
        input.setClearButtonVisible(true);
        onValidCommit(input, typed -> FieldEdits.rule(rule, typed), changeField);
        return input;
    }

    private static Div pair(Component first, Component second) {
        var pair = new Div(first, second);
        pair.addClassName("inspector-pair");
        return pair;
    }
}
