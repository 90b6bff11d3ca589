/** The REST API of previews (builds, shares, quality checks, approval) and deployments (history, rollback). */
package com.sitewright.release.web;
