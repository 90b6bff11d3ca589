/** The preview's quality checks as the studio shows them. */
@NullMarked
package com.sitewright.release.quality.ui;

import org.jspecify.annotations.NullMarked;
