package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Binding real loopback ports: a small range around a port found free. */
class PublicListenersTest {

    private final List<HttpServer> bound = new ArrayList<>();
    private final List<ServerSocket> taken = new ArrayList<>();

    @AfterEach
    void release() throws IOException {
        bound.forEach(server -> server.stop(0));
        for (ServerSocket socket : taken) {
            socket.close();
        }
    }

    @Test
    void aSiteKeepsThePortItHadWithoutAskingWhichAreUsed() throws IOException {
        int port = freePort();
        AtomicBoolean asked = new AtomicBoolean();

        HttpServer server =
                keep(new PublicListeners("127.0.0.1", port, port).bind("preview-a", Optional.of(port), () -> {
                    asked.set(true);
                    return List.of(port);
                }));

        assertThat(server.getAddress().getPort()).isEqualTo(port);
        assertThat(asked).isFalse();
    }

    @Test
    void aSiteWhosePortWasTakenMovesToOneNoOtherSiteWasGiven() throws IOException {
        int port = freePort();
        take(port);
        int free = freePort();
        int first = Math.min(port, free);
        int last = Math.max(port, free);
        List<Integer> used = new ArrayList<>();
        for (int candidate = first; candidate <= last; candidate++) {
            if (candidate != free) {
                used.add(candidate);
            }
        }

        HttpServer server =
                keep(new PublicListeners("127.0.0.1", first, last).bind("preview-a", Optional.of(port), () -> used));

        assertThat(server.getAddress().getPort()).isEqualTo(free);
    }

    @Test
    void aFullRangeSaysWhichSettingToWiden() throws IOException {
        int port = freePort();
        take(port);

        assertThatThrownBy(
                        () -> new PublicListeners("127.0.0.1", port, port).bind("site-x", Optional.empty(), List::of))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sitewright.sites.first-port/last-port");
    }

    private HttpServer keep(HttpServer server) {
        bound.add(server);
        return server;
    }

    private ServerSocket take(int port) throws IOException {
        ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"));
        taken.add(socket);
        return socket;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
