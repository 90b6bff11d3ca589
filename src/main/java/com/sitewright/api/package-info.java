/** The studio's REST API under {@code /api/v1}: one controller per resource, problem details for errors. */
package com.sitewright.api;
