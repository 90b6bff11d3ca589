package com.sitewright.hosting;

/** A site server answers requests now. */
public record SiteServerStarted(HostedSite site, int port) {}
