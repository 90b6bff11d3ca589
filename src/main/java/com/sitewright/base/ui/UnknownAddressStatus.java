package com.sitewright.base.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Answers the page for an address no view has with 404, the status {@link NotFoundView} stands for. Vaadin sends
 * the page before it picks the view, in a later request whose status the view's own 404 cannot reach.
 */
@Component
class UnknownAddressStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var router = event.getSource().getRouter();
        event.addIndexHtmlRequestListener(page -> {
            var location = new Location(page.getVaadinRequest().getPathInfo());
            if (router.resolveNavigationTarget(location).isEmpty()) {
                page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}
