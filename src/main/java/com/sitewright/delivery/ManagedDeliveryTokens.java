package com.sitewright.delivery;

import com.sitewright.base.JobApi;
import com.sitewright.base.Secrets;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Delivery tokens the studio issues to its own preview builds and site servers, never shown to anyone. */
@Service
@JobApi
public class ManagedDeliveryTokens {

    private final DeliveryTokenRepository tokens;
    private final Clock clock;

    ManagedDeliveryTokens(DeliveryTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A token users never see, revoked when its server stops. */
    @Transactional
    public DeliveryTokenService.CreatedDeliveryToken issueManaged(UUID projectId, DeliveryKind kind, String name) {
        String secret = Secrets.newToken(DeliveryTokenService.PREFIX);
        DeliveryToken token = tokens.save(new DeliveryToken(
                projectId,
                kind,
                name,
                Secrets.sha256(secret),
                Secrets.hint(secret, DeliveryTokenService.PREFIX),
                true,
                clock.instant()));
        return new DeliveryTokenService.CreatedDeliveryToken(token.info(), secret);
    }

    /** Revokes a managed token when its server stops. */
    @Transactional
    public void revokeManaged(UUID tokenId) {
        tokens.findById(tokenId).filter(DeliveryToken::isActive).ifPresent(token -> token.revoke(clock.instant()));
    }

    /** At start-up no site server runs yet, so no managed token may still work. */
    @Transactional
    public int revokeAllManaged() {
        return tokens.revokeAllManaged(clock.instant());
    }
}
