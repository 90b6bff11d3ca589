package com.sitewright.release.hosting;

import com.sitewright.base.NotFoundException;
import com.sitewright.project.ProjectService;
import com.sitewright.security.ApiCredentials;
import com.sitewright.security.SignInThrottledException;
import com.sitewright.security.StudioPrincipal;
import com.sitewright.security.UserService;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see a preview: the project's users (the API's credentials, or a session handed over by
 * the studio) and holders of a share link while its grant stands. Anyone else gets no site at all.
 * Sessions are checked on every request: a revoked grant or a disabled user loses access at once.
 */
@Component
class SiteAccess {

    static final String TICKET_PARAMETER = "sitewright-ticket";
    private static final Duration LONGEST_SESSION = Duration.ofDays(30);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Why a ticket or session does not admit its holder, as the page says it. */
    private record Refusal(int status, String title, String message) {}

    private final SiteTickets tickets;
    private final ApiCredentials credentials;
    private final ProjectService projects;
    private final Clock clock;
    private final ShareGrants grants;
    private final UserService users;

    SiteAccess(
            SiteTickets tickets,
            ApiCredentials credentials,
            ProjectService projects,
            ShareGrants grants,
            UserService users,
            Clock clock) {
        this.clock = clock;
        this.tickets = tickets;
        this.credentials = credentials;
        this.projects = projects;
        this.grants = grants;
        this.users = users;
    }

