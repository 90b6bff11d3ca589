/** Approve and deploy: promoting a previewed build to production, deployments and rollback. */
package com.sitewright.deploy;
