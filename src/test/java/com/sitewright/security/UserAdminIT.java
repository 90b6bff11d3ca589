package com.sitewright.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Admins disable people (everything of theirs stops at once) and look after anyone's API tokens. */
@IntegrationTest
class UserAdminIT {

    private static final String PROJECTS = "/api/v1/projects";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ApiCredentials gateway;

    @Test
    void disablingAUserEndsTheirSessionTokensAndPasswordAtOnce() {
        ApiClient admin = admin();
        String name = newUser(admin, "EDITOR");
        String token = newToken(name);
        Visitor browser = Visitor.fresh(port);
        var signedIn = browser.signIn(name, "user-password");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("/login");
        assertThat(browser.page("/").status()).isEqualTo(200);
        Visitor api = Visitor.fresh(port);
        assertThat(api.get(PROJECTS, Visitor.basic(name, "user-password")).status())
                .isEqualTo(200);
        assertThat(api.get(PROJECTS, "Bearer " + token).status()).isEqualTo(200);

        var disabled = admin.patch("/api/v1/users/" + name, "{\"enabled\": false}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(user(admin, name).path("enabled").asBoolean()).isFalse();

        // The open studio session is over: its next request goes to the login page.
        var afterwards = browser.page("/");
        assertThat(afterwards.status()).isEqualTo(302);
        assertThat(afterwards.header("Location")).endsWith("/login");
        assertThat(browser.page("/").status()).as("still signed out").isEqualTo(302);
        assertThat(api.get(PROJECTS, Visitor.basic(name, "user-password")).status())
                .isEqualTo(401);
        assertThat(api.get(PROJECTS, "Bearer " + token).status()).isEqualTo(401);
        InetSocketAddress client = new InetSocketAddress(api.address, 50_000);
        assertThat(gateway.authenticate(Visitor.basic(name, "user-password"), client))
                .isEmpty();
        assertThat(gateway.authenticate("Bearer " + token, client)).isEmpty();
        var again = Visitor.fresh(port).signIn(name, "user-password");
        assertThat(again.header("Location")).endsWith("/login?error");

        var enabled = admin.patch("/api/v1/users/" + name, "{\"enabled\": true}");
        assertThat(enabled.json().path("enabled").asBoolean()).isTrue();
        Visitor later = Visitor.fresh(port);
        assertThat(later.get(PROJECTS, Visitor.basic(name, "user-password")).status())
                .isEqualTo(200);
        assertThat(later.get(PROJECTS, "Bearer " + token).status()).isEqualTo(200);
    }

    @Test
    void anAdminListsAndRevokesAnotherUsersTokens() {
        ApiClient admin = admin();
        String name = newUser(admin, "VIEWER");
        String token = newToken(name);
        assertThat(ApiClient.bearer(port, token).get(PROJECTS).status()).isEqualTo(200);

        var listed = admin.get("/api/v1/users/" + name + "/tokens");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json()).hasSize(1);
        JsonNode row = listed.json().get(0);
        assertThat(row.path("name").asString()).isEqualTo("admin test");
        assertThat(row.path("active").asBoolean()).isTrue();
        assertThat(token).startsWith(row.path("startsWith").asString());
        assertThat(listed.body()).doesNotContain(token).doesNotContain("hash");

        String tokenId = row.path("id").asString();
        assertThat(admin.delete("/api/v1/users/" + name + "/tokens/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(admin.delete("/api/v1/users/admin/tokens/" + tokenId).status())
                .as("not admin's token")
                .isEqualTo(404);
        assertThat(admin.delete("/api/v1/users/" + name + "/tokens/" + tokenId).status())
                .isEqualTo(204);
        // Failures from a loopback address of their own, so they do not count against other tests' address.
        assertThat(Visitor.fresh(port).get(PROJECTS, "Bearer " + token).status())
                .isEqualTo(401);
        JsonNode revoked = admin.get("/api/v1/users/" + name + "/tokens").json().get(0);
        assertThat(revoked.path("active").asBoolean()).isFalse();
        assertThat(revoked.path("revokedAt").isNull()).isFalse();
        assertThat(admin.get("/api/v1/users/nobody-" + UUID.randomUUID() + "/tokens")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAdminsManagePeople() {
        ApiClient admin = admin();
        String editor = newUser(admin, "EDITOR");
        String other = newUser(admin, "EDITOR");
        String token = newToken(other);
        ApiClient asEditor = ApiClient.basic(port, editor, "user-password");
        assertThat(asEditor.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(asEditor.patch("/api/v1/users/" + other, "{\"enabled\": false}")
                        .status())
                .isEqualTo(403);
        assertThat(asEditor.get("/api/v1/users/" + other + "/tokens").status()).isEqualTo(403);
        String tokenId = admin.get("/api/v1/users/" + other + "/tokens")
                .json()
                .get(0)
                .path("id")
                .asString();
        assertThat(asEditor.delete("/api/v1/users/" + other + "/tokens/" + tokenId)
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.bearer(port, token).get(PROJECTS).status()).isEqualTo(200);
        assertThat(user(admin, other).path("enabled").asBoolean()).isTrue();
    }

    @Test
    void anAdminCannotDisableThemselfButAnotherAdminCan() {
        ApiClient admin = admin();
        String second = newUser(admin, "ADMIN");
        ApiClient asSecond = ApiClient.basic(port, second, "user-password");
        var refused = asSecond.patch("/api/v1/users/" + second.toUpperCase(), "{\"enabled\": false}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("own account");
        assertThat(asSecond.get(PROJECTS).status()).isEqualTo(200);

        assertThat(asSecond.patch("/api/v1/users/" + second, "{}").status()).isEqualTo(422);
        assertThat(asSecond.patch("/api/v1/users/nobody-" + UUID.randomUUID(), "{\"enabled\": false}")
                        .status())
                .isEqualTo(404);
        assertThat(admin.patch("/api/v1/users/" + second, "{\"enabled\": false}")
                        .status())
                .isEqualTo(200);
        assertThat(Visitor.fresh(port)
                        .get(PROJECTS, Visitor.basic(second, "user-password"))
                        .status())
                .isEqualTo(401);
    }

    private ApiClient admin() {
        return ApiClient.basic(port, "admin", "admin-test-password");
    }

    private String newUser(ApiClient admin, String role) {
        String name = "person-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/users", Map.of("username", name, "password", "user-password", "role", role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }

    private JsonNode user(ApiClient admin, String name) {
        for (JsonNode user : admin.get("/api/v1/users").json()) {
            if (user.path("username").asString().equals(name)) {
                return user;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    private String newToken(String username) {
        return SignedIn.as(users, username, () -> tokens.create("admin test").secret());
    }
}
