/** Preview builds of a project's site, their lifecycle, and syncing content to an external CMS's graph. */
package com.sitewright.preview;
