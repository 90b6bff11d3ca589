package com.sitewright.content;

import java.util.Map;
import java.util.UUID;

/** An item to store, with an ID chosen by the caller so that writing it twice is harmless. */
public record NewContentItem(
        UUID id,
        String typeKey,
        String locale,
        String slug,
        String title,
        Map<String, Object> data,
        ItemStatus status) {}
