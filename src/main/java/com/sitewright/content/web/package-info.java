/** The REST API of content items: items, bulk operations, imports and exports. */
@NullMarked
package com.sitewright.content.web;

import org.jspecify.annotations.NullMarked;
