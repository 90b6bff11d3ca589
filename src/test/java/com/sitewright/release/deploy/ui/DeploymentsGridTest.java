package com.sitewright.release.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.base.ui.Formats;
import com.sitewright.release.deploy.DeploymentInfo;
import com.sitewright.release.deploy.DeploymentState;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The deployments list without a browser: numbering from the oldest, and Roll back for editors only. */
class DeploymentsGridTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void deploymentsAreNumberedFromTheOldestWhileListedNewestFirst() {
        var grid = new DeploymentsGrid(deployment -> {});
        DeploymentInfo newest = deployment(DeploymentState.LIVE);
        DeploymentInfo oldest = deployment(DeploymentState.SUPERSEDED);

        grid.show(List.of(newest, oldest));

        assertThat(grid.number(newest)).isEqualTo(2);
        assertThat(grid.number(oldest)).isEqualTo(1);
        assertThat(grid.number(deployment(DeploymentState.LIVE))).isZero();
        assertThat(grid.getContent().getClassNames()).contains("deployments-grid");
    }

    @Test
    void onlyEditorsGetTheRollBackColumn() {
        assertThat(new DeploymentsGrid(deployment -> {}).getContent().getColumns())
                .hasSize(7);
        assertThat(new DeploymentsGrid(null).getContent().getColumns()).hasSize(6);
    }

    @Test
    void theLiveSummarySaysWhichDeploymentIsLiveAndHidesWithoutOne() {
        var summary = new LiveSummary();
        DeploymentInfo live = deployment(DeploymentState.LIVE);

        summary.show(live, 3);

        assertThat(summary.getContent().isVisible()).isTrue();
        assertThat(summary.getContent()
                        .getChildren()
                        .filter(Span.class::isInstance)
                        .map(child -> ((Span) child).getText()))
                .containsExactly("Deployment #3 · build build-7 · commit abc12345 · since " + Formats.dateTime(NOW));

        summary.hide();

        assertThat(summary.getContent().isVisible()).isFalse();
        assertThat(summary.getContent().getChildren()).isEmpty();
    }

    private static DeploymentInfo deployment(DeploymentState state) {
        return new DeploymentInfo(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "abc12345def67890",
                "build-7",
                "studio",
                "https://live.example",
                state,
                null,
                NOW,
                NOW,
                NOW,
                null);
    }
}
