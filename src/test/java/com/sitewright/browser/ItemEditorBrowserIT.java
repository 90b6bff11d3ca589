package com.sitewright.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
        JsonNode item = openMenuItem(0);
        String itemId = item.path("id").asString();
        Locator editor = page.locator(".item-editor");
        assertThat(editor.locator("h2")).hasText(item.path("title").asString());

        fill(editor.locator("[data-field='price'] input"), "5.25");
        Locator category = editor.locator("vaadin-combo-box[data-field='category']");
        category.locator("input").fill("Pastr");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Pastries"))
                .first()
                .click();
        assertThat(category.locator("input")).hasValue("Pastries");
        browser.shot("editor-reference-picker");
        editor.locator("vaadin-button.save-item").click();
        assertThat(notification("Saved")).isVisible();
        JsonNode saved =
                api.get("/api/v1/projects/" + projectId + "/items/" + itemId).json();
        org.assertj.core.api.Assertions.assertThat(
                        saved.path("data").path("price").asDouble())
                .isEqualTo(5.25);
        String pastries = api.get("/api/v1/projects/" + projectId + "/items?type=menuCategory&q=Pastries")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        org.assertj.core.api.Assertions.assertThat(
                        saved.path("data").path("category").asString())
                .isEqualTo(pastries);

        // A colleague saves through the API while this editor still has the version before.
        Map<String, Object> theirs = data(saved);
        theirs.put("price", 6.4);
        var colleague = api.put(
                "/api/v1/projects/" + projectId + "/items/" + itemId,
                Map.of("data", theirs, "version", saved.path("version").asLong()));
        org.assertj.core.api.Assertions.assertThat(colleague.status())
                .as(colleague.body())
                .isEqualTo(200);
        fill(editor.locator("[data-field='name'] input"), "Renamed Here");
        editor.locator("vaadin-button.save-item").click();
        Locator conflict = page.getByRole(AriaRole.DIALOG);
        assertThat(conflict).containsText("Someone else saved this item");
        assertThat(conflict.locator(".conflict-table")).containsText("Price");
        assertThat(conflict.locator(".conflict-table")).containsText("6.4");
        browser.shot("editor-conflict");
        conflict.locator("vaadin-button.save-mine").click();
        assertThat(notification("Saved over version")).isVisible();
        JsonNode mine =
                api.get("/api/v1/projects/" + projectId + "/items/" + itemId).json();
        org.assertj.core.api.Assertions.assertThat(
                        mine.path("data").path("name").asString())
                .isEqualTo("Renamed Here");
        org.assertj.core.api.Assertions.assertThat(mine.path("version").asLong())
                .isEqualTo(saved.path("version").asLong() + 2);

        editor.locator("vaadin-button.open-in-preview").click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + projectId + "/preview\\?item=" + itemId));
    }

    @Test
    void anImageIsGivenByAddressAndAltTextAndAScriptAddressIsRefused() {
        String itemId = openMenuItem(4).path("id").asString();
        Locator photo = page.locator(".item-editor [data-field='photo']");
        Locator address = photo.locator("vaadin-text-field").first().locator("input");

        fill(address, "javascript:alert(1)");
        page.locator(".item-editor vaadin-button.save-item").click();
        assertThat(photo.locator("vaadin-text-field[invalid]")).isVisible();
        assertThat(photo.locator("img.asset-preview")).isHidden();

        fill(address, "/images/latte-art.jpg");
        fill(photo.locator("vaadin-text-field.asset-alt input"), "A rosetta poured into a flat white");
        assertThat(photo.locator("img.asset-preview")).hasAttribute("src", "/images/latte-art.jpg");
        page.locator(".item-editor vaadin-button.save-item").click();
        assertThat(notification("Saved")).isVisible();
        browser.shot("editor-asset");
        JsonNode saved = api.get("/api/v1/projects/" + projectId + "/items/" + itemId)
                .json()
                .path("data")
                .path("photo");
        org.assertj.core.api.Assertions.assertThat(saved.path("url").asString()).isEqualTo("/images/latte-art.jpg");
        org.assertj.core.api.Assertions.assertThat(saved.path("alt").asString())
                .isEqualTo("A rosetta poured into a flat white");
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
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("drinks"))
                .first()
                .click();
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
        page.locator("vaadin-confirm-dialog")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(notification("Deleted")).isVisible();
        assertThat(editor).isHidden();
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before + 1);
    }

    @Test
    void gridShowsReferencesByTitleAndKeepsTheChosenColumnsInTheUrl() {
        java.util.List<String> categories = new java.util.ArrayList<>();
        api.get("/api/v1/projects/" + projectId + "/items?type=menuCategory&size=100")
                .json()
                .path("items")
                .forEach(category ->
                        categories.add(literal(category.path("title").asString())));
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuItem"));
        Locator cells = page.locator("vaadin-grid.content-grid vaadin-grid-cell-content");
        assertThat(header("Category")).isVisible();
        assertThat(cells.filter(new Locator.FilterOptions()
                                .setHasText(Pattern.compile("^(" + String.join("|", categories) + ")$")))
                        .first())
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(cells.filter(
                                new Locator.FilterOptions().setHasText(Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-")))
                        .count())
                .as("no reference shown as an ID")
                .isZero();

        page.locator("vaadin-button.column-chooser").click();
        Locator chooser = page.locator(".column-fields");
        chooser.getByLabel("Calories", new Locator.GetByLabelOptions().setExact(true))
                .uncheck();
        chooser.getByLabel("Description", new Locator.GetByLabelOptions().setExact(true))
                .check();
        browser.shot("grid-column-chooser");
        page.keyboard().press("Escape");
        assertThat(header("Description")).isVisible();
        assertThat(header("Calories")).isHidden();
        assertThat(page).hasURL(Pattern.compile(".*cols=.*description.*"));

        page.reload();
        assertThat(header("Description")).isVisible();
        assertThat(header("Calories")).isHidden();
        assertThat(header("Category")).isVisible();
        page.locator("vaadin-button.column-chooser").click();
        page.locator("vaadin-button.default-columns").click();
        assertThat(header("Calories")).isVisible();
        assertThat(header("Description")).isHidden();
    }

    @Test
    void editCellsInlineWithTheModelsRulesAndNoSilentOverwrite() {
        JsonNode item = api.get("/api/v1/projects/" + projectId + "/items?type=menuItem&size=10")
                .json()
                .path("items")
                .get(7);
        String itemId = item.path("id").asString();
        String title = item.path("title").asString();
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuItem&q="
                + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)));
        Locator grid = page.locator("vaadin-grid.content-grid");
        Locator titleCell = grid.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + literal(title) + "$")))
                .first();

        titleCell.dblclick();
        Locator price = grid.locator(".inline-input[data-field='price'] input");
        price.fill("7.75");
        price.press("Enter");
        assertThat(notification("Saved \"" + title + "\"")).isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("7.75"))
                        .first())
                .isVisible();
        JsonNode saved =
                api.get("/api/v1/projects/" + projectId + "/items/" + itemId).json();
        org.assertj.core.api.Assertions.assertThat(
                        saved.path("data").path("price").asDouble())
                .isEqualTo(7.75);

        // The model allows 1.50 to 40: the cell says so and the row stays open with the typed value.
        titleCell.dblclick();
        price.fill("99");
        price.press("Enter");
        assertThat(grid.locator(".inline-input[data-field='price'][invalid]")).isVisible();
        browser.shot("grid-inline-invalid");
        price.press("Escape");
        assertThat(price).isHidden();
        org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/projects/" + projectId + "/items/" + itemId)
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(saved.path("version").asLong());

        // A colleague saves while the row is open here: their save stands and this one is refused with a message.
        grid.locator("vaadin-button.inline-edit").first().click();
        Map<String, Object> theirs = data(saved);
        theirs.put("price", 8.5);
        var colleague = api.put(
                "/api/v1/projects/" + projectId + "/items/" + itemId,
                Map.of("data", theirs, "version", saved.path("version").asLong()));
        org.assertj.core.api.Assertions.assertThat(colleague.status())
                .as(colleague.body())
                .isEqualTo(200);
        grid.locator(".inline-input[data-field='name'] input").fill(title + " Special");
        grid.locator("vaadin-button.inline-save").click();
        assertThat(notification("changed by someone else")).isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("8.50"))
                        .first())
                .isVisible();
        JsonNode after =
                api.get("/api/v1/projects/" + projectId + "/items/" + itemId).json();
        org.assertj.core.api.Assertions.assertThat(
                        after.path("data").path("price").asDouble())
                .isEqualTo(8.5);
        org.assertj.core.api.Assertions.assertThat(after.path("title").asString())
                .isEqualTo(title);
    }

    /** Signs in and opens the menu item at {@code index} (in the API's order) in the item editor. */
    private JsonNode openMenuItem(int index) {
        JsonNode item = api.get("/api/v1/projects/" + projectId + "/items?type=menuItem&size=10")
                .json()
                .path("items")
                .get(index);
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuItem&item="
                + item.path("id").asString()));
        return item;
    }

    /** A column's header: its label, alone in a header cell or in the cell's sorter. */
    private Locator header(String label) {
        return page.locator("vaadin-grid.content-grid")
                .getByText(label, new Locator.GetByTextOptions().setExact(true))
                .first();
    }

    /** The text as a regular expression that Chromium reads (Java's \\Q…\\E quoting is unknown there). */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private int total() {
        return api.get("/api/v1/projects/" + projectId + "/items?type=menuCategory&size=1")
                .json()
                .path("total")
                .asInt();
    }

    private Locator notification(String text) {
        return page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText(text))
                .last();
    }

    private static void fill(Locator input, String value) {
        input.fill(value);
        input.press("Tab");
    }

    private static Map<String, Object> data(JsonNode item) {
        Map<String, Object> data = new LinkedHashMap<>();
        item.path("data")
                .properties()
                .forEach(entry -> data.put(
                        entry.getKey(),
                        tools.jackson.databind.json.JsonMapper.builder()
                                .build()
                                .treeToValue(entry.getValue(), Object.class)));
        return data;
    }
}
