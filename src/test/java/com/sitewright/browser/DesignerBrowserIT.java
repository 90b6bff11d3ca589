package com.sitewright.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The content-model designer in Chromium, with the mouse: drag a field type from the palette into Menu item,
 * shape it in the inspector, reorder by dragging, undo and redo, and save through the impact dialog, which refuses
 * a required field the items would leave empty and asks before values are removed.
 */
@IntegrationTest
class DesignerBrowserIT extends BrowserTest {

    private ApiClient api;
    private String projectId;

    @BeforeAll
    void createProject() {
        api = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createAndAwait(api, "Build me a coffee shop website using Optimizely SaaS");
    }

    @Test
    void dragAFieldIntoMenuItemShapeItReorderUndoAndSaveThroughTheImpactDialog() {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/model?type=menuItem"));
        assertThat(page.locator(".canvas-heading h2")).hasText("Menu Item");
        assertThat(page.locator(".type-entry.selected")).containsText("Menu Item");
        int fieldsBefore = page.locator(".field-card").count();
        String second = page.locator(".field-card").nth(1).getAttribute("data-field");

        // Drag "Boolean" from the palette onto the second field: it lands before it, selected in the inspector.
        page.locator(".palette-chip[data-field-type='boolean']")
                .dragTo(page.locator(".field-card").nth(1));
        assertThat(page.locator(".field-card")).hasCount(fieldsBefore + 1);
        Locator added = page.locator(".field-card").nth(1);
        assertThat(added).hasAttribute("data-field", "newBoolean");
        assertThat(added.locator(".field-badge-new")).isVisible();
        assertThat(page.locator(".field-card").nth(2)).hasAttribute("data-field", second);
        assertThat(page.locator(".designer-pending")).hasText("1 unsaved change");

        Locator inspector = page.locator(".field-inspector");
        // Each committed input redraws the inspector: wait for it before the next one.
        fill(
                inspector.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Label")),
                "Seasonal special");
        assertThat(added.locator(".field-card-label")).hasText("Seasonal special");
        assertThat(inspector.locator("h3").first()).hasText("Seasonal special");
        fill(
                inspector.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Key")),
                "seasonalSpecial");
        assertThat(added).hasAttribute("data-field", "seasonalSpecial");
        inspector
                .locator("vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Required"))
                .click();
        assertThat(added.locator(".field-badge-required")).isVisible();
        assertThat(page).hasURL(Pattern.compile("(?=.*[?&]type=menuItem)(?=.*[?&]field=seasonalSpecial).*"));
        browser.shot("designer-field-added");

