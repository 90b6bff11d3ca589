package com.sitewright.cms.push;

/**
 * What a push should do.
 *
 * @param dryRun             plan only: show what would be written, write nothing
 * @param confirmDeletes     delete from the CMS what was deleted in the studio (otherwise listed and left)
 * @param confirmTypeChanges update types the CMS already holds with other fields (otherwise the push stops before
 *                           writing)
 */
public record PushRequest(boolean dryRun, boolean confirmDeletes, boolean confirmTypeChanges) {}
