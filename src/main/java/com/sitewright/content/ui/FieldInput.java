package com.sitewright.content.ui;

import com.sitewright.content.ReferenceCandidate;
import com.sitewright.content.RichTextMarkdown;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One field of the item editor: the input that suits its type, reading and writing the stored value. References
 * are picked from a list that searches lazily, rich text is written as Markdown with a preview, JSON is checked as
 * it is typed. What cannot be read (JSON that does not parse) is shown on the input and keeps the form from saving.
 */
final class FieldInput {

    /** Finds reference candidates: (search, page offset) → a page of them; and names the ones a value holds. */
    interface Candidates {
        List<ReferenceCandidate> find(List<String> types, String search, int offset, int limit);

        List<ReferenceCandidate> named(Collection<UUID> ids);
    }

    /** Opens the project's image library and hands the chosen image's value to the field. */
    interface AssetLibrary {
        void choose(java.util.function.Consumer<Object> chosen);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FieldDefinition field;
    private final Component component;
    private final Function<Object, Object> read;
    private final java.util.function.Consumer<Object> write;
    private final HasValidation validation;
    private String unreadable;

    private FieldInput(
            FieldDefinition field,
            Component component,
            Function<Object, Object> read,
            java.util.function.Consumer<Object> write,
            HasValidation validation) {
        this.field = field;
        this.component = component;
        this.read = read;
        this.write = write;
        this.validation = validation;
    }

    FieldDefinition field() {
        return field;
    }

    Component component() {
        return component;
    }

    /** The value to store; null when empty. */
    Object value() {
        return read.apply(null);
    }

    void setValue(Object value) {
        write.accept(value);
    }

    /** The input's own reason it cannot give a value (e.g. JSON that does not parse), or null. */
    String unreadable() {
        return unreadable;
    }

    void showError(String message) {
        if (validation != null) {
            validation.setErrorMessage(message);
            validation.setInvalid(message != null);
        }
    }

    static FieldInput of(
            FieldDefinition field,
            Candidates candidates,
            AssetLibrary library,
            Map<String, String> typeNames,
            boolean readOnly) {
        String label = field.label() + (field.required() ? " *" : "");
        FieldInput input = switch (field.type()) {
            case LONG_TEXT -> text(field, new TextArea(label));
            case RICH_TEXT -> markdown(field, label);
            case NUMBER -> {
                var number = new NumberField(label);
                yield new FieldInput(
                        field,
                        number,
                        ignored -> number.getValue(),
                        value -> number.setValue(value instanceof Number n ? n.doubleValue() : null),
                        number);
            }
            case INTEGER -> {
                var integer = new IntegerField(label);
                yield new FieldInput(
                        field,
                        integer,
                        ignored -> integer.getValue() == null
                                ? null
                                : integer.getValue().longValue(),
                        value -> integer.setValue(value instanceof Number n ? n.intValue() : null),
                        integer);
            }
            case BOOLEAN -> {
                var flag = new Checkbox(field.label());
                yield new FieldInput(
                        field,
                        flag,
                        ignored -> flag.getValue(),
                        value -> flag.setValue(Boolean.TRUE.equals(value)),
                        null);
            }
            case DATE -> {
                var date = new DatePicker(label);
                yield new FieldInput(
                        field,
                        date,
                        ignored ->
                                date.getValue() == null ? null : date.getValue().toString(),
                        value -> {
                            try {
                                date.setValue(value == null ? null : LocalDate.parse(String.valueOf(value)));
                            } catch (DateTimeParseException e) {
                                date.setValue(null);
                            }
                        },
                        date);
            }
            case ENUM -> {
                var choice = new Select<String>();
                choice.setLabel(label);
                List<String> options = new ArrayList<>();
                options.add("");
                options.addAll(
                        field.validations().allowedValues() == null
                                ? List.of()
                                : field.validations().allowedValues());
                choice.setItems(options);
                choice.setItemLabelGenerator(option -> option.isEmpty() ? "—" : option);
                yield new FieldInput(
                        field,
                        choice,
                        ignored ->
                                choice.getValue() == null || choice.getValue().isEmpty() ? null : choice.getValue(),
                        value -> choice.setValue(value == null ? "" : String.valueOf(value)),
                        choice);
            }
            case REFERENCE -> reference(field, label, candidates, typeNames);
            case REFERENCES -> references(field, label, candidates, typeNames);
            case ASSET -> asset(field, label, library);
            case JSON, BLOCKS -> json(field, label);
            default -> text(field, new TextField(label));
        };
        if (field.helpText() != null && input.component() instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(field.helpText());
        }
        if (readOnly) {
            readOnly(input.component());
        }
        input.component().getElement().setAttribute("data-field", field.key());
        input.component().getElement().getClassList().add("item-field");
        return input;
    }

    /** Inputs made of several parts (Markdown with its preview, an asset's address and alt text) are read-only whole. */
    private static void readOnly(Component component) {
        if (component instanceof HasValue<?, ?> value) {
            value.setReadOnly(true);
        }
        if (component instanceof Button button) {
            button.setVisible(false);
        }
        component.getChildren().forEach(FieldInput::readOnly);
    }

