package com.sitewright.cms.connection;

import java.util.Map;

/**
 * The connection with its secrets opened, for the studio's own calls to the vendor (pushes, site builds).
 * Its {@code toString} names only the provider, so a log line cannot carry a secret.
 */
public record OpenConnection(CmsProvider provider, Map<String, String> settings, Map<String, String> secrets) {

    /** A plain setting or, failing that, a secret; null when neither is set. */
    public String value(String name) {
        String plain = settings.get(name);
        return plain != null ? plain : secrets.get(name);
    }

    @Override
    public String toString() {
        return "OpenConnection[" + provider.id() + "]";
    }
}
