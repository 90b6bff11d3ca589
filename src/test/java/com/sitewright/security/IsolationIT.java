package com.sitewright.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationIT {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    ApiClient admin;
    ApiClient alice;
    ApiClient bob;
    String alicesProject;
    String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void createUsersAndAProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        for (String name : new String[] {"alice", "bob"}) {
            var created = admin.post(
                    "/api/v1/users",
                    Map.of("username", name + suffix, "password", "password-" + name, "role", "EDITOR"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        alice = ApiClient.basic(port, "alice" + suffix, "password-alice");
        bob = ApiClient.basic(port, "bob" + suffix, "password-bob");
        alicesProject = Projects.createAndAwait(alice, "A hotel website for a seaside inn");
    }

    @Test
    void anotherUsersProjectIsNotFoundEverywhere() {
        String base = "/api/v1/projects/" + alicesProject;
        assertThat(bob.get(base).status()).isEqualTo(404);
        assertThat(bob.get(base + "/content-types").status()).isEqualTo(404);
        assertThat(bob.get(base + "/items").status()).isEqualTo(404);
        String itemId = alice.get(base + "/items?size=1")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        assertThat(bob.get(base + "/items/" + itemId).status()).isEqualTo(404);
        assertThat(bob.delete(base).status()).isEqualTo(404);

        // Exactly like a project that does not exist.
        var missing = bob.get("/api/v1/projects/" + UUID.randomUUID());
        var hidden = bob.get(base);
        assertThat(hidden.status()).isEqualTo(missing.status());
        assertThat(hidden.json().path("detail")).isEqualTo(missing.json().path("detail"));
        assertThat(hidden.json().path("title")).isEqualTo(missing.json().path("title"));

        assertThat(ids(bob.get("/api/v1/projects").json())).doesNotContain(alicesProject);
        assertThat(ids(alice.get("/api/v1/projects").json())).contains(alicesProject);
        assertThat(ids(admin.get("/api/v1/projects").json())).contains(alicesProject);
        assertThat(alice.get(base).status()).isEqualTo(200);
    }

    @Test
    void onlyAdminsCreateUsersAndInputIsChecked() {
        assertThat(alice.post(
                                "/api/v1/users",
                                Map.of("username", "mallory" + suffix, "password", "password-m", "role", "ADMIN"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(
                                "/api/v1/users",
                                Map.of("username", "alice" + suffix, "password", "another-pass", "role", "EDITOR"))
                        .status())
                .isEqualTo(409);
        assertThat(admin.post("/api/v1/users", Map.of("username", "x", "password", "short", "role", "EDITOR"))
                        .status())
                .isEqualTo(422);
        assertThat(admin.post(
                                "/api/v1/users",
                                Map.of("username", "carol" + suffix, "password", "password-c", "role", "OWNER"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void viewersCannotCreateProjects() {
        admin.post("/api/v1/users", Map.of("username", "victor" + suffix, "password", "password-v", "role", "VIEWER"));
        var viewer = ApiClient.basic(port, "victor" + suffix, "password-v");
        assertThat(viewer.post("/api/v1/projects", Map.of("prompt", "A coffee shop"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.get("/api/v1/projects").status()).isEqualTo(200);
    }

    @Test
    void personalTokensWorkUntilRevoked() {
        var alicePrincipal = (StudioPrincipal) users.loadUserByUsername("alice" + suffix);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        alicePrincipal, null, alicePrincipal.getAuthorities()));
        ApiTokenService.CreatedToken created;
        try {
            created = tokens.create("integration test");
        } finally {
            SecurityContextHolder.clearContext();
        }
        var withToken = ApiClient.bearer(port, created.secret());
        assertThat(withToken.get("/api/v1/projects/" + alicesProject).status()).isEqualTo(200);

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        alicePrincipal, null, alicePrincipal.getAuthorities()));
        try {
            tokens.revoke(created.token().id());
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(withToken.get("/api/v1/projects/" + alicesProject).status()).isEqualTo(401);
    }

    private static java.util.List<String> ids(JsonNode projects) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        projects.forEach(project -> ids.add(project.path("id").asString()));
        return ids;
    }
}
