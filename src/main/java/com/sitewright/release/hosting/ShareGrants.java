package com.sitewright.release.hosting;

import com.sitewright.base.JobApi;
import com.sitewright.base.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored grants behind share links. The feature that owns a site checks who may share it before
 * calling these; the gateway reads a grant on every request that presents one, so a revocation takes
 * effect on the next request.
 */
@Service
@JobApi
public class ShareGrants {

    private final ShareGrantRepository grants;
    private final Clock clock;

    ShareGrants(ShareGrantRepository grants, Clock clock) {
        this.clock = clock;
        this.grants = grants;
    }

    @Transactional
    public ShareGrantInfo grant(String label, UUID projectId, UUID createdBy, String createdByName, Instant expiresAt) {
        return grants.save(new ShareGrant(label, projectId, createdBy, createdByName, expiresAt, clock.instant()))
                .info(clock.instant());
    }

    /** The site's grants, newest first. */
    @Transactional(readOnly = true)
    public List<ShareGrantInfo> list(String label) {
        return grants.findByLabelOrderByCreatedAtDesc(label).stream()
                .map(grant -> grant.info(clock.instant()))
                .toList();
    }

    /** Revokes one of the site's grants (again is fine); a grant of another site is not found. */
    @Transactional
    public ShareGrantInfo revoke(String label, UUID grantId) {
        ShareGrant grant = grants.findById(grantId)
                .filter(found -> found.getLabel().equals(label))
                .orElseThrow(() -> new NotFoundException("No such share link"));
        grant.revoke(clock.instant());
        return grant.info(clock.instant());
    }

    /** Revokes every grant of a site that is gone for good. */
    @Transactional
    public void revokeAll(String label) {
        grants.findByLabelAndRevokedAtIsNull(label).forEach(grant -> grant.revoke(clock.instant()));
    }

    /** The grant as it is now, if it exists and is for this site. */
    @Transactional(readOnly = true)
    public Optional<ShareGrantInfo> find(String label, UUID grantId) {
        return grants.findById(grantId)
                .filter(grant -> grant.getLabel().equals(label))
                .map(grant -> grant.info(clock.instant()));
    }
}
