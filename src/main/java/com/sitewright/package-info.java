/** Sitewright: a studio that turns a sentence into a headless-CMS website, its content and its hosting. */
@NullMarked
package com.sitewright;

import org.jspecify.annotations.NullMarked;
