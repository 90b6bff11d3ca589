package com.sitewright.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chat as the studio's control surface, in Chromium: ask for a model change in words, approve the
 * card, and find the change in the content editor. Runs on the offline command set, so it needs no model.
 */
@IntegrationTest
class ChatBrowserIT extends BrowserTest {

    private ApiClient api;
    private String projectId;

    @BeforeAll
    void createProject() {
        api = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createAndAwait(api, "Build me a coffee shop website using Optimizely SaaS");
    }

    @Test
    void addACaloriesFieldToMenuItemThroughTheChat() {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/chat/" + projectId));
        assertThat(page.locator(".message-user").first()).containsText("Build me a coffee shop website");
        assertThat(page.locator(".progress-card[data-state='succeeded']")).isVisible();
        assertThat(page.locator(".composer-hint")).containsText("type help");

        // The blueprint already has calories on MenuItem: take it out first, then add it back through the chat.
        ask("remove field calories from MenuItem");
        Locator removal = page.locator(".action-card").last();
        assertThat(removal).hasAttribute("data-state", "pending");
        assertThat(removal.locator(".action-summary")).containsText("items lose their value");
        removal.locator("vaadin-button.approve-action").click();
        assertThat(removal).hasAttribute("data-state", "done");

        ask("add a calories field to MenuItem");
        Locator card = page.locator(".action-card").last();
        assertThat(card).hasAttribute("data-state", "pending");
        assertThat(card.locator(".action-summary"))
                .containsText("Added the integer field \"Calories\" (calories) to Menu Item");
        browser.shot("chat-action-card");
        org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/projects/" + projectId + "/content-types")
                        .body())
                .doesNotContain("\"key\":\"calories\"");

        card.locator("vaadin-button.approve-action").click();
        assertThat(card).hasAttribute("data-state", "done");
        assertThat(card.locator(".action-result")).containsText("site source is being regenerated");
        assertThat(card.locator("vaadin-button.approve-action")).isHidden();
        browser.shot("chat-action-done");

        // The field is in the model: the item editor shows it for a menu item.
        String itemId = api.get("/api/v1/projects/" + projectId + "/items?type=menuItem&size=1")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        card.locator("vaadin-button.action-link").click();
        page.waitForURL(Pattern.compile(".*/projects/" + projectId + "/content.*"));
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuItem&item=" + itemId));
        // The editor opens once the grid has loaded the type's 600 items, which a busy machine makes slow.
        assertThat(page.locator(".item-detail [data-field='calories']"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        assertThat(page.locator(".item-detail [data-field='calories'] label")).containsText("Calories");
        browser.shot("chat-field-in-editor");
    }

    @Test
    void helpAndBadInputAnswerInTheConversation() {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/chat/" + projectId));
        ask("help");
        assertThat(page.locator(".message-studio").last()).containsText("add a calories field to MenuItem");

        page.locator("vaadin-text-area.prompt-input textarea").fill("x".repeat(100 * 1024));
        page.locator("vaadin-button.send-prompt").click();
        assertThat(page.locator(".message-problem").last()).containsText("102,400 characters");

        ask("delete type menu category");
        assertThat(page.locator(".message-studio").last()).containsText("That cannot be done");
        browser.shot("chat-help-and-errors");
    }

    private void ask(String message) {
        int before = page.locator(".message, .action-card").count();
        page.locator("vaadin-text-area.prompt-input textarea").fill(message);
        page.locator("vaadin-button.send-prompt").click();
        page.waitForFunction("n => document.querySelectorAll('.message, .action-card').length >= n + 2", before);
    }
}
