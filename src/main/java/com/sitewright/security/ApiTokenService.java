package com.sitewright.security;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created and revoked by their owner (and revoked by admins), checked on every bearer
 * request, where a disabled owner's tokens fail.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "swt_";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final UserService users;

    ApiTokenService(ApiTokenRepository tokens, UserService users, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.users = users;
    }

    /** The one moment the secret is visible: {@code secret} must be shown to the user now or never. */
    public record CreatedToken(ApiTokenInfo token, String secret) {}

    @PreAuthorize("hasAnyRole('ADMIN','EDITOR','VIEWER')")
    @Transactional
    public CreatedToken create(String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 80) {
            throw new InvalidInputException("Give the token a name of 1 to 80 characters, e.g. \"CI pipeline\".");
        }
        String secret = Secrets.newToken(PREFIX);
        ApiToken token = tokens.save(new ApiToken(
                CurrentUser.require().id(),
                label,
                Secrets.sha256(secret),
                Secrets.hint(secret, PREFIX),
                clock.instant()));
        return new CreatedToken(token.info(), secret);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenInfo> myTokens() {
        return tokens.findByUserIdOrderByCreatedAtDesc(CurrentUser.require().id()).stream()
                .map(ApiToken::info)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(UUID tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(found -> found.getUserId().equals(CurrentUser.require().id()))
                .orElseThrow(() -> new NotFoundException("No such token"));
        token.revoke(clock.instant());
    }

    /** Any user's tokens, for an admin who looks after the people who sign in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiTokenInfo> tokensOf(String username) {
        return tokens.findByUserIdOrderByCreatedAtDesc(users.idOf(username)).stream()
                .map(ApiToken::info)
                .toList();
    }

    /** An admin revokes one of a user's tokens; it stops working on its next use. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revokeOf(String username, UUID tokenId) {
        UUID owner = users.idOf(username);
        tokens.findById(tokenId)
                .filter(found -> found.getUserId().equals(owner))
                .orElseThrow(() -> new NotFoundException("'" + username + "' has no such token."))
                .revoke(clock.instant());
    }

    /** Resolves a bearer secret to its owner; empty for unknown, revoked or malformed tokens. */
    @Transactional
    Optional<StudioPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.sha256(secret))
                .filter(ApiToken::isActive)
                .map(token -> {
                    Instant now = clock.instant();
                    if (token.getLastUsedAt() == null
                            || token.getLastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
                        token.markUsed(now);
                    }
                    return users.principal(token.getUserId());
                })
                .filter(StudioPrincipal::enabled);
    }
}
