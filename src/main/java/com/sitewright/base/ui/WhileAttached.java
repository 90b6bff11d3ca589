package com.sitewright.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;

/**
 * Binds polling or a feed subscription to a component's life in the page: it starts when the component is attached
 * and stops when it is detached, so no view forgets to clean up after itself.
 */
public final class WhileAttached {

    private WhileAttached() {}

    /**
     * Calls {@code tick} every {@code millis} while the component is attached and the polling is active (it starts
     * inactive). The UI's poll interval is shared by its components; detaching this one stops it.
     */
    public static Polling poll(Component component, int millis, Runnable tick) {
        var polling = new Polling(millis, tick);
        component.addAttachListener(event -> polling.attach(event.getUI()));
        component.addDetachListener(event -> polling.detach());
        component.getUI().ifPresent(polling::attach);
        return polling;
    }

    /**
     * Opens a subscription with {@code subscribe} on attach and closes it on detach. {@code subscribe} is given the
     * UI to push into with {@code ui.access}, and may return null when there is nothing to follow.
     */
    public static Subscription subscribe(Component component, Function<UI, ? extends AutoCloseable> subscribe) {
        var subscription = new Subscription(component, subscribe);
        component.addAttachListener(event -> subscription.open(event.getUI()));
        component.addDetachListener(event -> subscription.close());
        component.getUI().ifPresent(subscription::open);
        return subscription;
    }

    /** Polling of one component, switched on while there is background work to follow. */
    public static final class Polling {

        private final int millis;
        private final Runnable tick;
        private Registration registration;
        private UI ui;
        private boolean active;

        private Polling(int millis, Runnable tick) {
            this.millis = millis;
            this.tick = tick;
        }

        /** Remembered across detach and attach; takes effect at once while attached. */
        public void setActive(boolean active) {
            this.active = active;
            if (ui != null) {
                ui.setPollInterval(active ? millis : -1);
            }
        }

        private void attach(UI target) {
            detach();
            ui = target;
            registration = target.addPollListener(event -> tick.run());
            if (active) {
                target.setPollInterval(millis);
            }
        }

        private void detach() {
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

    /** A feed subscription of one component. */
    public static final class Subscription {

        private final Component component;
        private final Function<UI, ? extends AutoCloseable> subscribe;
        private AutoCloseable open;

        private Subscription(Component component, Function<UI, ? extends AutoCloseable> subscribe) {
            this.component = component;
            this.subscribe = subscribe;
        }

        /** Subscribes again, for a component that now follows something else; nothing while detached. */
        public void renew() {
            close();
            component.getUI().ifPresent(this::open);
        }

        private void open(UI ui) {
            close();
            open = subscribe.apply(ui);
        }

        private void close() {
            if (open != null) {
                try {
                    open.close();
                } catch (Exception e) {
                    throw new IllegalStateException("Could not close a subscription", e);
                }
                open = null;
            }
        }
    }
}
