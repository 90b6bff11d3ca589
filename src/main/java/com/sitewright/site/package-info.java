/**
 * The generated site's source: writes a project's Next.js site from its model and theme, keeps it as a Git history
 * with one commit per generation, and runs Node.js to build it.
 */
@NullMarked
package com.sitewright.site;

import org.jspecify.annotations.NullMarked;
