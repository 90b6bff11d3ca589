package com.sitewright.api;

import com.sitewright.base.InvalidInputException;
import com.sitewright.security.Role;
import com.sitewright.security.UserService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final UserService users;

    UserApi(UserService users) {
        this.users = users;
    }

    record CreateUser(String username, String password, String role) {
    }

    record UserJson(UUID id, String username, String role, Instant createdAt) {
        static UserJson of(UserService.UserSummary user) {
            return new UserJson(user.id(), user.username(), user.role().name(), user.createdAt());
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
