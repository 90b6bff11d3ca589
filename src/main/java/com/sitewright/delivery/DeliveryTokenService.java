package com.sitewright.delivery;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.Secrets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-project tokens for the delivery API: created and revoked by the project's editors, checked on every read. */
@Service
public class DeliveryTokenService {

    static final String PREFIX = "swd_";

    private final DeliveryTokenRepository tokens;
    private final Clock clock;

    DeliveryTokenService(DeliveryTokenRepository tokens, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
    }

    /** The one moment the secret is visible. */
    public record CreatedDeliveryToken(DeliveryTokenInfo token, String secret) {}

    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public CreatedDeliveryToken create(UUID projectId, @Nullable DeliveryKind kind, @Nullable String name) {
        if (kind == null) {
            throw new InvalidInputException(
                    "Choose the token's kind: preview (sees drafts) or production (published only).");
        }
        String label = name == null || name.isBlank() ? kind.id() + " site" : name.strip();
        if (label.length() > 80) {
            throw new InvalidInputException("A token name is at most 80 characters.");
        }
        String secret = Secrets.newToken(PREFIX);
        DeliveryToken token = tokens.save(new DeliveryToken(
                projectId, kind, label, Secrets.sha256(secret), Secrets.hint(secret, PREFIX), clock.instant()));
        return new CreatedDeliveryToken(token.info(), secret);
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<DeliveryTokenInfo> list(UUID projectId) {
        return tokens.findByProjectIdAndManagedFalseOrderByCreatedAtDesc(projectId).stream()
                .map(DeliveryToken::info)
                .toList();
    }

    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public void revoke(UUID projectId, UUID tokenId) {
        tokens.findById(tokenId)
                .filter(token -> token.getProjectId().equals(projectId))
                .orElseThrow(() -> new NotFoundException("No such delivery token"))
                .revoke(clock.instant());
    }

    /** The project and kind a bearer secret stands for; empty for unknown, revoked or malformed secrets. */
    @Transactional(readOnly = true)
    Optional<DeliveryPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.sha256(secret))
                .filter(DeliveryToken::isActive)
                .map(token -> new DeliveryPrincipal(token.getProjectId(), token.getKind()));
    }
}
