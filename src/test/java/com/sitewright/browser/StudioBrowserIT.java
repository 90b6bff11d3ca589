package com.sitewright.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Drives the studio in headless Chromium the way a person would. Screenshots land in target/screenshots. */
@IntegrationTest
class StudioBrowserIT extends BrowserTest {

    @Test
    void promptToGridScrollAndSearch() {
        signIn("admin", "admin-test-password");
        shot("projects");

        page.navigate(url("/chat"));
        Locator prompt = page.locator("vaadin-text-area.prompt-input textarea");
        prompt.fill("Build me a coffee shop website using Optimizely SaaS");
        shot("chat-prompt");
        page.locator("vaadin-button.send-prompt").click();

        page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$"));
        Locator card = page.locator(".progress-card");
        card.waitFor();
        shot("chat-progress");
        assertThat(page.locator(".progress-card[data-state='succeeded']"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(90_000));
        assertThat(page.locator(".progress-counts")).containsText("items");
        shot("chat-ready");

        // The progress survives a reload.
        page.reload();
        assertThat(page.locator(".progress-card[data-state='succeeded']")).isVisible();

        page.locator("vaadin-button.open-content").click();
        page.waitForURL(Pattern.compile(".*/projects/[0-9a-f-]{36}/content.*"));
        Locator grid = page.locator("vaadin-grid.content-grid");
        grid.waitFor();
        shot("content-grid");

        // The grid opens on all of the project's items; scroll to the very end, which it fetches lazily.
        String projectId = page.url().replaceAll(".*/projects/([0-9a-f-]{36})/content.*", "$1");
        var api = ApiClient.basic(port, "admin", "admin-test-password");
        String allItems = "/api/v1/projects/" + projectId + "/items?size=1";
        long projectTotal = api.get(allItems).json().path("total").asLong();
        assertThat(projectTotal).isGreaterThanOrEqualTo(2000);
        assertThat(page.locator(".grid-total"))
                .hasText(String.format(java.util.Locale.ENGLISH, "%,d items", projectTotal));
        assertThat(((Number) grid.evaluate("g => g.size")).longValue()).isEqualTo(projectTotal);
        String lastTitle = api.get(allItems + "&sort=title,desc")
                .json()
                .path("items")
                .get(0)
                .path("title")
                .asString();
        grid.evaluate("g => g.scrollToIndex(g.size - 1)");
        assertThat(cell(lastTitle)).isVisible();
        shot("content-grid-end");

        // One type: its fields become columns.
        selectType("Menu Item");
        String items = "/api/v1/projects/" + projectId + "/items?type=menuItem&size=1";
        long total = api.get(items).json().path("total").asLong();
        assertThat(page.locator(".grid-total")).hasText(String.format(java.util.Locale.ENGLISH, "%,d items", total));
        assertThat(page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Price")))
                .isVisible();
        shot("content-grid-type");

        // Search for a word of a title, as a person would type it.
        String firstTitle = api.get(items + "&sort=title,asc")
                .json()
                .path("items")
                .get(0)
                .path("title")
                .asString();
        String word = firstTitle.split("\\s+")[0];
        String before = page.locator(".grid-total").innerText();
        page.getByLabel("Search").fill(word);
        page.waitForFunction("t => document.querySelector('.grid-total').textContent !== t", before);
        int found = Integer.parseInt(page.locator(".grid-total").innerText().replaceAll("[^0-9]", ""));
        long expected = api.get(
                        items + "&q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .path("total")
                .asLong();
        assertThat((long) found).isPositive().isLessThanOrEqualTo(total).isEqualTo(expected);
        assertThat(page).hasURL(Pattern.compile(".*[?&]q=.*"));
        shot("content-search");

        // Open an item: the editor beside the grid shows its fields.
        cell(firstTitle).click();
        assertThat(page.locator(".item-detail h2")).hasText(firstTitle);
        assertThat(page.locator(".item-detail .item-field").first()).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*item=[0-9a-f-]{36}.*"));
        shot("content-detail");
    }

    @Test
    void emptyPromptShowsAClearMessage() {
        signIn("admin", "admin-test-password");
        page.navigate(url("/chat"));
        page.locator("vaadin-text-area.prompt-input textarea").fill("   ");
        page.locator("vaadin-button.send-prompt").click();
        assertThat(page.locator("vaadin-text-area.prompt-input")).hasAttribute("invalid", "");
        assertThat(page.locator("vaadin-text-area.prompt-input")).containsText("Tell me what to build");
        assertThat(page).hasURL(Pattern.compile(".*/chat$"));
        shot("chat-empty-prompt");
    }

    @Test
    void anotherUserCannotOpenTheProject() {
        var admin = ApiClient.basic(port, "admin", "admin-test-password");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        admin.post(
                "/api/v1/users", Map.of("username", "owner" + suffix, "password", "password-owner", "role", "EDITOR"));
        admin.post(
                "/api/v1/users", Map.of("username", "other" + suffix, "password", "password-other", "role", "EDITOR"));
        var owner = ApiClient.basic(port, "owner" + suffix, "password-owner");
        String projectId = Projects.createAndAwait(owner, "A real estate agency website called Harbor Homes");
        String name =
                owner.get("/api/v1/projects/" + projectId).json().path("name").asString();

        signIn("other" + suffix, "password-other");
        page.navigate(url("/projects/" + projectId + "/content"));
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator("body")).not().containsText(name);
        page.navigate(url("/chat/" + projectId));
        assertThat(page.locator("h1")).hasText("Not found");
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("Projects");
        assertThat(page.locator("body")).not().containsText(name);
        shot("other-user-not-found");
    }

    @Test
    void unknownAddressesShowTheNotFoundPageToSignedInUsersOnly() {
        var admin = ApiClient.basic(port, "admin", "admin-test-password");
        String projectId = Projects.createAndAwait(admin, "A bakery website called Crumb & Co");
        List<String> unknown =
                List.of("/projects/" + projectId + "/chat", "/projects/" + projectId + "/nonsense", "/no-such-page");

        // Signed out, an unknown address is answered exactly like a real one: with the way to sign in.
        var anonymous = ApiClient.anonymous(port);
        for (String path : List.of(unknown.get(0), unknown.get(2), "/projects/" + projectId + "/content")) {
            var answer = anonymous.get(path);
            assertThat(answer.status()).as(path).isEqualTo(302);
            assertThat(answer.header("Location")).as(path).endsWith("/login");
        }
        page.navigate(url(unknown.get(0)));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();

        // Signed in, the studio's own not-found page, in its frame, with a 404; first where signing in leads back to.
        signIn("admin", "admin-test-password");
        assertThat(page).hasURL(Pattern.compile(".*" + literal(unknown.get(0)) + "(\\?continue)?$"));
        assertThat(page.locator("h1")).hasText("Not found");
        for (String path : unknown) {
            var response = page.navigate(url(path));
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Not found");
            assertThat(page.locator("vaadin-app-layout .brand-name")).hasText("Sitewright");
            assertThat(page).hasURL(Pattern.compile(".*" + literal(path) + "$"));
        }
        shot("unknown-address-not-found");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Go to your projects"))
                .click();
        assertThat(page.locator("h1")).hasText("Projects");
    }

    @Test
    void wrongPasswordIsRefused() {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill("admin");
        page.locator("vaadin-login-form input[name='password']").fill("not-the-password");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(page.locator("vaadin-login-form-wrapper")).hasAttribute("error", "");
        shot("login-error");
    }

    private void signIn(String username, String password) {
        browser.signIn(username, password);
    }

    private void selectType(String displayName) {
        Locator input = page.getByLabel("Content type");
        input.click();
        input.fill(displayName);
        Locator option = page.locator("vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^\\s*" + literal(displayName) + " \\(")));
        option.first().waitFor();
        option.first().click();
        assertThat(page).hasURL(Pattern.compile(".*type=.*"));
    }

    private Locator cell(String text) {
        return page.locator(
                        "vaadin-grid.content-grid vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText(Pattern.compile("^" + literal(text) + "$")))
                .first();
    }

    /** Escapes regex characters for JavaScript: Playwright evaluates patterns in the browser, which lacks Java quoting. */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private String url(String path) {
        return browser.url(path);
    }

    private void shot(String name) {
        browser.shot(name);
    }
}
