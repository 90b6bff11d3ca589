/** Rewriting a text field across many items, with the language model or by shortening, as a job. */
@NullMarked
package com.sitewright.rewriting;

import org.jspecify.annotations.NullMarked;
