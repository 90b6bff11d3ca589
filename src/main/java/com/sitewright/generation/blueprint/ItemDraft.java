package com.sitewright.generation.blueprint;

import java.util.Map;
import java.util.UUID;

/**
 * One generated content item. {@code data} holds JSON-friendly values only
 * (String, Integer, Long, Double, Boolean, List, Map) keyed by field key.
 */
public record ItemDraft(
        UUID id, String typeKey, String locale, String slug, String title, Map<String, Object> data, String status) {

    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";
}
