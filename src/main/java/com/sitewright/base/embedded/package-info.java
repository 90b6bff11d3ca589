/** The embedded PostgreSQL the studio and its tests run on when no database is configured. */
package com.sitewright.base.embedded;
