package com.sitewright.release.hosting;

/** A site server answers requests now. */
public record SiteServerStarted(HostedSite site, int port) {}
