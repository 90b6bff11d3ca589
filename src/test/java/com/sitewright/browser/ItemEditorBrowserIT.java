package com.sitewright.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The item editor in Chromium: edit a menu item's price and pick its category from a searching list, meet a
 * colleague's save with both versions side by side, create, duplicate and delete items, and open one in the preview.
 */
@IntegrationTest
class ItemEditorBrowserIT extends BrowserTest {

    private ApiClient api;
    private String projectId;

    @BeforeAll
    void createProject() {
        api = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createAndAwait(api, "Build me a coffee shop website using Optimizely SaaS");
    }

    @Test
    void editPickAReferenceAndMeetAColleaguesSaveWithoutLosingEither() {
        JsonNode item = api.get("/api/v1/projects/" + projectId + "/items?type=menuItem&size=1").json().path("items").get(0);
        String itemId = item.path("id").asString();
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuItem&item=" + itemId));
        Locator editor = page.locator(".item-editor");
        assertThat(editor.locator("h2")).hasText(item.path("title").asString());

        fill(editor.locator("[data-field='price'] input"), "5.25");
        Locator category = editor.locator("vaadin-combo-box[data-field='category']");
        category.locator("input").fill("Pastr");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Pastries")).first().click();
        assertThat(category.locator("input")).hasValue("Pastries");
        browser.shot("editor-reference-picker");
        editor.locator("vaadin-button.save-item").click();
        assertThat(notification("Saved")).isVisible();
        JsonNode saved = api.get("/api/v1/projects/" + projectId + "/items/" + itemId).json();
        org.assertj.core.api.Assertions.assertThat(saved.path("data").path("price").asDouble()).isEqualTo(5.25);
        String pastries = api.get("/api/v1/projects/" + projectId + "/items?type=menuCategory&q=Pastries").json()
                .path("items").get(0).path("id").asString();
        org.assertj.core.api.Assertions.assertThat(saved.path("data").path("category").asString()).isEqualTo(pastries);

        // A colleague saves through the API while this editor still has the version before.
        Map<String, Object> theirs = data(saved);
        theirs.put("price", 6.4);
        var colleague = api.put("/api/v1/projects/" + projectId + "/items/" + itemId,
                Map.of("data", theirs, "version", saved.path("version").asLong()));
        org.assertj.core.api.Assertions.assertThat(colleague.status()).as(colleague.body()).isEqualTo(200);
        fill(editor.locator("[data-field='name'] input"), "Renamed Here");
        editor.locator("vaadin-button.save-item").click();
        Locator conflict = page.getByRole(AriaRole.DIALOG);
        assertThat(conflict).containsText("Someone else saved this item");
        assertThat(conflict.locator(".conflict-table")).containsText("Price");
        assertThat(conflict.locator(".conflict-table")).containsText("6.4");
        browser.shot("editor-conflict");
        conflict.locator("vaadin-button.save-mine").click();
        assertThat(notification("Saved over version")).isVisible();
        JsonNode mine = api.get("/api/v1/projects/" + projectId + "/items/" + itemId).json();
        org.assertj.core.api.Assertions.assertThat(mine.path("data").path("name").asString()).isEqualTo("Renamed Here");
        org.assertj.core.api.Assertions.assertThat(mine.path("version").asLong()).isEqualTo(saved.path("version").asLong() + 2);

        editor.locator("vaadin-button.open-in-preview").click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + projectId + "/preview\\?item=" + itemId));
    }

    @Test
    void createDuplicateAndDeleteAnItem() {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuCategory"));
        int before = total();
        page.locator("vaadin-button.new-item").click();
        Locator editor = page.locator(".item-editor");
        assertThat(editor.locator("h2")).hasText("New Menu Category");
        editor.locator("vaadin-button.save-item").click();
        assertThat(editor.locator("[data-field='name'][invalid]")).isVisible();

        fill(editor.locator("[data-field='name'] input"), "Night Owls");
        editor.locator("vaadin-select[data-field='menuSection']").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("drinks")).first().click();
        editor.locator("vaadin-button.save-item").click();
        assertThat(notification("Created")).isVisible();
        assertThat(editor.locator("h2")).hasText("Night Owls");
        assertThat(editor.locator(".item-detail-meta")).containsText("/night-owls");
        browser.shot("editor-created");

        editor.locator("vaadin-button.duplicate-item").click();
        assertThat(notification("Duplicated")).isVisible();
        assertThat(editor.locator("h2")).hasText("Night Owls (copy)");
        assertThat(editor.locator(".item-detail-meta")).containsText("/night-owls-copy");
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before + 2);

        editor.locator("vaadin-button.delete-item").click();
        page.locator("vaadin-confirm-dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
        assertThat(notification("Deleted")).isVisible();
        assertThat(editor).isHidden();
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before + 1);
    }

    private int total() {
        return api.get("/api/v1/projects/" + projectId + "/items?type=menuCategory&size=1").json().path("total").asInt();
    }

    private Locator notification(String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).last();
    }

    private static void fill(Locator input, String value) {
        input.fill(value);
        input.press("Tab");
    }

    private static Map<String, Object> data(JsonNode item) {
        Map<String, Object> data = new LinkedHashMap<>();
        item.path("data").properties().forEach(entry -> data.put(entry.getKey(),
                tools.jackson.databind.json.JsonMapper.builder().build().treeToValue(entry.getValue(), Object.class)));
        return data;
    }
}
