/** Approve and deploy: promoting a previewed build to production, deployments and rollback. */
@NamedInterface("deploy")
package com.sitewright.release.deploy;

import org.springframework.modulith.NamedInterface;
