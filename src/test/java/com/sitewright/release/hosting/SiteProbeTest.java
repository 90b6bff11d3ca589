package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe against a real listener and real processes standing in for {@code next start}. */
class SiteProbeTest {

    @TempDir
    Path dir;

    private Process process;
    private HttpServer site;

    @AfterEach
    void stop() {
        if (process != null) {
            ProcessTree.destroyForcibly(process.toHandle());
        }
        if (site != null) {
            site.stop(0);
        }
    }

    @Test
    void anyAnswerMeansTheServerIsUp() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
        });
        site.start();
        process = new ProcessBuilder("sleep", "300").start();

        probe(Duration.ofSeconds(10)).awaitAnswer(process, site.getAddress().getPort(), log("ready"));

        assertThat(process.isAlive()).isTrue();
    }

    @Test
    void aServerThatExitsWhileStartingFailsWithItsExitCodeAndLog() throws Exception {
        process = new ProcessBuilder("sh", "-c", "exit 3").start();
        process.waitFor();

        assertThatThrownBy(() -> probe(Duration.ofSeconds(10)).awaitAnswer(process, unusedPort(), log("EADDRINUSE")))
                .isInstanceOfSatisfying(SiteStartException.class, e -> {
                    assertThat(e).hasMessage("The site server exited with code 3 while starting");
                    assertThat(e.lastLines()).containsExactly("EADDRINUSE");
                });
    }

    @Test
    void aServerThatNeverAnswersIsStoppedWhenTheStartTimeoutEnds() throws Exception {
        process = new ProcessBuilder("sleep", "300").start();

        assertThatThrownBy(() -> probe(Duration.ofMillis(500)).awaitAnswer(process, unusedPort(), log("compiling")))
                .isInstanceOfSatisfying(SiteStartException.class, e -> {
                    assertThat(e).hasMessage("The site server did not answer within 0 s");
                    assertThat(e.lastLines()).containsExactly("compiling");
                });
        assertThat(process.isAlive()).isFalse();
    }

    private static SiteProbe probe(Duration startTimeout) {
        return new SiteProbe(new SitesSettings(
                "localhost", "127.0.0.1", 47100, 47999, Duration.ofMinutes(30), 3, startTimeout, List.of()));
    }

    private Path log(String line) throws IOException {
        return Files.writeString(dir.resolve("site.log"), line + "\n");
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
