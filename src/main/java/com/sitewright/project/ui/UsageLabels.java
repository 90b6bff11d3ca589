package com.sitewright.project.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.project.ModelUsage;
import com.sitewright.project.ProjectSummary;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** How the studio words what model calls used, wherever it shows it. */
@NamedInterface("usage-labels")
public final class UsageLabels {

    private UsageLabels() {}

    /** "12,345 tokens · $0.0123", saying when the cost misses unpriced calls; empty when there were no calls. */
    public static String of(ModelUsage used) {
        if (used.calls() == 0) {
            return "";
        }
        String text = Formats.count(used.totalTokens()) + " tokens \u00b7 " + Formats.usd(used.costUsd());
        return used.priced() ? text : text + " (no price set for this model: counted as $0)";
    }

    /** Cost against budget, as the projects list shows it: "$0.0123 of $5.00", "$0.0123, no budget". */
    public static String againstBudget(ProjectSummary project) {
        String cost = Formats.usd(project.usage().costUsd());
        return project.budgetUsd() == null
                ? cost + ", no budget"
                : cost + " of $" + String.format(Locale.ENGLISH, "%,.2f", project.budgetUsd());
    }
}
