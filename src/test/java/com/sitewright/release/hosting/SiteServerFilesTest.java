package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerFilesTest {

    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        started.forEach(process -> ProcessTree.destroyForcibly(process.toHandle()));
    }

    @Test
    void aPidFileNamesItsProcessOnItsFirstLine() {
        assertThat(SiteServerFiles.pidOf(List.of("4242", "/data/builds/b1"))).isEqualTo(OptionalLong.of(4242));
        assertThat(SiteServerFiles.pidOf(List.of(" 17 \t"))).isEqualTo(OptionalLong.of(17));
        assertThat(SiteServerFiles.pidOf(List.of())).isEmpty();
        assertThat(SiteServerFiles.pidOf(List.of(""))).isEmpty();
        assertThat(SiteServerFiles.pidOf(List.of("-1"))).isEmpty();
        assertThat(SiteServerFiles.pidOf(List.of("12ab", "34"))).isEmpty();
    }

    @Test
    void aServersPidFileIsWrittenAndRemoved() throws IOException {
        Path runDir = dataDir.resolve("site-servers");
        SiteServerFiles files = new SiteServerFiles(runDir);
        files.freshLog("preview-a");

        files.writePid("preview-a", 4242, Path.of("/data/builds/b1"));
        assertThat(Files.readAllLines(runDir.resolve("preview-a.pid"))).containsExactly("4242", "/data/builds/b1");

        files.deletePid("preview-a");
        files.deletePid("preview-never-started");
        assertThat(runDir.resolve("preview-a.pid")).doesNotExist();
    }

    @Test
    void aNewServerStartsWithAnEmptyLogWhoseTailSaysWhyItFailed() throws IOException {
        SiteServerFiles files = new SiteServerFiles(dataDir.resolve("site-servers"));
        Path log = files.freshLog("site-x");
        Files.write(log, IntStream.rangeClosed(1, 40).mapToObj(i -> "line " + i).toList());

        assertThat(SiteServerFiles.tail(log)).hasSize(30).startsWith("line 11").endsWith("line 40");
        assertThat(Files.readString(files.freshLog("site-x"))).isEmpty();
        assertThat(SiteServerFiles.tail(dataDir.resolve("missing.log"))).isEmpty();
    }

    @Test
    void serversLeftByAPreviousRunAreStoppedButOtherProgramsWithTheirPidsAreNot() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc to read command lines from");
        Path runDir = Files.createDirectories(dataDir.resolve("site-servers"));
        // A shell whose command line mentions next, like the server a killed studio left, with a child of its own.
        Process orphan = start("sh", "-c", "sleep 300; :", "next-start");
        Process stranger = start("sleep", "300");
        Files.writeString(runDir.resolve("preview-a.pid"), orphan.pid() + "\n/data/builds/b1\n");
        Files.writeString(runDir.resolve("site-x.pid"), stranger.pid() + "\n/data/builds/b2\n");
        Files.writeString(runDir.resolve("preview-b.pid"), "not a pid\n");
        Files.writeString(runDir.resolve("preview-a.log"), "kept\n");
        awaitChild(orphan);
        List<ProcessHandle> orphanChildren = orphan.descendants().toList();

        new SiteServerFiles(runDir).stopOrphans();

        assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(orphanChildren).isNotEmpty();
        for (ProcessHandle child : orphanChildren) {
            child.onExit().get(5, TimeUnit.SECONDS);
        }
        assertThat(stranger.isAlive()).isTrue();
        try (var left = Files.list(runDir)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("preview-a.log");
        }
    }

    @Test
    void aFirstRunHasNothingToStop() {
        new SiteServerFiles(dataDir.resolve("site-servers")).stopOrphans();

        assertThat(dataDir.resolve("site-servers")).doesNotExist();
    }

    private Process start(String... command) throws IOException {
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }

    private static void awaitChild(Process process) throws InterruptedException {
        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> process.descendants().findAny().isPresent());
    }
}