        // A required field the 600 menu items would leave empty cannot be saved.
        page.locator("vaadin-button.save-model").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.locator(".save-notice-error"))
                .containsText("is required, but its 600 items would have no value");
        assertThat(dialog.locator("vaadin-button.confirm-save")).isDisabled();
        browser.shot("designer-save-blocked");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep editing"))
                .click();
        inspector
                .locator("vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Required"))
                .click();
        assertThat(added.locator(".field-badge-required")).isHidden();

        // Reorder by dragging a card onto the first one; undo puts it back, redo again.
        page.locator(".field-card[data-field='price']")
                .dragTo(page.locator(".field-card").first());
        assertThat(page.locator(".field-card").first()).hasAttribute("data-field", "price");
        page.locator("vaadin-button[aria-label='Undo']").click();
        assertThat(page.locator(".field-card").first()).not().hasAttribute("data-field", "price");
        page.locator("vaadin-button[aria-label='Redo']").click();
        assertThat(page.locator(".field-card").first()).hasAttribute("data-field", "price");

        // The inspector shows the role the blueprint gave a field; "No role" switches it off.
        page.locator(".field-card[data-field='price']").click();
        assertThat(inspector.locator("h3").first()).hasText("Price");
        Locator role = inspector.locator("vaadin-select.field-role");
        assertThat(role).containsText("Price");
        String pendingBefore = page.locator(".designer-pending").textContent();
        role.click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("No role"))
                .click();
        assertThat(inspector.locator("vaadin-select.field-role")).containsText("No role");
        // The studio redraws the cards once it has the change; a click on a card before that would be lost.
        assertThat(page.locator(".designer-pending")).not().hasText(pendingBefore);

        // Remove a field that holds values: saving asks, with the count, before anything changes.
        page.locator(".field-card[data-field='tastingNotes']").click();
        assertThat(inspector.locator("h3").first()).hasText("Tasting notes");
        inspector.locator("vaadin-button.remove-field").click();
        assertThat(page.locator(".field-card[data-field='tastingNotes']")).hasCount(0);
        page.locator("vaadin-button.save-model").click();
        assertThat(dialog.locator(".save-changes"))
                .containsText("Adds the boolean field \"Seasonal special\" (seasonalSpecial) to Menu Item");
        assertThat(dialog.locator(".save-changes li.destructive")).containsText("Removes the field \"Tasting notes\"");
        assertThat(dialog.locator(".save-changes")).containsText("Reorders the fields of Menu Item");
        Locator confirm = dialog.locator("vaadin-button.confirm-save");
        assertThat(confirm).isDisabled();
        browser.shot("designer-impact-dialog");
        dialog.locator("vaadin-checkbox.confirm-data-loss").click();
        confirm.click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Saved as version 1")))
                .isVisible();
        assertThat(page.locator(".designer-pending")).hasText("All saved");
        assertThat(page.locator(".field-card[data-field='seasonalSpecial'] .field-badge-new"))
                .hasCount(0);

        List<String> saved = fieldKeys("menuItem");
        org.assertj.core.api.Assertions.assertThat(saved)
                .startsWith("price")
                .contains("seasonalSpecial")
                .doesNotContain("tastingNotes");
        JsonNode price = null;
        for (JsonNode type :
                api.get("/api/v1/projects/" + projectId + "/model").json().path("types")) {
            for (JsonNode field : type.path("fields")) {
                if (type.path("key").asString().equals("menuItem")
                        && field.path("key").asString().equals("price")) {
                    price = field;
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(price).isNotNull();
        org.assertj.core.api.Assertions.assertThat(price.path("role").asString())
                .isEqualTo("none");

        // The history says what version 1 changed; the diagram draws the model.
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("History"))
                .click();
        assertThat(dialog.locator(".history-entry").first()).containsText("Version 1");
        assertThat(dialog.locator(".history-entry").first()).containsText("Removes the field \"Tasting notes\"");
        browser.shot("designer-history");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                .click();
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Diagram"))
                .click();
        assertThat(dialog.locator("img.model-diagram")).isVisible();
        page.waitForTimeout(400);
        browser.shot("designer-diagram");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                .click();

        // The saved field is in the item editor at once, and a value given there is kept.
        JsonNode item = api.get("/api/v1/projects/" + projectId + "/items?type=menuItem&size=1")
                .json()
                .path("items")
                .get(0);
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuItem&item="
                + item.path("id").asString()));
        Locator special = page.locator(".item-editor vaadin-checkbox[data-field='seasonalSpecial']");
        assertThat(special)
                .containsText(
                        "Seasonal special",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(15_000));
        special.locator("input").check();
        page.locator(".item-editor vaadin-button.save-item").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Saved")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/projects/" + projectId + "/items/"
                                + item.path("id").asString())
                        .json()
                        .path("data")
                        .path("seasonalSpecial")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aFieldDroppedOnAnotherTypeMovesThereAndLeavingWithUnsavedChangesAsksFirst() {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/model?type=menuItem&field=caffeineMg"));
        assertThat(page.locator(".field-card.selected")).hasAttribute("data-field", "caffeineMg");

        page.locator(".field-card[data-field='caffeineMg']")
                .dragTo(page.locator(".type-entry[data-type='coffeeOrigin']"));
        assertThat(page.locator(".canvas-heading h2")).hasText("Coffee Origin");
        assertThat(page.locator(".field-card.selected")).hasAttribute("data-field", "caffeineMg");
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Its values stay with the items it came from")))
                .isVisible();
        browser.shot("designer-moved-field");

        page.getByRole(
                        AriaRole.TAB,
                        new Page.GetByRoleOptions().setName("Content").setExact(true))
                .click();
        Locator leave = page.locator("vaadin-confirm-dialog");
        assertThat(leave).containsText("not saved yet");
        leave.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep editing"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/model.*"));
        org.assertj.core.api.Assertions.assertThat(fieldKeys("coffeeOrigin")).doesNotContain("caffeineMg");
    }

    private void fill(Locator field, String value) {
        Locator input = field.locator("input");
        input.fill(value);
        input.press("Enter");
    }

    private List<String> fieldKeys(String type) {
        List<String> keys = new ArrayList<>();
        for (JsonNode t :
                api.get("/api/v1/projects/" + projectId + "/content-types").json()) {
            if (t.path("key").asString().equals(type)) {
                t.path("fields").forEach(f -> keys.add(f.path("key").asString()));
            }
        }
        return keys;
    }
}
