package com.sitewright.release.hosting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A site server is a process tree ({@code next start} runs its own workers): it is stopped and measured as a
 * whole, or children would outlive it holding ports and memory.
 */
final class ProcessTree {

    private ProcessTree() {}

    /** Asks the process and its descendants to stop, and forces them after five seconds. */
    static void destroy(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills a process and its descendants at once: for servers a previous run left behind. */
    static void destroyForcibly(ProcessHandle handle) {
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
    }

    /** Resident memory of the process and its descendants, in bytes; empty where /proc cannot tell. */
    static Optional<Long> residentMemory(Process process) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        long total = 0;
        for (ProcessHandle handle : tree) {
            try {
                total += residentBytes(Files.readAllLines(Path.of("/proc", String.valueOf(handle.pid()), "status")));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(total);
    }

    /** The {@code VmRSS} of a {@code /proc/<pid>/status} file (given in kB), in bytes; 0 for a process without one. */
    static long residentBytes(List<String> statusLines) {
        long total = 0;
        for (String line : statusLines) {
            if (line.startsWith("VmRSS:")) {
                total += Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return total;
    }
}
