/** Projects: their owner, settings, status and usage, and the events of their life. */
@NullMarked
package com.sitewright.project;

import org.jspecify.annotations.NullMarked;
