/** The preview's quality checks as the studio shows them. */
package com.sitewright.release.quality.ui;
