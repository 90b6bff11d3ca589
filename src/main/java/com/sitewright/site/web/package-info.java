/** The REST API of the generated site's source and its history. */
@NullMarked
package com.sitewright.site.web;

import org.jspecify.annotations.NullMarked;
