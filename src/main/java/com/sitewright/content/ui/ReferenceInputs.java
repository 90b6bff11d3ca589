package com.sitewright.content.ui;

import com.sitewright.content.ReferenceCandidate;
import com.sitewright.model.FieldDefinition;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Inputs that point to other items: one, or several in the order picked, chosen from a list that searches lazily. */
final class ReferenceInputs {

    /** Finds a page of the items of these types that match a search. */
    interface Finder {
        List<ReferenceCandidate> find(List<String> types, String search, int offset, int limit);
    }

    /** Finds reference candidates: (search, page offset) → a page of them; and names the ones a value holds. */
    record Candidates(Finder finder, Function<Collection<UUID>, List<ReferenceCandidate>> namer) {

        List<ReferenceCandidate> find(List<String> types, String search, int offset, int limit) {
            return finder.find(types, search, offset, limit);
        }

        List<ReferenceCandidate> named(Collection<UUID> ids) {
            return namer.apply(ids);
        }
    }

    private ReferenceInputs() {}

    static FieldInput single(
            FieldDefinition field, String label, Candidates candidates, Map<String, String> typeNames) {
        var picker = new ComboBox<ReferenceCandidate>(label);
        picker.setItemLabelGenerator(candidate -> name(candidate, field, typeNames));
        picker.setItems(
                query -> candidates
                        .find(field.referenceTypes(), query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                        .stream());
        picker.setClearButtonVisible(true);
        picker.setPlaceholder("Search "
                + String.join(
                        ", ",
                        field.referenceTypes().stream()
                                .map(key -> typeNames.getOrDefault(key, key))
                                .toList()));
        return new FieldInput(
                field,
                picker,
                () -> picker.getValue() == null ? null : picker.getValue().id().toString(),
                value -> picker.setValue(
                        ids(value).isEmpty()
                                ? null
                                : candidates.named(ids(value)).stream()
                                        .findFirst()
                                        .orElse(null)),
                picker);
    }

    static FieldInput several(
            FieldDefinition field, String label, Candidates candidates, Map<String, String> typeNames) {
        var picker = new MultiSelectComboBox<ReferenceCandidate>(label);
        picker.setItemLabelGenerator(candidate -> name(candidate, field, typeNames));
        picker.setItems(
                query -> candidates
                        .find(field.referenceTypes(), query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                        .stream());
        picker.setClearButtonVisible(true);
        picker.setKeepFilter(true);
        // Ordered as picked: the set keeps the order the items were chosen in.
        return new FieldInput(
                field,
                picker,
                () -> picker.getValue().isEmpty()
                        ? null
                        : picker.getValue().stream()
                                .map(candidate -> candidate.id().toString())
                                .toList(),
                value -> picker.setValue(new LinkedHashSet<>(candidates.named(ids(value)))),
                picker);
    }

    private static String name(ReferenceCandidate candidate, FieldDefinition field, Map<String, String> typeNames) {
        return field.referenceTypes().size() > 1
                ? candidate.title() + " · " + typeNames.getOrDefault(candidate.typeKey(), candidate.typeKey())
                : candidate.title();
    }

    /** The item IDs a reference or references value holds; malformed ones are skipped. */
    static List<UUID> ids(Object value) {
        List<UUID> ids = new ArrayList<>();
        for (Object id : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
            try {
                ids.add(UUID.fromString(String.valueOf(id)));
            } catch (IllegalArgumentException e) {
                // A malformed ID names no item; the value is shown empty and the validator reports it on save.
            }
        }
        return ids;
    }
}
