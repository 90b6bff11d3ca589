/** The REST API that issues and revokes delivery tokens. */
@NullMarked
package com.sitewright.delivery.web;

import org.jspecify.annotations.NullMarked;
