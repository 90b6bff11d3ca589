/** A project's connection to an external CMS: its settings, sealed secrets and connection checks. */
package com.sitewright.cms.connection;
