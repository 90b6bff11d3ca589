package com.sitewright.content.ui;

import com.sitewright.model.FieldDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An image from the project's asset library, or any address, with alt text, shown as the site will show it. Other
 * properties a stored asset has (size, say) are kept; its library ID only while the address is the library's.
 */
final class AssetInput {

    /** Opens the project's image library and hands the chosen image's value to the field. */
    interface Library {
        void choose(Consumer<Object> chosen);
    }

    private AssetInput() {}

    /** Without a {@code library} (inline in the grid, say) only the address and alt text are offered. */
    static FieldInput of(FieldDefinition field, String label, Library library) {
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
        Map<String, Object> stored = new LinkedHashMap<>();
        Consumer<Object> show = value -> {
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
        return new FieldInput(field, box, () -> value(url, alt, stored), show, url);
    }

    private static Map<String, Object> value(TextField url, TextField alt, Map<String, Object> stored) {
        String address = url.getValue().strip();
        if (address.isEmpty()) {
            return null;
        }
        Map<String, Object> asset = new LinkedHashMap<>(stored);
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
    }
}
