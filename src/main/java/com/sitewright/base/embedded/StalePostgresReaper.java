package com.sitewright.base.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the studio was killed without a shutdown (kill -9, power loss), its embedded PostgreSQL keeps
 * running and holds the data directory. The next start stops that leftover server first.
 */
final class StalePostgresReaper {

    private static final Logger log = LoggerFactory.getLogger(StalePostgresReaper.class);

    private StalePostgresReaper() {}

    static void stopLeftover(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostgresReaper::isPostgres)
                .ifPresent(process -> {
                    log.warn("Stopping a PostgreSQL server (pid {}) left running by an earlier studio", process.pid());
                    process.destroy();
                    try {
                        process.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        process.destroyForcibly();
                    }
                    waitForPidFileToGo(pidFile);
                });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.contains("postgres"))
                .orElse(false);
    }

    private static void waitForPidFileToGo(Path pidFile) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(pidFile) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
