/** The asset library's views: browsing, uploading and picking assets. */
package com.sitewright.assets.ui;
