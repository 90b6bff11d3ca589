/**
 * What every REST API controller shares: errors as problem documents, request body limits, paging and search
 * parameters, and the answer to unknown API addresses. The controllers themselves live in their features' {@code web}
 * packages.
 */
@NullMarked
package com.sitewright.api;

import org.jspecify.annotations.NullMarked;
