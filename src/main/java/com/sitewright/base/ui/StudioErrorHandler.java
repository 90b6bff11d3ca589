package com.sitewright.base.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** One place that turns an unexpected UI error into a log entry and a plain-language notification. */
@Component
class StudioErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(StudioErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String message = switch (cause) {
            case InvalidInputException e -> e.getMessage();
            case ConflictException e -> e.getMessage();
            case NotFoundException e -> "That no longer exists, or it is not yours to see.";
            case AccessDeniedException e -> "Your role does not allow this.";
            default -> {
                log.error("Unexpected error in the studio UI", event.getThrowable());
                yield "Something went wrong on our side. It has been logged; please try again.";
            }
        };
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null
                && current.getCause() != current
                && !(current instanceof InvalidInputException || current instanceof NotFoundException)) {
            current = current.getCause();
        }
        return current;
    }
}
