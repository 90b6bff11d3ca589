/** The embedded PostgreSQL the studio and its tests run on when no database is configured. */
@NullMarked
package com.sitewright.base.embedded;

import org.jspecify.annotations.NullMarked;
