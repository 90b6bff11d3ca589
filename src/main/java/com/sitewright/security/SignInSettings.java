package com.sitewright.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong sign-ins are tolerated before signing in pauses, for the studio's login page, the API and
 * the preview gateway alike.
 *
 * @param failuresPerUser    failed attempts for one user name within {@code window}, then that name is paused
 * @param failuresPerAddress failed attempts from one client address within {@code window} (across names and tokens)
 * @param window             how long failures are remembered, counted from the first; also the longest pause
 * @param trackedKeys        most user names and addresses remembered at once (a flood of new ones evicts old ones)
 */
@ConfigurationProperties("sitewright.sign-in")
public record SignInSettings(
        @DefaultValue("5") int failuresPerUser,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("100000") long trackedKeys) {}
