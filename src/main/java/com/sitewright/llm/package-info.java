/** The OpenAI-compatible language and image models: their HTTP client, item batches, costs and budgets. */
@NullMarked
package com.sitewright.llm;

import org.jspecify.annotations.NullMarked;
