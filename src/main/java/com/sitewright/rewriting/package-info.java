/** Rewriting a text field across many items, with the language model or by shortening, as a job. */
package com.sitewright.rewriting;
