/** Bulk operations on many items at once, run as resumable jobs with progress. */
package com.sitewright.content.bulk;
