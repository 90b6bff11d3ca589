package com.sitewright.release.deploy;

import com.sitewright.release.hosting.HostedSite;
import com.sitewright.release.hosting.SiteGateway;
import com.sitewright.release.hosting.SiteServerPool;
import org.springframework.stereotype.Component;

/**
 * The studio hosts production itself: one stable public address per project, served by
 * {@code next start} from the promoted build with a production (published-only) delivery token.
 */
@Component
class LocalTarget implements DeploymentTarget {

    static final String ID = "local";
    static final String LABEL_PREFIX = "site-";

    private final SiteGateway gateway;
    private final SiteServerPool pool;

    LocalTarget(SiteGateway gateway, SiteServerPool pool) {
        this.gateway = gateway;
        this.pool = pool;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String promote(HostedSite build) {
        String url = gateway.open(build.label(), build.projectId());
        pool.replace(build);
        return url;
    }

    static String label(java.util.UUID projectId) {
        return LABEL_PREFIX + projectId;
    }
}
