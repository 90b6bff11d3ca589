package com.sitewright.cms.webhook;

import java.util.function.Function;

/**
 * A vendor's call to a project's webhook, as received: what the signatures cover.
 *
 * @param method      the HTTP method
 * @param path        the path and query as received (Contentful signs them)
 * @param urlSecret   the {@code secret} query parameter (Optimizely Graph), null when absent
 * @param header      a request header by name, null when absent
 * @param body        the raw body as UTF-8 text
 */
public record WebhookCall(String method, String path, String urlSecret, Function<String, String> header, String body) {

    @Override
    public String toString() {
        return "WebhookCall[" + method + "]";
    }
}
