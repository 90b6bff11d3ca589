/** The REST API of content items: items, bulk operations, imports and exports. */
package com.sitewright.content.web;
