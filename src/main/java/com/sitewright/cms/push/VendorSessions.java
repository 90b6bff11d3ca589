package com.sitewright.cms.push;

import com.sitewright.cms.connection.CmsConnections;
import com.sitewright.cms.connection.OpenConnection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Opens a project's CMS connection (its secrets unsealed) and paced vendor sessions on it. */
@Component
class VendorSessions {

    /** The project's open connection, the vendor that serves it, and where in the CMS its writes go. */
    record Connected(CmsVendor vendor, OpenConnection connection, String target) {}

    private final CmsConnections connections;
    private final VendorClients clients;
    private final Map<String, CmsVendor> vendors;

    VendorSessions(CmsConnections connections, VendorClients clients, List<CmsVendor> vendors) {
        this.connections = connections;
        this.clients = clients;
        this.vendors = vendors.stream()
                .collect(Collectors.toMap(vendor -> vendor.provider().id(), Function.identity()));
    }

    /** The project's connection, when it still points at the provider the push was started for. */
    Connected connect(UUID projectId, String provider) {
        OpenConnection connection = connections
                .open(projectId)
                .orElseThrow(() -> VendorCallException.fatal(
                        0, "The project has no CMS connection any more: connect it again and push."));
        if (!connection.provider().id().equals(provider)) {
            throw VendorCallException.fatal(
                    0,
                    "The project's connection now points at "
                            + connection.provider().id() + ", not " + provider + ": start a new push.");
        }
        CmsVendor vendor = vendors.get(provider);
        return new Connected(vendor, connection, vendor.target(connection));
    }

    /** A session on the connection whose requests are paced and counted in {@code requests}. */
    VendorSession open(Connected connected, AtomicInteger requests) {
        return connected.vendor().open(connected.connection(), clients.http(connected.connection(), requests));
    }
}
