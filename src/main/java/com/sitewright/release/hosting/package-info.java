/** Serving generated sites: site processes, host names, access for previews and share links, eviction. */
package com.sitewright.release.hosting;
