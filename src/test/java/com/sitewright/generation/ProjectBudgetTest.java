package com.sitewright.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What the person reads when the budget stopped a run. */
class ProjectBudgetTest {

    @Test
    void theMessageSaysTheBudgetAndHowManyItemsWereWritten() {
        assertThat(ProjectBudget.stopMessage(new BigDecimal("2.50"), 340))
                .isEqualTo("Budget of $2.50 reached after 340 items; what was generated is kept"
                        + " and the project is ready with it. Raise the budget to generate more.");
    }

    @Test
    void aProjectWithoutABudgetReadsAsABudgetOfNothing() {
        assertThat(ProjectBudget.stopMessage(null, 0)).startsWith("Budget of $0 reached after 0 items;");
    }
}
