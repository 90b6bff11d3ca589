package com.sitewright.content;

/**
 * Which copy of a project's items to read: the working copy that editors change (and preview sites
 * show), or the published copy that production sites show.
 */
public enum ContentCopy {
    WORKING,
    PUBLISHED
}
