package com.sitewright.security;

import java.util.UUID;

/** Published when an admin disables a user, once the change is committed: whatever that user had open ends. */
public record UserDisabled(UUID userId, String username) {}
