package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

    private Process process;

    @AfterEach
    void stopProcess() {
        if (process != null) {
            ProcessTree.destroyForcibly(process.toHandle());
        }
    }

    @Test
    void residentMemoryIsReadFromTheStatusFilesVmRssInKilobytes() {
        assertThat(ProcessTree.residentBytes(List.of("Name:\tnode", "VmPeak:\t 900000 kB", "VmRSS:\t  123456 kB")))
                .isEqualTo(123456L * 1024);
        assertThat(ProcessTree.residentBytes(List.of("Name:\tkthreadd", "State:\tS (sleeping)")))
                .as("a kernel thread has no VmRSS line")
                .isZero();
        assertThatThrownBy(() -> ProcessTree.residentBytes(List.of("VmRSS:")))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aRunningTreesMemoryIsTheSumOfItsProcesses() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc to read memory from");
        process = startTree();

        long parent = ProcessTree.residentBytes(Files.readAllLines(Path.of("/proc", process.pid() + "", "status")));
        assertThat(ProcessTree.residentMemory(process))
                .hasValueSatisfying(bytes -> assertThat(bytes).isGreaterThan(parent));
    }

    @Test
    void destroyingATreeStopsTheChildrenToo() throws Exception {
        process = startTree();
        List<ProcessHandle> children = process.descendants().toList();

        ProcessTree.destroy(process);

        assertThat(process.isAlive()).isFalse();
        assertThat(children).isNotEmpty();
        for (ProcessHandle child : children) {
            child.onExit().get(5, TimeUnit.SECONDS);
        }
    }

    /** A shell with a child of its own, as {@code next start} has its workers. */
    private static Process startTree() throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 300; :").start();
        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> shell.descendants().findAny().isPresent());
        return shell;
    }
}
