package com.sitewright.release.hosting;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The host name a site's address uses. A preview keeps its visitor signed in with a cookie, and a browser sends
 * that cookie to a framed preview only when the preview and the studio around it are the same site: the same host
 * name (ports do not count). So a site is addressed under the name the studio was reached by, when that name is
 * one of the studio's own (loopback, the machine's name or addresses, the configured public host or extra names)
 * and leads to the sites' listeners; under any other name (a forged Host header, a name the listeners cannot
 * answer) it keeps the configured public host.
 */
final class SiteHosts {

    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,62})(\\.[a-z0-9]([a-z0-9-]{0,62}))*\\.?");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]{2,45}");
    private static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 256;

    private record Decision(boolean accepted, long until) {}

    private final String publicHost;
    private final String bindAddress;
    private final Set<String> extraNames;
    private final Function<String, List<InetAddress>> resolver;
    private final Map<String, Decision> decisions = new ConcurrentHashMap<>();
    private volatile Set<String> machineNames;

    SiteHosts(SitesSettings settings) {
        this(settings.publicHost(), settings.bindAddress(), settings.hostNames(), SiteHosts::resolve);
    }

    SiteHosts(
            String publicHost,
            String bindAddress,
            List<String> extraNames,
            Function<String, List<InetAddress>> resolver) {
        this.publicHost = publicHost;
        this.bindAddress = bindAddress;
        Set<String> names = new HashSet<>();
        for (String name : extraNames == null ? List.<String>of() : extraNames) {
            if (name != null && !name.isBlank()) {
                names.add(normalise(name));
            }
        }
        this.extraNames = Set.copyOf(names);
        this.resolver = resolver;
    }

    /** The host part of a site URL for a request that reached the studio as {@code requested} (a name, no port). */
    String choose(String requested) {
        if (requested == null || requested.isBlank()) {
            return publicHost;
        }
        String name = normalise(requested);
        if (name.equals(normalise(publicHost)) || !wellFormed(name) || !accepted(name)) {
            return publicHost;
        }
        return name.indexOf(':') >= 0 ? "[" + name + "]" : name;
    }

    private boolean ownName(String name) {
        if (name.equals("localhost")
                || extraNames.contains(name)
                || machineNames().contains(name)) {
            return true;
        }
        // An address of this machine's own (loopback, or an interface's) is its own name.
        if (isAddressLiteral(name)) {
            try {
                InetAddress address = InetAddress.getByName(name);
                return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
            } catch (UnknownHostException | SocketException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the name is the studio's own and leads to the sites' listeners, remembered for a while: the gateway
     * asks on every request. Only a few names are ever right, so a flood of made-up ones just empties the memory.
     */
    private boolean accepted(String name) {
        long now = System.nanoTime();
        Decision known = decisions.get(name);
        if (known != null && known.until() - now > 0) {
            return known.accepted();
        }
        boolean accepted = ownName(name) && reachesListeners(name);
        if (decisions.size() >= MAX_REMEMBERED) {
            decisions.clear();
        }
        decisions.put(name, new Decision(accepted, now + REMEMBERED.toNanos()));
        return accepted;
    }

    /** A listener bound to every address answers under any own name; one bound to an address only under names that lead there. */
    private boolean reachesListeners(String name) {
        boolean reaches;
        try {
            InetAddress bind = InetAddress.getByName(bindAddress);
            List<InetAddress> addresses =
                    isAddressLiteral(name) ? List.of(InetAddress.getByName(name)) : resolver.apply(name);
            reaches = bind.isAnyLocalAddress() || addresses.contains(bind);
        } catch (UnknownHostException e) {
            reaches = false;
        }
        return reaches;
    }

    private Set<String> machineNames() {
        Set<String> names = machineNames;
        if (names == null) {
            names = new HashSet<>();
            try {
                InetAddress local = InetAddress.getLocalHost();
                names.add(normalise(local.getHostName()));
                names.add(normalise(local.getCanonicalHostName()));
            } catch (UnknownHostException e) {
                // No name of its own: only loopback, addresses and configured names are recognised.
            }
            machineNames = names = Set.copyOf(names);
        }
        return names;
    }

    private static List<InetAddress> resolve(String name) {
        try {
            return List.of(InetAddress.getAllByName(name));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    private static boolean wellFormed(String name) {
        return name.length() <= 253
                && (HOST_NAME.matcher(name).matches()
                        || (name.indexOf(':') >= 0 && IPV6.matcher(name).matches()));
    }

    private static boolean isAddressLiteral(String name) {
        return name.indexOf(':') >= 0 || name.matches("[0-9.]+");
    }

    private static String normalise(String name) {
        String host = name.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host;
    }
}
