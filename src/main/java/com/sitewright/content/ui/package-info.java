/** The content grid, item editor, inline editing and bulk bar. */
package com.sitewright.content.ui;
