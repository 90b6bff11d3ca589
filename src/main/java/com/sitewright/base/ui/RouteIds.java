package com.sitewright.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.UUID;

/** Reads IDs from route parameters; a malformed one is treated like an unknown page. */
public final class RouteIds {

    private RouteIds() {}

    /** The parameter as a UUID, or empty after rerouting to "not found". */
    public static Optional<UUID> require(BeforeEnterEvent event, String parameter) {
        Optional<UUID> id = event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "Not found");
        }
        return id;
    }

    public static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
