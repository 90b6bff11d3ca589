package com.sitewright.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The studio run as a separate process with this JVM's class path, for tests that kill it or set its environment. */
public final class StudioProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private StudioProcess() {
    }

    /** Waits until the studio's API answers. */
    public static void awaitUp(Process studio, ApiClient api) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(studio.isAlive()).as("the studio process exited early").isTrue();
            try {
                if (api.get("/api/v1/projects").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The studio did not start within " + START_TIMEOUT.toSeconds() + " s");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
