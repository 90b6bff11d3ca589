package com.sitewright.content.ui;

import com.sitewright.content.ContentItemRow;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.ContentValidator;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.ValidationError;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item editor's fields, built from the item's type: one input per field, each checked against its rules as it
 * changes, and the reasons a save was refused shown on the fields they are about.
 */
final class ItemForm extends Composite<Div> {

    private final ReferenceInputs.Candidates candidates;
    private final AssetInput.Library library;
    private final ContentValidator validator = new ContentValidator();
    private final Map<String, FieldInput> inputs = new LinkedHashMap<>();
    private ContentTypeDefinition type;

    ItemForm(ReferenceInputs.Candidates candidates, AssetInput.Library library) {
        this.candidates = candidates;
        this.library = library;
        getContent().addClassName("item-form");
    }

    /** Shows the type's fields with the item's values; {@code item} null leaves them empty. */
    void show(ContentItemRow item, ContentTypeDefinition itemType, Map<String, String> typeNames, boolean readOnly) {
        type = itemType;
        getContent().removeAll();
        inputs.clear();
        for (FieldDefinition field : itemType.fields()) {
            FieldInput input = FieldInput.of(field, candidates, library, typeNames, readOnly);
            if (item != null) {
                input.setValue(item.data().get(field.key()));
            }
            if (input.component() instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(event -> check(input));
            }
            inputs.put(field.key(), input);
            getContent().add(input.component());
        }
    }

    /** The form's values, as they would be stored; empty fields are left out. */
    Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            Object value = input.value();
            if (value != null) {
                data.put(key, value);
            }
        });
        return data;
    }

    /** Fields whose input cannot give a value yet (JSON that does not parse), with why; shown on the inputs. */
    List<String> unreadable() {
        return inputs.values().stream()
                .filter(input -> {
                    input.value();
                    return input.unreadable() != null;
                })
                .map(input -> input.field().label() + " " + input.unreadable())
                .toList();
    }

    /** Puts the reasons a save was refused on the fields they are about. */
    void showErrors(List<ValidationError> errors) {
        inputs.values().forEach(input -> input.showError(null));
        for (ValidationError error : errors) {
            String key = error.field().split("[.\\[]")[0];
            FieldInput input = inputs.get(key);
            if (input != null) {
                input.showError(error.reason());
            }
        }
    }

    private void check(FieldInput input) {
        Object value = input.value();
        if (input.unreadable() != null) {
            input.showError(input.unreadable());
            return;
        }
        ContentTypeDefinition holder =
                new ContentTypeDefinition(type.key(), type.displayName(), type.kind(), null, List.of(input.field()));
        Map<String, Object> data = new LinkedHashMap<>();
        if (value != null) {
            data.put(input.field().key(), value);
        }
        List<ValidationError> errors = validator.validate(holder, data);
        input.showError(errors.isEmpty() ? null : errors.getFirst().reason());
    }
}
