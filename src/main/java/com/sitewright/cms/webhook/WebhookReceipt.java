package com.sitewright.cms.webhook;

import java.util.List;
import java.util.UUID;

/**
 * What a webhook call did: the studio items whose pages are refreshed, or everything; {@code ignored} says why
 * an authentic call changed nothing (an event the sites do not show).
 */
public record WebhookReceipt(List<UUID> items, boolean everything, boolean published, String ignored) {

    static WebhookReceipt ignored(String why) {
        return new WebhookReceipt(List.of(), false, false, why);
    }
}
