/** The asset library's REST API: upload, list, describe and delete images. */
package com.sitewright.assets.web;
