package com.sitewright.release.preview.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The screen widths a preview can be looked at in; {@code width} is null for the full width. */
enum Device {
    DESKTOP("Desktop", null, VaadinIcon.DESKTOP),
    TABLET("Tablet", 820, VaadinIcon.TABLET),
    MOBILE("Mobile", 390, VaadinIcon.MOBILE);

    private final String label;
    private final Integer width;
    private final VaadinIcon icon;

    Device(String label, Integer width, VaadinIcon icon) {
        this.label = label;
        this.width = width;
        this.icon = icon;
    }

    String label() {
        return label;
    }

    /** The CSS width of the frame. */
    String cssWidth() {
        return width == null ? "100%" : width + "px";
    }

    String description() {
        return width == null ? label + " · full width" : label + " · " + width + " px";
    }

    VaadinIcon icon() {
        return icon;
    }

    /** How the device reads in the page's address. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Device> of(String id) {
        return Arrays.stream(values()).filter(device -> device.id().equals(id)).findFirst();
    }
}
