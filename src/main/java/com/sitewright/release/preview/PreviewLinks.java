package com.sitewright.release.preview;

import com.sitewright.base.InvalidInputException;
import com.sitewright.release.hosting.ShareGrantInfo;
import com.sitewright.release.hosting.ShareGrants;
import com.sitewright.release.hosting.SiteGateway;
import com.sitewright.release.hosting.SiteTickets;
import com.sitewright.security.CurrentUser;
import com.sitewright.security.StudioPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** A preview's addresses: opened and closed on the site gateway, and handed out with tickets to the studio or shared. */
@Component
class PreviewLinks {

    private static final Duration STUDIO_HAND_OFF = Duration.ofMinutes(5);
    private static final Duration STUDIO_SESSION = Duration.ofHours(12);
    private static final Pattern SITE_PATH = Pattern.compile("^/[A-Za-z0-9/_.~-]{0,500}$");

    private final SiteGateway gateway;
    private final SiteTickets tickets;
    private final ShareGrants shares;
    private final Clock clock;

    PreviewLinks(SiteGateway gateway, SiteTickets tickets, ShareGrants shares, Clock clock) {
        this.gateway = gateway;
        this.tickets = tickets;
        this.shares = shares;
        this.clock = clock;
    }

    /** Opens the preview's address before its build, so the site knows its own URL. */
    String open(UUID previewId, UUID projectId) {
        return gateway.open(PreviewService.label(previewId), projectId);
    }

    /** Closes the preview's address: it no longer answers at all. */
    void close(UUID previewId) {
        gateway.close(PreviewService.label(previewId));
    }

    /** See {@link PreviewService#url(PreviewInfo, String)}. */
    Optional<String> url(PreviewInfo preview, String studioHost) {
        return preview.state().isBuilt()
                ? gateway.url(PreviewService.label(preview.id()), studioHost)
                : Optional.empty();
    }

    /** See {@link PreviewService#studioLink(UUID, UUID, String, String)}. */
    Optional<String> studioLink(PreviewInfo preview, String path, String studioHost) {
        String page = path != null && SITE_PATH.matcher(path).matches() && !path.contains("..") && !path.contains("//")
                ? path.substring(1)
                : "";
        return url(preview, studioHost)
                .map(url -> (url.endsWith("/") ? url : url + "/") + page + "?sitewright-ticket="
                        + studioTicket(preview.id()));
    }

    private String studioTicket(UUID previewId) {
        StudioPrincipal user = CurrentUser.require();
        Instant now = clock.instant();
        return tickets.issue(
                PreviewService.label(previewId),
                now.plus(STUDIO_HAND_OFF),
                now.plus(STUDIO_SESSION),
                SiteTickets.Holder.user(user.id(), user.username()));
    }

    /** A link anyone can open until it expires or is revoked, granted by the signed-in user. */
    PreviewService.ShareLink share(UUID projectId, PreviewInfo preview, Duration validFor, String studioHost) {
        String url = url(preview, studioHost)
                .orElseThrow(
                        () -> new InvalidInputException("Only a built preview can be shared; wait until it is ready."));
        String label = PreviewService.label(preview.id());
        StudioPrincipal user = CurrentUser.require();
        ShareGrantInfo grant = shares.grant(
                label, projectId, user.id(), user.username(), clock.instant().plus(validFor));
        return new PreviewService.ShareLink(
                grant.id(),
                url + "?sitewright-ticket="
                        + tickets.issue(label, grant.expiresAt(), SiteTickets.Holder.share(grant.id())),
                grant.expiresAt());
    }

    List<ShareGrantInfo> shares(UUID previewId) {
        return shares.list(PreviewService.label(previewId));
    }

    ShareGrantInfo revoke(UUID previewId, UUID shareId) {
        return shares.revoke(PreviewService.label(previewId), shareId);
    }
}
