package com.sitewright.release.hosting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Features that own hosted sites (previews, deployments) say which site a label stands for. */
public interface HostedSiteResolver {

    /** The site behind a label, or empty when this resolver does not know it or it is gone. */
    Optional<HostedSite> resolve(String label);

    /** Labels whose addresses must answer after a studio restart. */
    List<String> activeLabels();

    /** The ID in a label of the form {@code <prefix><uuid>}, or empty for any other label. */
    static Optional<UUID> idIn(String label, String prefix) {
        if (!label.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(label.substring(prefix.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
