package com.sitewright.cms.push;

/**
 * Something a push could not write, and why.
 *
 * @param itemId the studio ID of the item or image, or the key of the type
 * @param kind   {@code type}, {@code asset} or {@code item}
 */
public record PushFailure(String itemId, String kind, String reason) {}
