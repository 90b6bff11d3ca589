/**
 * Releasing a project's site: preview builds and their quality gates, the site servers that host them, and
 * approving a preview into a production deployment with rollback. One module, because a preview is approved into
 * a deployment and a deployment is served from a preview's build.
 */
@NullMarked
package com.sitewright.release;

import org.jspecify.annotations.NullMarked;
