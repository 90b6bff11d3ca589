package com.sitewright.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the REST API.
 *
 * @param maxBodySize the largest request body an endpoint takes, unless it has its own limit (imports, uploads)
 */
@ConfigurationProperties("sitewright.api")
record ApiSettings(@DefaultValue("2MB") DataSize maxBodySize) {}