    /**
     * An image from the project's asset library, or any address, with alt text, shown as the site will show it.
     * Other properties a stored asset has (size, say) are kept; its library ID only while the address is the
     * library's.
     */
    private static FieldInput asset(FieldDefinition field, String label, AssetLibrary library) {
        var url = new TextField(label);
        url.setPlaceholder("https://… or /images/…");
        url.setMaxLength(2000);
        url.setWidthFull();
        var alt = new TextField("Alt text");
        alt.setPlaceholder("What the image shows, for people who cannot see it");
        alt.setMaxLength(250);
        alt.setWidthFull();
        alt.addClassName("asset-alt");
        var image = new Image();
        image.addClassName("asset-preview");
        image.setVisible(false);
        url.addValueChangeListener(event -> {
            String address = event.getValue().strip();
            boolean showable = address.matches("(?i)^(https?://|/)[^\\s\"'<>]*$");
            image.setVisible(showable);
            if (showable) {
                image.setSrc(address);
                image.setAlt(alt.getValue());
            }
        });
        var box = new Div(url, alt, image);
        box.addClassName("asset-input");
        Map<String, Object> stored = new java.util.LinkedHashMap<>();
        java.util.function.Consumer<Object> show = value -> {
            stored.clear();
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, part) -> stored.put(String.valueOf(key), part));
            }
            alt.setValue(stored.get("alt") instanceof String text ? text : "");
            url.setValue(value instanceof String text ? text : stored.get("url") instanceof String text ? text : "");
        };
        if (library != null) {
            var choose = new Button("Choose from library…", VaadinIcon.PICTURE.create(), click -> library.choose(show));
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            choose.addClassName("choose-asset");
            box.addComponentAtIndex(1, choose);
        }
        return new FieldInput(
                field,
                box,
                ignored -> {
                    String address = url.getValue().strip();
                    if (address.isEmpty()) {
                        return null;
                    }
                    Map<String, Object> asset = new java.util.LinkedHashMap<>(stored);
                    if (!address.equals(stored.get("url"))) {
                        asset.remove("assetId");
                    }
                    asset.put("url", address);
                    if (alt.getValue().isBlank()) {
                        asset.remove("alt");
                    } else {
                        asset.put("alt", alt.getValue().strip());
                    }
                    return asset;
                },
                show,
                url);
    }

    private static FieldInput text(FieldDefinition field, AbstractField<?, String> text) {
        if (text instanceof TextField single && field.validations().maxLength() != null) {
            single.setMaxLength(field.validations().maxLength());
        }
        if (text instanceof TextArea area && field.validations().maxLength() != null) {
            area.setMaxLength(field.validations().maxLength());
        }
        if (field.type() == FieldType.DATE_TIME && text instanceof TextField single) {
            single.setPlaceholder("2026-03-14T09:30:00Z");
        }
        return new FieldInput(
                field,
                text,
                ignored -> text.getValue().isBlank() ? null : text.getValue(),
                value -> text.setValue(value == null ? "" : String.valueOf(value)),
                (HasValidation) text);
    }

    /** Markdown in, safe HTML stored; the preview shows what the site will show. */
    private static FieldInput markdown(FieldDefinition field, String label) {
        var area = new TextArea(label);
        area.addClassName("markdown-input");
        area.setPlaceholder("Markdown: **bold**, *italic*, ## heading, - list, [link](https://…)");
        var preview = new Div();
        preview.addClassName("markdown-preview");
        preview.setVisible(false);
        var write = new Tab("Write");
        var show = new Tab("Preview");
        var tabs = new Tabs(write, show);
        tabs.addClassName("markdown-tabs");
        tabs.addSelectedChangeListener(event -> {
            boolean previewing = event.getSelectedTab() == show;
            if (previewing) {
                // Sanitised by RichTextMarkdown: only the tags rich text may hold, no scripts or handlers.
                preview.getElement().setProperty("innerHTML", RichTextMarkdown.toHtml(area.getValue()));
            }
            preview.setVisible(previewing);
            area.setVisible(!previewing);
        });
        var box = new Div(tabs, area, preview);
        box.addClassName("markdown-editor");
        return new FieldInput(
                field,
                box,
                ignored -> {
                    String html = RichTextMarkdown.toHtml(area.getValue());
                    return html.isEmpty() ? null : html;
                },
                value -> area.setValue(value == null ? "" : RichTextMarkdown.toMarkdown(String.valueOf(value))),
                area);
    }

    private static FieldInput json(FieldDefinition field, String label) {
        var area = new TextArea(label);
        area.addClassNames("json-input", "monospace");
        FieldInput[] self = new FieldInput[1];
        self[0] = new FieldInput(
                field,
                area,
                ignored -> {
                    String text = area.getValue().strip();
                    self[0].unreadable = null;
                    if (text.isEmpty()) {
                        return null;
                    }
                    try {
                        return JSON.readValue(text, Object.class);
                    } catch (JacksonException e) {
                        self[0].unreadable =
                                "is not valid JSON (line " + e.getLocation().getLineNr() + ")";
                        return null;
                    }
                },
                value -> area.setValue(
                        value == null
                                ? ""
                                : value instanceof String text
                                        ? text
                                        : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value)),
                area);
        area.addValueChangeListener(event -> {
            self[0].value();
            self[0].showError(self[0].unreadable == null ? null : "Not valid JSON yet");
        });
        return self[0];
    }

    private static FieldInput reference(
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
                ignored -> picker.getValue() == null
                        ? null
                        : picker.getValue().id().toString(),
                value -> picker.setValue(
                        ids(value).isEmpty()
                                ? null
                                : candidates.named(ids(value)).stream()
                                        .findFirst()
                                        .orElse(null)),
                picker);
    }

    private static FieldInput references(
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
                ignored -> picker.getValue().isEmpty()
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
