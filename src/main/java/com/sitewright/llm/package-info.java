/** The OpenAI-compatible language and image models: their HTTP client, item batches, costs and budgets. */
package com.sitewright.llm;
