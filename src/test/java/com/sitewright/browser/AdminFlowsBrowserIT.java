package com.sitewright.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sitewright.security.ApiCredentials;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Users, API tokens and project deletion, done through the studio's screens. */
@IntegrationTest
class AdminFlowsBrowserIT extends BrowserTest {

    @Autowired
    ApiCredentials credentials;

    @Test
    void adminCreatesAUserWhoCanSignIn() {
        String username = "editor" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/users"));
        page.getByLabel("Username").fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill("editor-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user"))
                .click();
        assertThat(page.locator("vaadin-grid")).containsText(username);
        browser.shot("users");

        // A too-short password is refused with a sentence, not a stack trace.
        page.getByLabel("Username").fill(username + "x");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user"))
                .click();
        assertThat(page.locator("vaadin-notification-card[theme~=error]")).containsText("8 to 200 characters");

        page = browser.newPage();
        browser.signIn(username, "editor-password");
        assertThat(page.locator("h1")).hasText("Projects");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")))
                .hasCount(0);
        page.navigate(browser.url("/users"));
        assertThat(page.locator("h1")).not().hasText("Users");
    }

    @Test
    void adminDisablesAPersonWhoseOpenStudioAndTokensStopAtOnce() {
        String name = newPerson("member", "EDITOR");

        // The person signs in, in a browser of their own, and makes a token.
        try (var theirs = page.context()
                .browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page person = theirs.newPage();
            person.navigate(browser.url("/login"));
            person.locator("vaadin-login-form input[name='username']").fill(name);
            person.locator("vaadin-login-form input[name='password']").fill("member-password");
            person.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            person.locator("vaadin-app-layout").waitFor();
            person.navigate(browser.url("/tokens"));
            person.getByLabel("Token name").fill("laptop");
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                    .click();
            String token =
                    person.locator("vaadin-text-field.token-secret input").inputValue();
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                    .click();
            assertThat(ApiClient.bearer(port, token).get("/api/v1/projects").status())
                    .isEqualTo(200);

            // The admin sees the token and revokes it.
            browser.signIn("admin", "admin-test-password");
            page.navigate(browser.url("/users"));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable admin")))
                    .isDisabled();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("API tokens of " + name))
                    .click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText("laptop");
            page.waitForFunction("() => document.getAnimations().length === 0");
            browser.shot("user-tokens");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke laptop"))
                    .click();
            assertThat(dialog).containsText("revoked");
            assertThat(ApiClient.bearer(port, token).get("/api/v1/projects").status())
                    .isEqualTo(401);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                    .click();

            // The admin disables the person: their open studio goes to the login page without a click.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + name))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("signed out of the studio at once");
            page.waitForFunction("() => document.getAnimations().length === 0");
            browser.shot("user-disable-confirm");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Disable").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable " + name)))
                    .isVisible();
            browser.shot("user-disabled");
            person.waitForURL(address -> address.contains("/login"));
            assertThat(person.locator("vaadin-login-form")).isVisible();
            person.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target", "screenshots", "disabled-user-signed-out.png")));
            person.navigate(browser.url("/tokens"));
            assertThat(person.locator("vaadin-login-form")).isVisible();
            assertThat(ApiClient.basic(port, name, "member-password")
                            .get("/api/v1/projects")
                            .status())
                    .isEqualTo(401);

            // Enabled again, they can sign in.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable " + name))
                    .click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + name)))
                    .isVisible();
            assertThat(ApiClient.basic(port, name, "member-password")
                            .get("/api/v1/projects")
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aPausedSignInSaysHowLongToWait() {
        String name = newPerson("guessed", "VIEWER");
        // Someone elsewhere guesses the password five times (through the preview gateway's check).
        var elsewhere = new java.net.InetSocketAddress("127.0.99.1", 40_000);
        for (int i = 0; i < 5; i++) {
            assertThat(credentials.authenticate(basic(name, "guess-" + i), elsewhere))
                    .isEmpty();
        }

        page.navigate(browser.url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill(name);
        page.locator("vaadin-login-form input[name='password']").fill("member-password");
        var answer = page.waitForResponse(
                response -> response.url().endsWith("/login")
                        && "POST".equals(response.request().method()),
                () -> page.locator("vaadin-login-form vaadin-button[slot='submit']")
                        .click());
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.headerValue("retry-after")).isNotBlank();
        assertThat(page.locator("h1")).hasText("Too many sign-in attempts");
        assertThat(page.locator("main")).containsText("Try again in");
        browser.shot("sign-in-paused");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to sign in"))
                .click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    /** A new user with the password {@code member-password}, created by the admin through the API. */
    private String newPerson(String prefix, String role) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 6);
        assertThat(ApiClient.basic(port, "admin", "admin-test-password")
                        .post(
                                "/api/v1/users",
                                java.util.Map.of("username", name, "password", "member-password", "role", role))
                        .status())
                .isEqualTo(201);
        return name;
    }

    private static String basic(String username, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void tokenIsShownOnceWorksAndCanBeRevoked() {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/tokens"));
        page.getByLabel("Token name").fill("browser test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        Locator secret = page.locator("vaadin-text-field.token-secret input");
        secret.waitFor();
        String token = secret.inputValue();
        assertThat(token).startsWith("swt_");
        browser.shot("token-created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();

        var api = ApiClient.bearer(port, token);
        assertThat(api.get("/api/v1/projects").status()).isEqualTo(200);

        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("browser test"));
        assertThat(row.first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke"))
                .first()
                .click();
        assertThat(page.locator("vaadin-grid")).containsText("revoked");
        assertThat(api.get("/api/v1/projects").status()).isEqualTo(401);
        browser.shot("token-revoked");
    }

    @Test
    void deliveryTokenIsCreatedFromTheProjectAndReadsItsContent() {
        var admin = ApiClient.basic(port, "admin", "admin-test-password");
        String id = Projects.createAndAwait(admin, "A boutique hotel website");

        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + id + "/content"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Delivery"))
                .click();
        assertThat(page.locator("h1")).hasText("Delivery API");
        assertThat(page.locator(".code-block").first()).containsText("/delivery/v1/" + id);
        page.getByLabel("Name").fill("Production site");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        Locator secret = page.locator("vaadin-text-field.token-secret input");
        secret.waitFor();
        String token = secret.inputValue();
        assertThat(token).startsWith("swd_");
        browser.shot("delivery-token-created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();

        var site = ApiClient.bearer(port, token);
        assertThat(site.get("/delivery/v1/" + id + "/items?type=room&size=1")
                        .json()
                        .path("total")
                        .asLong())
                .isPositive();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Production site"))
                .click();
        assertThat(page.locator("vaadin-grid")).containsText("revoked");
        assertThat(site.get("/delivery/v1/" + id + "/items").status()).isEqualTo(401);
        browser.shot("delivery-token-revoked");
    }

    @Test
    void dashboardFollowsAGeneratingProjectWithoutReload() {
        var admin = ApiClient.basic(port, "admin", "admin-test-password");
        var created = admin.post(
                "/api/v1/projects",
                java.util.Map.of(
                        "prompt",
                        "A camping gear shop with 10,000 products",
                        "name",
                        "Dashboard follow " + UUID.randomUUID()));
        String name = created.json().path("name").asString();
        String id = created.json().path("id").asString();

        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects"));
        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name));
        assertThat(row.first()).isVisible();
        Locator status = page.locator("vaadin-grid-cell-content .status-badge[data-status='generating']");
        assertThat(status.first()).isVisible();
        browser.shot("projects-generating");
        assertThat(page.locator("vaadin-grid-cell-content .status-badge[data-status='generating']"))
                .hasCount(
                        0,
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                                .setTimeout(120_000));
        int items =
                admin.get("/api/v1/projects/" + id).json().path("contentItems").asInt();
        assertThat(items).isGreaterThan(10_000);
        String shown = String.format(java.util.Locale.ENGLISH, "%,d", items);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(shown))
                        .first())
                .isVisible();
    }

    @Test
    void generatedSourceIsListedAndDownloads() throws Exception {
        var admin = ApiClient.basic(port, "admin", "admin-test-password");
        String id = Projects.createAndAwait(admin, "A law firm website");

        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + id + "/content"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Source"))
                .click();
        assertThat(page.locator("h1")).hasText("Source");
        // The source job runs right after generation; the page shows it as soon as it is committed.
        assertThat(page.locator(
                                "vaadin-grid.commits-grid vaadin-grid-cell-content",
                                new Page.LocatorOptions().setHasText("Generate site from the content model"))
                        .first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(60_000));
        browser.shot("source");

        var download =
                page.waitForDownload(() -> page.locator("a.download-source").click());
        assertThat(download.suggestedFilename()).endsWith(".zip");
        java.nio.file.Path zip = download.path();
        java.util.Set<String> names = new java.util.HashSet<>();
        try (var in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names)
                .anyMatch(name -> name.endsWith("/package.json"))
                .anyMatch(name -> name.endsWith("/app/page.tsx"));
    }

    @Test
    void projectIsDeletedAfterConfirmation() {
        var admin = ApiClient.basic(port, "admin", "admin-test-password");
        String id = Projects.createAndAwait(admin, "A yoga studio website called Still Water Yoga");
        String name = admin.get("/api/v1/projects/" + id).json().path("name").asString();

        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects"));
        Locator delete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete " + name));
        delete.click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).hasAttribute("aria-label", "Delete \"" + name + "\"?");
        browser.shot("project-delete-confirm");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete " + name)))
                .hasCount(0);
        assertThat(admin.get("/api/v1/projects/" + id).status()).isEqualTo(404);
    }
}
