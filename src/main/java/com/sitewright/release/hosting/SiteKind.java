package com.sitewright.release.hosting;

/** A preview sees drafts and only the project's users may open it; a production site is public and sees published content. */
public enum SiteKind {
    PREVIEW,
    PRODUCTION
}
