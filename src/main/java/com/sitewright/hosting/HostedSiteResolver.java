package com.sitewright.hosting;

import java.util.List;
import java.util.Optional;

/** Features that own hosted sites (previews, deployments) say which site a label stands for. */
public interface HostedSiteResolver {

    /** The site behind a label, or empty when this resolver does not know it or it is gone. */
    Optional<HostedSite> resolve(String label);

    /** Labels whose addresses must answer after a studio restart. */
    List<String> activeLabels();
}
