package com.sitewright.release.hosting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Waits for a starting site server to answer HTTP. Any answer will do: the probe is a GET of the revalidate
 * route, which only takes POST, so it changes nothing and renders no page.
 */
@Component
class SiteProbe {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Duration startTimeout;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    SiteProbe(SitesSettings settings) {
        this.startTimeout = settings.startTimeout();
    }

    /**
     * Returns once the server on {@code port} answers. Throws if its process exits first, or if it does not
     * answer within the start timeout (the process is then stopped); either way with the end of its log.
     */
    void awaitAnswer(Process process, int port, Path logFile) {
        long deadline = System.nanoTime() + startTimeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/revalidate"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new SiteStartException(
                        "The site server exited with code " + process.exitValue() + " while starting",
                        SiteServerFiles.tail(logFile));
            }
            try {
                http.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ProcessTree.destroy(process);
        throw new SiteStartException(
                "The site server did not answer within " + SitesSettings.inWords(startTimeout),
                SiteServerFiles.tail(logFile));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
