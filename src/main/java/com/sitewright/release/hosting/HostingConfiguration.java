package com.sitewright.release.hosting;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Idle site servers are stopped by a scheduled sweep. */
@Configuration
@EnableScheduling
class HostingConfiguration {}
