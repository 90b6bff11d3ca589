package com.sitewright.security.web;

import com.sitewright.api.RestApi;
import com.sitewright.base.InvalidInputException;
import com.sitewright.security.ApiTokenInfo;
import com.sitewright.security.ApiTokenService;
import com.sitewright.security.Role;
import com.sitewright.security.UserService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestApi
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final UserService users;
    private final ApiTokenService tokens;

    UserApi(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    record CreateUser(String username, String password, String role) {}

    record UpdateUser(Boolean enabled) {}

    record UserJson(UUID id, String username, String role, boolean enabled, Instant createdAt) {
        static UserJson of(UserService.UserSummary user) {
            return new UserJson(user.id(), user.username(), user.role().name(), user.enabled(), user.createdAt());
        }
    }

    /** A token as its owner's admin sees it: never the secret, only its first characters. */
    record TokenJson(
            UUID id,
            String name,
            String startsWith,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt,
            boolean active) {
        static TokenJson of(ApiTokenInfo token) {
            return new TokenJson(
                    token.id(),
                    token.name(),
                    token.hint(),
                    token.createdAt(),
                    token.lastUsedAt(),
                    token.revokedAt(),
                    token.active());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserJson create(@RequestBody CreateUser request) {
        if (request == null) {
            throw new InvalidInputException("Send {\"username\", \"password\", \"role\"}.");
        }
        return UserJson.of(users.createUser(request.username(), request.password(), role(request.role())));
    }

    @GetMapping
    List<UserJson> list() {
        return users.listUsers().stream().map(UserJson::of).toList();
    }

    /** Admins disable a user (their sessions, tokens and preview access end at once) or enable them again. */
    @PatchMapping("/{username}")
    UserJson update(@PathVariable String username, @RequestBody UpdateUser request) {
        if (request == null || request.enabled() == null) {
            throw new InvalidInputException("Send {\"enabled\": false} to disable the user, or true to enable them.");
        }
        return UserJson.of(users.setEnabled(username, request.enabled()));
    }

    @GetMapping("/{username}/tokens")
    List<TokenJson> tokens(@PathVariable String username) {
        return tokens.tokensOf(username).stream().map(TokenJson::of).toList();
    }

    @DeleteMapping("/{username}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String username, @PathVariable UUID tokenId) {
        tokens.revokeOf(username, tokenId);
    }

    private static Role role(String role) {
        if (role == null || role.isBlank()) {
            return Role.EDITOR;
        }
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role is ADMIN, EDITOR or VIEWER.");
        }
    }
}
