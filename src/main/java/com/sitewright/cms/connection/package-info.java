/** A project's connection to an external CMS: its settings, sealed secrets and connection checks. */
@NamedInterface("connection")
package com.sitewright.cms.connection;

import org.springframework.modulith.NamedInterface;
