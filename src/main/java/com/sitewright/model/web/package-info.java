/** The REST API that reads a project's content types. */
@NullMarked
package com.sitewright.model.web;

import org.jspecify.annotations.NullMarked;
