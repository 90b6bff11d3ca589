/** The REST API of previews (builds, shares, quality checks, approval) and deployments (history, rollback). */
@NullMarked
package com.sitewright.release.web;

import org.jspecify.annotations.NullMarked;
