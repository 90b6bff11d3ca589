package com.sitewright.release.preview.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** A segmented control of the device widths; the pressed one is marked for assistive technology too. */
final class DeviceSwitch extends Composite<Div> {

    private final Map<Device, Button> buttons = new EnumMap<>(Device.class);
    private Device value = Device.DESKTOP;

    DeviceSwitch(Consumer<Device> onChange) {
        Div group = getContent();
        group.addClassName("device-switch");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", "Device width");
        for (Device device : Device.values()) {
            var button = new Button(device.icon().create(), click -> {
                if (device != value) {
                    setValue(device);
                    onChange.accept(device);
                }
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(device.label());
            button.setTooltipText(device.description());
            button.addClassName("device-option");
            buttons.put(device, button);
            group.add(button);
        }
        setValue(Device.DESKTOP);
    }

    Device getValue() {
        return value;
    }

    void setValue(Device device) {
        value = device;
        buttons.forEach((option, button) -> {
            boolean pressed = option == device;
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            button.getElement().setAttribute("data-pressed", pressed);
        });
    }
}
