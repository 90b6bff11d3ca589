package com.sitewright.content.ui;

import com.sitewright.content.RichTextMarkdown;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Inputs whose value is typed as text: plain text, rich text written as Markdown, and JSON checked as it is typed. */
final class TextInputs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TextInputs() {}

    static FieldInput text(FieldDefinition field, AbstractField<?, String> text) {
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
                () -> text.getValue().isBlank() ? null : text.getValue(),
                value -> text.setValue(value == null ? "" : String.valueOf(value)),
                (HasValidation) text);
    }

    /** Markdown in, safe HTML stored; the preview shows what the site will show. */
    static FieldInput markdown(FieldDefinition field, String label) {
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
                () -> {
                    String html = RichTextMarkdown.toHtml(area.getValue());
                    return html.isEmpty() ? null : html;
                },
                value -> area.setValue(value == null ? "" : RichTextMarkdown.toMarkdown(String.valueOf(value))),
                area);
    }

    /** JSON (and blocks, which are JSON) as text; until it parses the input says so and the form cannot save. */
    static FieldInput json(FieldDefinition field, String label) {
        var area = new TextArea(label);
        area.addClassNames("json-input", "monospace");
        // The reading records on the input why it failed, so it needs the input it belongs to.
        FieldInput[] self = new FieldInput[1];
        self[0] = new FieldInput(
                field,
                area,
                () -> parse(area.getValue(), self[0]),
                value -> area.setValue(
                        value == null
                                ? ""
                                : value instanceof String text
                                        ? text
                                        : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value)),
                area);
        area.addValueChangeListener(event -> {
            self[0].value();
            self[0].showError(self[0].unreadable() == null ? null : "Not valid JSON yet");
        });
        return self[0];
    }

    private static Object parse(String typed, FieldInput input) {
        String text = typed.strip();
        input.setUnreadable(null);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return JSON.readValue(text, Object.class);
        } catch (JacksonException e) {
            input.setUnreadable("is not valid JSON (line " + e.getLocation().getLineNr() + ")");
            return null;
        }
    }
}
