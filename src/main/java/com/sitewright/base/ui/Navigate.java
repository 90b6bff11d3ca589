package com.sitewright.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;

/** Navigation from a component, which does nothing while the component is not in a UI. */
public final class Navigate {

    private Navigate() {}

    public static void to(Component from, Location location) {
        from.getUI().ifPresent(ui -> ui.navigate(location.getPath(), location.getQueryParameters()));
    }

    public static void to(Component from, String route) {
        from.getUI().ifPresent(ui -> ui.navigate(route));
    }
}
