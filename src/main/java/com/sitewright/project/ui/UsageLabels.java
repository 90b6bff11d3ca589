package com.sitewright.project.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.project.ModelUsage;

/** How the studio words what model calls used, wherever it shows it. */
public final class UsageLabels {

    private UsageLabels() {
    }

    /** "12,345 tokens · $0.0123", saying when the cost misses unpriced calls; empty when there were no calls. */
    public static String of(ModelUsage used) {
        if (used.calls() == 0) {
            return "";
        }
        String text = Formats.count(used.totalTokens()) + " tokens \u00b7 " + Formats.usd(used.costUsd());
        return used.priced() ? text : text + " (no price set for this model: counted as $0)";
    }
}
