/** The REST API of the user's CMS: the connection, pushes, and the webhooks the CMS calls. */
@NullMarked
package com.sitewright.cms.web;

import org.jspecify.annotations.NullMarked;