    /** True when the request may go on to the site; otherwise the answer has been sent. */
    boolean admit(HttpExchange exchange, HostedSite site) throws IOException {
        Optional<SiteTickets.Ticket> session =
                cookie(exchange, cookieName(site.label())).flatMap(value -> tickets.verify(value, site.label()));
        Optional<Refusal> sessionRefused = session.flatMap(ticket -> refusal(ticket, site, true));
        boolean signedIn = session.isPresent() && sessionRefused.isEmpty();
        Optional<String> handOff = queryParameter(exchange, TICKET_PARAMETER);
        if (handOff.isPresent()) {
            if (signedIn) {
                // Already signed in (e.g. the iframe reloaded its first address): drop the old ticket.
                redirectWithoutTicket(exchange);
            } else {
                acceptTicket(exchange, site, handOff.get());
            }
            return false;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            Optional<StudioPrincipal> user;
            try {
                user = credentials.authenticate(authorization, exchange.getRemoteAddress());
            } catch (SignInThrottledException paused) {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(paused.retryAfterSeconds()));
                SitePages.send(exchange, 429, "Too many sign-in attempts", paused.getMessage());
                return false;
            }
            if (user.isEmpty()) {
                askToSignIn(exchange, "Those credentials were not accepted.");
                return false;
            }
            if (!maySee(user.get(), site)) {
                SitePages.send(exchange, 404, "Not found", "There is no preview here.");
                return false;
            }
            return true;
        }
        if (signedIn) {
            return true;
        }
        if (sessionRefused.isPresent()) {
            send(exchange, sessionRefused.get());
            return false;
        }
        askToSignIn(exchange, "This preview is private. Open it from the Sitewright studio, or use a share link.");
        return false;
    }

    private void acceptTicket(HttpExchange exchange, HostedSite site, String value) throws IOException {
        Optional<SiteTickets.Ticket> ticket = tickets.verify(value, site.label());
        if (ticket.isEmpty()) {
            SitePages.send(
                    exchange, 403, "This link is not valid", "The link is incomplete or not meant for this preview.");
            return;
        }
        Optional<Refusal> refused = refusal(ticket.get(), site, false);
        if (refused.isPresent()) {
            send(exchange, refused.get());
            return;
        }
        Instant until = ticket.get().grantsUntil();
        Instant capped = until.isAfter(clock.instant().plus(LONGEST_SESSION))
                ? clock.instant().plus(LONGEST_SESSION)
                : until;
        long maxAge = Math.max(1, Duration.between(clock.instant(), capped).toSeconds());
        exchange.getResponseHeaders()
                .add(
                        "Set-Cookie",
                        cookieName(site.label()) + "="
                                + tickets.issue(
                                        site.label(), capped, ticket.get().holder())
                                + "; Max-Age=" + maxAge + "; Path=/; HttpOnly; SameSite=Lax");
        redirectWithoutTicket(exchange);
    }

    /**
     * Why a correctly signed ticket (a link's, or a session cookie's) does not admit its holder now, or empty
     * when it does: it has expired, its share grant was revoked or is gone, or its user was disabled or lost the
     * project.
     */
    private Optional<Refusal> refusal(SiteTickets.Ticket ticket, HostedSite site, boolean session) {
        SiteTickets.Holder holder = ticket.holder();
        if (holder.kind() == SiteTickets.HolderKind.USER) {
            if (ticket.expired(clock.instant())) {
                return Optional.of(
                        session
                                ? new Refusal(
                                        403,
                                        "Your preview session has ended",
                                        "Open the preview from the studio again.")
                                : new Refusal(
                                        403,
                                        "This sign-in link has expired",
                                        "Links from the studio work for a few minutes. Open the preview from the studio again."));
            }
            return activeUser(holder).filter(user -> maySee(user, site)).isPresent()
                    ? Optional.empty()
                    : Optional.of(
                            new Refusal(
                                    403,
                                    "Your access to this preview has ended",
                                    "Your studio account can no longer see this preview. Ask an administrator if you think it should."));
        }
        Optional<ShareGrantInfo> grant = grants.find(site.label(), holder.id());
        ShareGrantInfo.State state = grant.map(ShareGrantInfo::state).orElse(ShareGrantInfo.State.REVOKED);
        if (state == ShareGrantInfo.State.REVOKED) {
            return Optional.of(new Refusal(
                    403,
                    "This link was revoked",
                    "The project's team has ended access through this share link. Ask them for a new one."));
        }
        if (state == ShareGrantInfo.State.EXPIRED || ticket.expired(clock.instant())) {
            Instant ended = ticket.expiresAt().isBefore(grant.get().expiresAt())
                    ? ticket.expiresAt()
                    : grant.get().expiresAt();
            return Optional.of(new Refusal(
                    403,
                    "This link has expired",
                    "Access through this link ended on " + WHEN.format(ended)
                            + ". Ask the project's team for a new share link."));
        }
        return Optional.empty();
    }

    /** The ticket's user while they exist under the same ID and are enabled. */
    private Optional<StudioPrincipal> activeUser(SiteTickets.Holder holder) {
        try {
            StudioPrincipal user = (StudioPrincipal) users.loadUserByUsername(holder.name());
            return user.id().equals(holder.id()) && user.isEnabled() ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpExchange exchange, Refusal refusal) throws IOException {
        SitePages.send(exchange, refusal.status(), refusal.title(), refusal.message());
    }

    private static void redirectWithoutTicket(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Location", withoutTicket(exchange));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(303, -1);
        exchange.close();
    }

    private boolean maySee(StudioPrincipal user, HostedSite site) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            projects.get(site.projectId());
            return true;
        } catch (NotFoundException e) {
            return false;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void askToSignIn(HttpExchange exchange, String message) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Sitewright preview\", charset=\"UTF-8\"");
        SitePages.send(exchange, 401, "Sign in to see this preview", message);
    }

    /** One cookie per site: every site shares the host name, only the port differs. */
    static String cookieName(String label) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
            return "sw_site_" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                    return Optional.of(part.substring(eq + 1).strip());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** The requested path and query without the hand-off ticket, so it does not linger in the address bar. */
    private static String withoutTicket(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        List<String> kept = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.equals(TICKET_PARAMETER) && !pair.startsWith(TICKET_PARAMETER + "=")) {
                    kept.add(pair);
                }
            }
        }
        return (path == null || path.isEmpty() ? "/" : path) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
