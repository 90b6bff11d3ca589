/** The user's own CMS (Optimizely, Contentful or Sanity): the connection, the push, webhooks and vendor naming. */
@NullMarked
package com.sitewright.cms;

import org.jspecify.annotations.NullMarked;
