/** What every feature shares: errors, secrets at rest, private files, the studio's address and the job queue. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.sitewright.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
