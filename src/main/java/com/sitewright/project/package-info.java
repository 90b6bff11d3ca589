/** Projects: their owner, settings, status and usage, and the events of their life. */
package com.sitewright.project;
