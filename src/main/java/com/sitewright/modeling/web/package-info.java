/** The REST API of model changes: drafts, their impact and saving them. */
@NullMarked
package com.sitewright.modeling.web;

import org.jspecify.annotations.NullMarked;
