package com.sitewright.rewriting;

import org.jspecify.annotations.Nullable;

/**
 * Rewrite one text field of the items of a type that match a search: by the language model following
 * {@code instruction}, or, without a model, by shortening to {@code maxLength} characters.
 */
public record RewriteRequest(
        String type,
        String field,
        @Nullable String query,
        String instruction,
        @Nullable Integer maxLength) {}
