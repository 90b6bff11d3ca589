/** The source view: commits and files. */
package com.sitewright.site.ui;
