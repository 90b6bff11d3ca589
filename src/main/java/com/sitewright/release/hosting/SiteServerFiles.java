package com.sitewright.release.hosting;

import com.sitewright.base.PrivateFiles;
import com.sitewright.base.StudioSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the site servers leave in the data directory's {@code site-servers}: a log and a pid file per label.
 * The pid files outlive a studio that was killed, so the next one can stop the servers it left behind.
 */
@Component
class SiteServerFiles {

    private static final Logger log = LoggerFactory.getLogger(SiteServerFiles.class);
    private static final int TAIL_LINES = 30;

    private final Path runDir;

    @Autowired
    SiteServerFiles(StudioSettings studioSettings) {
        this(studioSettings.dataDir().toAbsolutePath().normalize().resolve("site-servers"));
    }

    SiteServerFiles(Path runDir) {
        this.runDir = runDir;
    }

    /** The label's log file, emptied for a new server (the directory is created owner-only if missing). */
    Path freshLog(String label) throws IOException {
        PrivateFiles.createDirectories(runDir);
        Path logFile = runDir.resolve(label + ".log");
        Files.writeString(logFile, "");
        return logFile;
    }

    void writePid(String label, long pid, Path buildDir) throws IOException {
        Files.writeString(runDir.resolve(label + ".pid"), pid + "\n" + buildDir + "\n");
    }

    void deletePid(String label) {
        try {
            Files.deleteIfExists(runDir.resolve(label + ".pid"));
        } catch (IOException e) {
            log.debug("Could not delete the pid file of {}", label);
        }
    }

    /**
     * Servers left behind by a studio that was killed still hold ports and memory: stops them and removes every
     * pid file. A pid is only trusted while its process still runs {@code next}, since the system may have given
     * it to another program since.
     */
    void stopOrphans() {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (var files = Files.list(runDir)) {
            for (Path pidFile :
                    files.filter(path -> path.toString().endsWith(".pid")).toList()) {
                pidOf(Files.readAllLines(pidFile))
                        .ifPresent(pid -> ProcessHandle.of(pid)
                                .filter(SiteServerFiles::runsNext)
                                .ifPresent(handle -> {
                                    log.info("Stopping site server {} left from a previous run", handle.pid());
                                    ProcessTree.destroyForcibly(handle);
                                }));
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + runDir, e);
        }
    }

    /** The pid on the first line of a pid file, if that line is one. */
    static OptionalLong pidOf(List<String> pidFileLines) {
        if (pidFileLines.isEmpty() || !pidFileLines.getFirst().strip().matches("\\d+")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(pidFileLines.getFirst().strip()));
    }

    private static boolean runsNext(ProcessHandle handle) {
        return handle.info().commandLine().map(line -> line.contains("next")).orElse(false);
    }

    /** The last lines of a server's log, for saying why it did not start. */
    static List<String> tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}
