package com.sitewright.release.preview.ui;

/** What the preview page's stage shows for the shown preview, as {@link PreviewModel#body} decides it. */
enum StageBody {
    /** No preview yet. */
    EMPTY,
    /** Queued or building: the log as it is written. */
    BUILDING,
    /** Built: the site in its frame, at a fresh address (or a message when it has none). */
    SITE,
    /** The site is in its frame already: only the note about its server changes, the page stays. */
    SITE_NOTE,
    /** Stopped from this page: the frame stays empty until asked for, or it would start the server again. */
    STOPPED_HERE,
    /** A stop is on its way: nothing changes, or the frame's first request would start the server again. */
    UNCHANGED,
    FAILED,
    EXPIRED
}
