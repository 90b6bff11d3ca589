/** The REST API of the generated site's source and its history. */
package com.sitewright.site.web;
