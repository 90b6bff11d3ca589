/** The deployments view. */
package com.sitewright.deploy.ui;
