package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SiteHostsTest {

    private static final Map<String, String> DNS = Map.of(
            "studio.lan", "127.0.0.1",
            "far.lan", "10.0.0.5",
            "evil.example", "127.0.0.1",
            "localhost", "127.0.0.1");

    private static final Function<String, List<InetAddress>> RESOLVER = name -> {
        try {
            return DNS.containsKey(name) ? List.of(InetAddress.getByName(DNS.get(name))) : List.of();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    };

    private static SiteHosts hosts(String bindAddress) {
        return new SiteHosts("localhost", bindAddress, List.of("Studio.LAN", "far.lan", " "), RESOLVER);
    }

    @Test
    void theStudiosOwnLoopbackNamesAreKept() {
        SiteHosts hosts = hosts("127.0.0.1");
        assertThat(hosts.choose("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(hosts.choose("LOCALHOST")).isEqualTo("localhost");
        assertThat(hosts.choose("studio.lan")).isEqualTo("studio.lan");
    }

    @Test
    void withoutARequestNameTheConfiguredHostIsUsed() {
        SiteHosts hosts = hosts("127.0.0.1");
        assertThat(hosts.choose(null)).isEqualTo("localhost");
        assertThat(hosts.choose("  ")).isEqualTo("localhost");
    }

    @Test
    void aNameTheStudioDoesNotKnowAsItsOwnGetsTheConfiguredHost() {
        SiteHosts hosts = hosts("0.0.0.0");
        // Even when it leads to this machine: a forged Host header must not choose where tickets are sent.
        assertThat(hosts.choose("evil.example")).isEqualTo("localhost");
        assertThat(hosts.choose("203.0.113.9")).isEqualTo("localhost");
        assertThat(hosts.choose("bad name")).isEqualTo("localhost");
        assertThat(hosts.choose("a/b")).isEqualTo("localhost");
        assertThat(hosts.choose("x".repeat(300))).isEqualTo("localhost");
    }

    @Test
    void aNameIsKeptOnlyWhenTheSitesListenersAnswerToIt() {
        assertThat(hosts("127.0.0.1").choose("far.lan")).isEqualTo("localhost");
        assertThat(hosts("0.0.0.0").choose("far.lan")).isEqualTo("far.lan");
        assertThat(hosts("127.0.0.1").choose("::1")).isEqualTo("localhost");
    }

    @Test
    void anIpv6LoopbackIsBracketedInTheAddress() {
        assertThat(hosts("::").choose("[::1]")).isEqualTo("[::1]");
        assertThat(hosts("::").choose("::1")).isEqualTo("[::1]");
    }
}
