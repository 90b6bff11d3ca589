/** The generated site's source as a Git history per project, one commit per generation. */
package com.sitewright.source;
