package com.sitewright.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Polls the server while a view waits for background work, and stops when told or when detached.
 * Views attach it in {@code onAttach} and detach it in {@code onDetach}.
 */
public final class Poller {

    private final int millis;
    private final Runnable tick;
    private Registration registration;
    private UI ui;

    public Poller(int millis, Runnable tick) {
        this.millis = millis;
        this.tick = tick;
    }

    public void attach(UI target) {
        detach();
        ui = target;
        registration = target.addPollListener(event -> tick.run());
    }

    public void setActive(boolean active) {
        if (ui != null) {
            ui.setPollInterval(active ? millis : -1);
        }
    }

    public void detach() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        if (ui != null) {
            ui.setPollInterval(-1);
            ui = null;
        }
    }
}
