/** Bulk operations on many items at once, run as resumable jobs with progress. */
@NamedInterface("bulk")
package com.sitewright.content.bulk;

import org.springframework.modulith.NamedInterface;
