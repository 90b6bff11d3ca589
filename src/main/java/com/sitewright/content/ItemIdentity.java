package com.sitewright.content;

import java.util.UUID;

/** What names an item among its type's: its ID, slug and title, without its data. */
public record ItemIdentity(UUID id, String typeKey, String slug, String title) {}
