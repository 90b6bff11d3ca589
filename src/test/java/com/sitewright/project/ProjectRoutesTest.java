package com.sitewright.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectRoutesTest {

    private static final UUID PROJECT = UUID.fromString("3f2a6c1e-0d4b-4c8e-9a51-6b7e2f9d0c11");

    @Test
    void pagesLiveUnderTheProjectAndTheChatUnderChat() {
        assertThat(ProjectRoutes.link(PROJECT, ProjectPage.CONTENT)).isEqualTo("projects/" + PROJECT + "/content");
        assertThat(ProjectRoutes.link(PROJECT, ProjectPage.DEPLOYMENTS))
                .isEqualTo("projects/" + PROJECT + "/deployments");
        assertThat(ProjectRoutes.of(PROJECT, ProjectPage.MODEL).getPath()).isEqualTo("projects/" + PROJECT + "/model");
        assertThat(ProjectRoutes.link(PROJECT, ProjectPage.CHAT)).isEqualTo("chat/" + PROJECT);
    }

    @Test
    void queryParametersFollowThePath() {
        assertThat(ProjectRoutes.link(ProjectRoutes.contentOfType(PROJECT, "menuItem")))
                .isEqualTo("projects/" + PROJECT + "/content?type=menuItem");
        UUID item = UUID.fromString("9b1d4e7a-2c3f-4a5b-8d6e-1f2a3b4c5d6e");
        assertThat(ProjectRoutes.link(ProjectRoutes.previewOfItem(PROJECT, item)))
                .isEqualTo("projects/" + PROJECT + "/preview?item=" + item);
    }

    @Test
    void eachPageHasItsOwnSegment() {
        assertThat(Arrays.stream(ProjectPage.values()).map(ProjectPage::segment))
                .doesNotHaveDuplicates()
                .allMatch(segment -> segment.matches("[a-z]+"));
    }
}
