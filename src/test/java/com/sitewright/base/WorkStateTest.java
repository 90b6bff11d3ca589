package com.sitewright.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.cms.push.PushState;
import com.sitewright.content.bulk.BulkState;
import com.sitewright.generation.RunState;
import com.sitewright.release.deploy.DeploymentState;
import com.sitewright.release.preview.PreviewState;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WorkStateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theApiNamesEveryStateByItsId() {
        Map<WorkState, String> ids = Map.of(
                RunState.SUCCEEDED, "\"succeeded\"",
                BulkState.DONE, "\"done\"",
                PushState.RUNNING, "\"running\"",
                PreviewState.READY, "\"ready\"",
                DeploymentState.ROLLED_BACK, "\"rolledBack\"");
        ids.forEach((state, json) -> {
            assertThat(JSON.writeValueAsString(state)).isEqualTo(json);
            assertThat("\"" + state.id() + "\"").isEqualTo(json);
        });
    }

    @Test
    void workIsFinishedOnceNothingMoreHappensToItUnasked() {
        assertThat(RunState.STOPPED.isFinished()).isTrue();
        assertThat(RunState.RUNNING.isFinished()).isFalse();
        assertThat(BulkState.FAILED.isFinished()).isTrue();
        assertThat(PushState.QUEUED.isFinished()).isFalse();
        assertThat(PreviewState.STOPPED.isFinished()).isTrue();
        assertThat(PreviewState.BUILDING.isFinished()).isFalse();
        assertThat(DeploymentState.LIVE.isFinished()).isTrue();
        assertThat(DeploymentState.DEPLOYING.isFinished()).isFalse();
    }
}
