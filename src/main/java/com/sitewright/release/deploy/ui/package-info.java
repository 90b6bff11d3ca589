/** The deployments view. */
package com.sitewright.release.deploy.ui;
