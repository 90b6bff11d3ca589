/** The user's own CMS (Optimizely, Contentful or Sanity): the connection, the push, webhooks and vendor naming. */
package com.sitewright.cms;
