package com.sitewright.chat;

import java.util.UUID;

/** A chat message was added or changed (also while a reply streams in). */
public record ChatUpdate(UUID projectId, ChatEntry entry) {}
