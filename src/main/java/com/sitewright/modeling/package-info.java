/** Drafts of model changes in the designer: edits, their impact on items, and migrations on save. */
package com.sitewright.modeling;
