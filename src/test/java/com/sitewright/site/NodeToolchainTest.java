package com.sitewright.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeToolchainTest {

    @TempDir
    Path dir;

    @Test
    void aMissingNodeIsReportedAsNoVersionRatherThanAnError() {
        assertThat(NodeToolchain.nodeMajorVersion("sitewright-no-such-node")).isEmpty();
    }

    @Test
    void startingASiteThatWasNeverBuiltSaysSo() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{}");
        assertThatThrownBy(
                        () -> new NodeToolchain(dir.resolve("cache")).start(dir, 40000, Map.of(), dir.resolve("log")))
                .isInstanceOf(NodeBuildException.class)
                .hasMessageContaining("no finished build");
    }
}
