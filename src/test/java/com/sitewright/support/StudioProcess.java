package com.sitewright.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The studio run as a separate process with this JVM's class path, for tests that kill it or set its environment. */
public final class StudioProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private StudioProcess() {}

    /** Waits until the studio's API answers. */
    public static void awaitUp(Process studio, ApiClient api) throws InterruptedException {
        await("the studio starting")
                .atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(studio.isAlive())
                            .as("the studio process exited early")
                            .isTrue();
                    try {
                        return api.get("/api/v1/projects").status() == 200;
                    } catch (IllegalStateException notYet) {
                        // Not listening yet.
                        return false;
                    }
                });
    }

    /**
     * The command that starts the studio on the embedded parts with this JVM's class path, on that port and data
     * directory, with the given arguments added.
     */
    public static List<String> command(Path dataDir, int port, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Dsitewright.test.database=embedded",
                "-cp",
                System.getProperty("java.class.path"),
                "com.sitewright.Application",
                "--server.port=" + port,
                "--sitewright.data-dir=" + dataDir.toAbsolutePath(),
                "--vaadin.frontend.hotdeploy=false",
                // As in the tests' own studio: whole-project runs leave images out (ImageGenerationIT draws them).
                "--sitewright.images.generate=false"));
        command.addAll(List.of(arguments));
        return command;
    }

    /** The last lines of a studio's log, for a failure that happened inside the studio. */
    public static String logTail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(its log could not be read: " + e.getMessage() + ")";
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
