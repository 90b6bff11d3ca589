package com.sitewright.project;

import java.math.BigDecimal;

/**
 * What calls to the model have used, for a project or one run: calls, tokens, and the estimated cost in US
 * dollars from the configured prices. Calls to a model without a configured price count as $0;
 * {@code unpricedCalls} says how many, so the studio can say the cost is incomplete.
 */
public record ModelUsage(int calls, int unpricedCalls, long promptTokens, long completionTokens, BigDecimal costUsd) {

    public static final ModelUsage NONE = new ModelUsage(0, 0, 0, 0, BigDecimal.ZERO);

    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    /** Whether every call had a price, so the cost is complete. */
    public boolean priced() {
        return unpricedCalls == 0;
    }
}
