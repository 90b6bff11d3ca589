package com.sitewright.modeling.ui;

import com.sitewright.contentmodel.ContentKind;
import com.sitewright.contentmodel.FieldDefinition;
import com.sitewright.contentmodel.FieldPatterns;
import com.sitewright.contentmodel.FieldRole;
import com.sitewright.contentmodel.FieldRoles;
import com.sitewright.contentmodel.FieldType;
import com.sitewright.contentmodel.Validations;
import com.sitewright.modeling.DraftType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Edits the selected field: label, key, type, required, localized, help text, and the rules its type has
 * (lengths, pattern, range, allowed values, target types, number of items). Each change goes to the designer as
 * one edit when the input is committed (blur or Enter), so undo steps are whole changes, not keystrokes.
 */
final class FieldInspector extends Composite<Aside> {

    interface Actions {
        void changeField(UnaryOperator<FieldDefinition> change);

        void removeField();
    }

    private final Actions actions;

    FieldInspector(Actions actions) {
        this.actions = actions;
        getContent().addClassNames("designer-inspector", "field-inspector");
    }

    void show(FieldDefinition field, List<DraftType> types) {
        Aside panel = getContent();
        panel.removeAll();
        var heading = new H3(field.label());
        var type = new Span(FieldTypes.icon(field.type()), new Span(FieldTypes.label(field.type()) + " field"));
        type.addClassName("inspector-type");
        panel.add(new Div(heading, type));

        var label = new TextField("Label");
        label.setValue(field.label());
        label.setMaxLength(120);
        label.setRequired(true);
        on(label, value -> value.isBlank() ? null : (UnaryOperator<FieldDefinition>) f -> f.withLabel(value.strip()));

        var key = KeyField.of(
                field.key(),
                "camelCase; renaming keeps every item's value",
                value -> actions.changeField(f -> f.withKey(value)));

        var fieldType = new Select<FieldType>();
        fieldType.setLabel("Type");
        fieldType.setItems(FieldType.values());
        fieldType.setItemLabelGenerator(FieldTypes::label);
        fieldType.setValue(field.type());
        fieldType.setHelperText("Values convert where they can; saving lists the rest");
        fieldType.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                actions.changeField(f -> adapted(f, event.getValue(), types));
            }
        });

        var required = new Checkbox("Required", field.required());
        required.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                actions.changeField(f -> f.withRequired(event.getValue()));
            }
        });
        var localized = new Checkbox("Localized", field.localized());
        localized.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                actions.changeField(f -> f.withLocalized(event.getValue()));
            }
        });
        var flags = new Div(required, localized);
        flags.addClassName("inspector-flags");

        var help = new TextArea("Help text");
        help.setValue(field.helpText() == null ? "" : field.helpText());
        help.setMaxLength(300);
        help.setPlaceholder("Shown to editors under the field");
        on(help, value -> f -> f.withHelpText(value.strip()));

        panel.add(label, key, fieldType, flags, role(field), help);
        panel.add(rules(field, types));

        var remove = new Button("Remove field", VaadinIcon.TRASH.create(), click -> actions.removeField());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClassName("remove-field");
        panel.add(remove);
    }

    /** The rules that apply to the field's type. */
    /** What the field means on the generated site's pages; empty means the role its key and type suggest. */
    private Component role(FieldDefinition field) {
        var role = new Select<FieldRole>();
        role.setLabel("Role on the page");
        role.addClassName("field-role");
        role.setItems(Arrays.stream(FieldRole.values())
                .filter(r -> r.fits(field.type()))
                .toList());
        role.setItemLabelGenerator(r -> r == null ? "" : r.label());
        FieldRole inferred = FieldRoles.infer(field);
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Automatic: " + (inferred == null ? "no role" : inferred.label()));
        role.setValue(field.role());
        role.setHelperText("Pages are laid out by roles: a price gives product cards, a start date an event page");
        role.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                actions.changeField(f -> f.withRole(event.getValue()));
            }
        });
        return role;
    }

    private Component rules(FieldDefinition field, List<DraftType> types) {
        Validations v = field.validations();
        var rules = new Div();
        rules.addClassName("inspector-rules");
        rules.add(new H3("Validation"));
        FieldType type = field.type();
        if (FieldTypes.hasLength(type)) {
            var min = integer("Min length", v.minLength());
            var max = integer("Max length", v.maxLength());
            onInteger(min, value -> f -> f.withValidations(with(f.validations(), value, "minLength")));
            onInteger(max, value -> f -> f.withValidations(with(f.validations(), value, "maxLength")));
            var pattern = new TextField("Pattern");
            pattern.setValue(v.pattern() == null ? "" : v.pattern());
            pattern.setPlaceholder("A regular expression, e.g. ^[A-Z]{3}$");
            pattern.addClassName("monospace");
            pattern.addValueChangeListener(event -> {
                String value = event.getValue().strip();
                String problem = patternProblem(value);
                pattern.setInvalid(problem != null);
                pattern.setErrorMessage(problem);
                if (event.isFromClient()) {
                    actions.changeField(
                            f -> f.withValidations(with(f.validations(), value.isEmpty() ? null : value, "pattern")));
                }
            });
            pattern.setInvalid(patternProblem(pattern.getValue()) != null);
            pattern.setErrorMessage(patternProblem(pattern.getValue()));
            rules.add(pair(min, max), pattern);
        }
        if (FieldTypes.hasRange(type)) {
            var min = number("Minimum", v.min());
            var max = number("Maximum", v.max());
            onNumber(min, value -> f -> f.withValidations(with(f.validations(), value, "min")));
            onNumber(max, value -> f -> f.withValidations(with(f.validations(), value, "max")));
            rules.add(pair(min, max));
        }
        if (type == FieldType.ENUM) {
            var values = new TextArea("Allowed values");
            values.setHelperText("One per line");
            values.setValue(v.allowedValues() == null ? "" : String.join("\n", v.allowedValues()));
            on(values, value -> f -> f.withValidations(with(f.validations(), lines(value), "allowedValues")));
            rules.add(values);
        }
        if (FieldTypes.pointsToTypes(type)) {
            var targets =
                    new MultiSelectComboBox<String>(type == FieldType.BLOCKS ? "Allowed components" : "Allowed types");
            List<DraftType> options = type == FieldType.BLOCKS
                    ? types.stream()
                            .filter(t -> t.kind() == ContentKind.COMPONENT)
                            .toList()
                    : types;
            Map<String, String> names = options.stream()
                    .collect(Collectors.toMap(
                            DraftType::key, DraftType::displayName, (a, b) -> a, java.util.LinkedHashMap::new));
            targets.setItems(names.keySet());
            targets.setItemLabelGenerator(keyOf -> names.getOrDefault(keyOf, keyOf));
            targets.setValue(new LinkedHashSet<>(
                    field.referenceTypes().stream().filter(names::containsKey).toList()));
            targets.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    List<String> chosen = options.stream()
                            .map(DraftType::key)
                            .filter(event.getValue()::contains)
                            .toList();
                    actions.changeField(f -> f.withReferenceTypes(chosen));
                }
            });
            rules.add(targets);
        }
        if (FieldTypes.hasItems(type)) {
            var min = integer("Min items", v.minItems());
            var max = integer("Max items", v.maxItems());
            onInteger(min, value -> f -> f.withValidations(with(f.validations(), value, "minItems")));
            onInteger(max, value -> f -> f.withValidations(with(f.validations(), value, "maxItems")));
            rules.add(pair(min, max));
        }
        if (rules.getComponentCount() == 1) {
            var none = new Span("No rules for this type beyond “Required”.");
            none.addClassName("inspector-none");
            rules.add(none);
        }
        return rules;
    }

    /** The field as another type: rules that no longer apply are dropped; a new pointing field points somewhere. */
    private static FieldDefinition adapted(FieldDefinition field, FieldType type, List<DraftType> types) {
        Validations v = field.validations();
        boolean length = FieldTypes.hasLength(type);
        boolean range = FieldTypes.hasRange(type);
        boolean items = FieldTypes.hasItems(type);
        Validations kept = new Validations(
                length ? v.minLength() : null,
                length ? v.maxLength() : null,
                range ? v.min() : null,
                range ? v.max() : null,
                length ? v.pattern() : null,
                type == FieldType.ENUM ? v.allowedValues() : null,
                items ? v.minItems() : null,
                items ? v.maxItems() : null);
        List<String> targets = !FieldTypes.pointsToTypes(type)
                ? List.of()
                : type == FieldType.BLOCKS
                        ? field.referenceTypes().stream()
                                .filter(key -> types.stream()
                                        .anyMatch(t -> t.key().equals(key) && t.kind() == ContentKind.COMPONENT))
                                .toList()
                        : field.referenceTypes();
        return field.withType(type).withValidations(kept).withReferenceTypes(targets);
    }

    private void on(
            HasValue<?, String> input, java.util.function.Function<String, UnaryOperator<FieldDefinition>> change) {
        input.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                UnaryOperator<FieldDefinition> edit = change.apply(event.getValue());
                if (edit != null) {
                    actions.changeField(edit);
                }
            }
        });
    }

    private void onInteger(
            IntegerField input, java.util.function.Function<Integer, UnaryOperator<FieldDefinition>> change) {
        input.addValueChangeListener(event -> {
            if (event.isFromClient() && !input.isInvalid()) {
                actions.changeField(change.apply(event.getValue()));
            }
        });
    }

    private void onNumber(
            NumberField input, java.util.function.Function<Double, UnaryOperator<FieldDefinition>> change) {
        input.addValueChangeListener(event -> {
            if (event.isFromClient() && !input.isInvalid()) {
                actions.changeField(change.apply(event.getValue()));
            }
        });
    }

    private static IntegerField integer(String label, Integer value) {
        var input = new IntegerField(label);
        input.setMin(0);
        input.setValue(value);
        input.setClearButtonVisible(true);
        return input;
    }

    private static NumberField number(String label, Double value) {
        var input = new NumberField(label);
        input.setValue(value);
        input.setClearButtonVisible(true);
        return input;
    }

    private static Div pair(Component first, Component second) {
        var pair = new Div(first, second);
        pair.addClassName("inspector-pair");
        return pair;
    }

    private static String patternProblem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return null;
        }
        return FieldPatterns.problem(pattern)
                .map(problem -> "The pattern " + problem + ".")
                .orElse(null);
    }

    private static List<String> lines(String text) {
        List<String> values = Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .distinct()
                .toList();
        return values.isEmpty() ? null : values;
    }

    /** The rules with one part replaced. */
    private static Validations with(Validations v, Object value, String part) {
        return new Validations(
                part.equals("minLength") ? (Integer) value : v.minLength(),
                part.equals("maxLength") ? (Integer) value : v.maxLength(),
                part.equals("min") ? (Double) value : v.min(),
                part.equals("max") ? (Double) value : v.max(),
                part.equals("pattern") ? (String) value : v.pattern(),
                part.equals("allowedValues") ? castList(value) : v.allowedValues(),
                part.equals("minItems") ? (Integer) value : v.minItems(),
                part.equals("maxItems") ? (Integer) value : v.maxItems());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }
}
