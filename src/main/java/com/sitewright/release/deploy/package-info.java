/** Approve and deploy: promoting a previewed build to production, deployments and rollback. */
@NamedInterface("deploy")
@NullMarked
package com.sitewright.release.deploy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
