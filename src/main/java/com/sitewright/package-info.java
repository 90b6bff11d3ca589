/** Sitewright: a studio that turns a sentence into a headless-CMS website, its content and its hosting. */
package com.sitewright;
