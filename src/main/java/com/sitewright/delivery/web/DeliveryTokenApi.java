package com.sitewright.delivery.web;

import com.sitewright.api.RestApi;
import com.sitewright.base.InvalidInputException;
import com.sitewright.delivery.DeliveryKind;
import com.sitewright.delivery.DeliveryTokenInfo;
import com.sitewright.delivery.DeliveryTokenService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's delivery tokens, which generated sites send to the delivery API. */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{projectId}/delivery-tokens")
class DeliveryTokenApi {

    private final DeliveryTokenService tokens;

    DeliveryTokenApi(DeliveryTokenService tokens) {
        this.tokens = tokens;
    }

    record CreateToken(String kind, String name) {}

    record TokenJson(
            UUID id,
            String kind,
            String name,
            String startsWith,
            Instant createdAt,
            @Nullable Instant revokedAt,
            @Nullable String token) {
        static TokenJson of(DeliveryTokenInfo token, @Nullable String secret) {
            return new TokenJson(
                    token.id(),
                    token.kind().id(),
                    token.name(),
                    token.hint(),
                    token.createdAt(),
                    token.revokedAt(),
                    secret);
        }
    }

    @PostMapping
    ResponseEntity<TokenJson> create(@PathVariable UUID projectId, @RequestBody CreateToken request) {
        DeliveryKind kind;
        try {
            kind = request == null || request.kind() == null ? null : DeliveryKind.of(request.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind is 'preview' or 'production'.");
        }
        var created = tokens.create(projectId, kind, request == null ? null : request.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(TokenJson.of(created.token(), created.secret()));
    }

    @GetMapping
    List<TokenJson> list(@PathVariable UUID projectId) {
        return tokens.list(projectId).stream()
                .map(token -> TokenJson.of(token, null))
                .toList();
    }

    @DeleteMapping("/{tokenId}")
    ResponseEntity<Void> revoke(@PathVariable UUID projectId, @PathVariable UUID tokenId) {
        tokens.revoke(projectId, tokenId);
        return ResponseEntity.noContent().build();
    }
}
