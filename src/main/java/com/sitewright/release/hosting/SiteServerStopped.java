package com.sitewright.release.hosting;

/** A site server has stopped; {@code reason} says why in words a user understands. */
public record SiteServerStopped(HostedSite site, String reason) {}
