/** The preview page: the site in a device frame, the build log, sharing and approval. */
package com.sitewright.release.preview.ui;
