/** Pushing a project's model and content to Optimizely, Contentful or Sanity as a resumable job. */
@NamedInterface("push")
package com.sitewright.cms.push;

import org.springframework.modulith.NamedInterface;
