/** Pushing a project's model and content to Optimizely, Contentful or Sanity as a resumable job. */
package com.sitewright.cms.push;
