/** The source view: commits and files. */
package com.sitewright.source.ui;
