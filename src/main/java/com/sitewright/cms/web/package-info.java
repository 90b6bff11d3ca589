/** The REST API of the user's CMS: the connection, pushes, and the webhooks the CMS calls. */
package com.sitewright.cms.web;
