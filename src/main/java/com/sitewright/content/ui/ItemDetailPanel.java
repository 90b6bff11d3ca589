package com.sitewright.content.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.content.ContentItemRow;
import com.sitewright.contentmodel.ContentTypeDefinition;
import com.sitewright.contentmodel.FieldDefinition;
import com.sitewright.contentmodel.FieldType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jsoup.Jsoup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read-only view of one item: every field of its type, references shown by the target's title.
 * All values are set as text, so generated or imported markup is never interpreted.
 */
final class ItemDetailPanel extends Composite<Aside> {

    private final Div body = new Div();
    private final Runnable onClose;

    ItemDetailPanel(Runnable onClose) {
        this.onClose = onClose;
        getContent().addClassName("item-detail");
        body.addClassName("item-detail-body");
        getContent().add(body);
        getContent().setVisible(false);
    }

    void show(ContentItemRow item, ContentTypeDefinition type, Function<Collection<UUID>, Map<UUID, String>> titles) {
        body.removeAll();
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> onClose.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close details");
        var heading = new H2(item.title());
        var top = new Div(heading, close);
        top.addClassName("item-detail-top");
        var meta = new Div(ItemStatusBadges.of(item), new Span("/" + item.slug()),
                new Span("v" + item.version()), new Span("Updated " + Formats.dateTime(item.updatedAt())));
        meta.addClassName("item-detail-meta");
        body.add(top, meta);

        Map<UUID, String> referenced = titles.apply(referencedIds(item, type));
        for (FieldDefinition field : type.fields()) {
            Object value = item.data().get(field.key());
            var label = new Span(field.label() + (field.required() ? " *" : ""));
            label.addClassName("field-label");
            var row = new Div(label, valueComponent(field, value, referenced));
            row.addClassName("field-row");
            body.add(row);
        }
        getContent().setVisible(true);
    }

    void hide() {
        getContent().setVisible(false);
    }

    private static com.vaadin.flow.component.Component valueComponent(FieldDefinition field, Object value,
                                                                     Map<UUID, String> referenced) {
        if (value == null) {
            var none = new Span("—");
            none.addClassName("field-empty");
            return none;
        }
        var text = switch (field.type()) {
            case REFERENCE -> title(value, referenced);
            case REFERENCES -> value instanceof List<?> list
                    ? list.stream().map(id -> title(id, referenced)).collect(Collectors.joining(", ")) : String.valueOf(value);
            // Rich text is shown as its words; its tags are never rendered.
            case RICH_TEXT -> Jsoup.parse(String.valueOf(value)).text();
            case JSON, BLOCKS -> null;
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "Yes" : "No";
            default -> String.valueOf(value);
        };
        if (text == null) {
            var pre = new Pre(String.valueOf(value));
            pre.addClassName("field-json");
            return pre;
        }
        var span = new Span(text);
        span.addClassName("field-value");
        return span;
    }

    private static String title(Object id, Map<UUID, String> referenced) {
        try {
            String title = referenced.get(UUID.fromString(String.valueOf(id)));
            return title != null ? title : "missing item " + id;
        } catch (IllegalArgumentException e) {
            return String.valueOf(id);
        }
    }

    private static Collection<UUID> referencedIds(ContentItemRow item, ContentTypeDefinition type) {
        return type.fields().stream()
                .filter(field -> field.type() == FieldType.REFERENCE || field.type() == FieldType.REFERENCES)
                .flatMap(field -> {
                    Object value = item.data().get(field.key());
                    return value instanceof List<?> list ? list.stream() : value == null ? java.util.stream.Stream.empty()
                            : java.util.stream.Stream.of(value);
                })
                .map(String::valueOf)
                .flatMap(id -> {
                    try {
                        return java.util.stream.Stream.of(UUID.fromString(id));
                    } catch (IllegalArgumentException e) {
                        return java.util.stream.Stream.empty();
                    }
                })
                .collect(Collectors.toSet());
    }
}
