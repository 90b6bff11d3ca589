package com.sitewright.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is signed in to the studio, so that a person's sessions can be ended at once when an admin disables them.
 * Two halves: Spring Security's session registry refuses an ended session's next HTTP request (and sends it to
 * the login page), and since open studio pages talk to the server over a push connection that bypasses HTTP
 * filters, their Vaadin sessions are told to go to the login page and are closed.
 */
@Component
class StudioSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(StudioSessions.class);

    private final SessionRegistry registry;
    private final Set<VaadinSession> open = ConcurrentHashMap.newKeySet();

    StudioSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @Bean
    static SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the servlet container drops a session, so it does not keep dead ones. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> open.remove(destroy.getSession()));
    }

    /** Ends every studio session of a user who has just been disabled. */
    @TransactionalEventListener
    void on(UserDisabled disabled) {
        log.info(
                "Ended {} studio session(s) of the disabled user '{}'",
                endAllOf(disabled.userId()),
                disabled.username());
    }

    /** Ends every studio session of the user; returns how many there were. */
    private int endAllOf(UUID userId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (isUser(principal, userId)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        for (VaadinSession session : open) {
            if (isUser(principalOf(session), userId)) {
                session.access(() -> {
                    for (UI ui : session.getUIs()) {
                        ui.getPage().setLocation("login");
                        ui.push(); // now, before the session closes and stops answering the page
                    }
                    session.close();
                });
            }
        }
        return ended;
    }

    /**
     * An ended session's next page load goes to the login page; the studio's own background requests get a 401
     * instead, on which the open page reloads (and then goes there).
     */
    static void refuseExpired(SessionInformationExpiredEvent event) throws IOException {
        if (event.getRequest().getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER) != null) {
            event.getResponse().sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            event.getResponse().sendRedirect(event.getRequest().getContextPath() + "/login");
        }
    }

    private static @Nullable Object principalOf(VaadinSession session) {
        try {
            return session.getSession() != null
                            && session.getSession()
                                            .getAttribute(
                                                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                    instanceof SecurityContext context
                            && context.getAuthentication() != null
                    ? context.getAuthentication().getPrincipal()
                    : null;
        } catch (IllegalStateException e) {
            return null; // the session ended meanwhile
        }
    }

    private static boolean isUser(@Nullable Object principal, UUID userId) {
        return principal instanceof StudioPrincipal user && user.id().equals(userId);
    }
}
