package com.sitewright.release.deploy;

import com.sitewright.release.hosting.HostedSite;

/**
 * Where production builds go. The studio's own {@code local} target serves them itself; Vercel,
 * Netlify or S3 targets implement the same contract.
 */
public interface DeploymentTarget {

    /** The target's ID as stored on deployments, e.g. {@code local}. */
    String id();

    /**
     * Makes {@code build} (a finished preview build, the very files that were previewed) the live
     * site of its project and returns the public URL. Must not return before the URL serves it.
     */
    String promote(HostedSite build);
}
