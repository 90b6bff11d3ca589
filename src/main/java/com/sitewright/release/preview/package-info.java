/** Preview builds of a project's site, their lifecycle, and syncing content to an external CMS's graph. */
@NamedInterface("preview")
package com.sitewright.release.preview;

import org.springframework.modulith.NamedInterface;
