package com.sitewright.release.preview.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;

/**
 * The running preview in an iframe, centred on a canvas and as wide as the chosen device. The frame's
 * address carries a one-time hand-off, so it is only set for a new preview or an explicit reload:
 * setting it again would sign in again and reload the page.
 */
final class DeviceFrame extends Composite<Div> {

    static final String TITLE = "Site preview";

    private final Div frame = new Div();
    private final IFrame iframe = new IFrame();
    private Device device = Device.DESKTOP;

    DeviceFrame() {
        Div canvas = getContent();
        canvas.addClassName("device-canvas");
        iframe.setTitle(TITLE);
        iframe.addClassName("device-iframe");
        frame.addClassName("device-frame");
        frame.add(iframe);
        canvas.add(frame);
        setDevice(Device.DESKTOP);
    }

    void setDevice(Device value) {
        device = value;
        frame.setWidth(value.cssWidth());
        frame.getElement().setAttribute("data-device", value.id());
    }

    Device getDevice() {
        return device;
    }

    /** Loads {@code src}; a link equal to the current one (issued in the same second) reloads instead. */
    void load(String src) {
        if (src.equals(iframe.getSrc())) {
            iframe.reload();
        } else {
            iframe.setSrc(src);
        }
    }

    /** Unloads the site, so a frame that is not shown does not keep its server awake. */
    void clear() {
        iframe.setUnsafeSrc("about:blank");
    }
}
