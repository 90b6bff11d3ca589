/**
 * Quality gates on previews: dead internal links, accessibility (axe-core) and Lighthouse scores,
 * checked by a job when a preview becomes ready and judged against {@code sitewright.quality.*}.
 */
package com.sitewright.release.quality;
