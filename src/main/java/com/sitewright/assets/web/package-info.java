/** The asset library's REST API: upload, list, describe and delete images. */
@NullMarked
package com.sitewright.assets.web;

import org.jspecify.annotations.NullMarked;
