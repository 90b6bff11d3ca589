package com.sitewright.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bulk work from the content grid in Chromium: publishing (filter to the drafts, tick a row, widen the selection to
 * every matching item, confirm the count, and follow the background job until all 600 menu items are published), and
 * exporting a type as CSV and importing a file, with its problems listed by row before anything is written.
 */
@IntegrationTest
class BulkBrowserIT extends BrowserTest {

    private ApiClient api;
    private String projectId;

    @BeforeAll
    void createProject() throws InterruptedException {
        api = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createAndAwait(api, "Build me a coffee shop website using Optimizely SaaS");
        String bulk = "/api/v1/projects/" + projectId + "/items/bulk";
        String operation = api.post(bulk, Map.of("action", "unpublish", "filter", Map.of("type", "menuItem")))
                .json()
                .path("id")
                .asString();
        JsonNode progress = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api.get(bulk + "/" + operation).json(),
                        found -> found.path("state").asString().equals("done"));
        org.assertj.core.api.Assertions.assertThat(progress.path("state").asString())
                .isEqualTo("done");
    }

    @Test
    void publishSixHundredDraftsFromTheGrid() {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuItem&status=draft"));
        assertThat(page.locator(".grid-total")).hasText("600 items");

        page.getByRole(AriaRole.CHECKBOX, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Select Row"))
                .first()
                .click();
        Locator bar = page.locator(".bulk-bar");
        assertThat(bar.locator(".bulk-count")).hasText("1 selected");
        bar.locator("vaadin-button.select-all-matching").click();
        assertThat(bar.locator(".bulk-count")).hasText("All 600 matching items selected");
        browser.shot("bulk-selection");

        bar.locator("vaadin-button.bulk-publish").click();
        Locator confirm = page.locator("vaadin-confirm-dialog");
        assertThat(confirm).containsText("Publish 600 items?");
        browser.shot("bulk-confirm");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish 600"))
                .click();

        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Published 600 items")))
                .isVisible();
        assertThat(page.locator(".grid-total")).hasText("0 items");
        assertThat(bar).isHidden();
        browser.shot("bulk-published");
        org.assertj.core.api.Assertions.assertThat(
                        api.get("/api/v1/projects/" + projectId + "/items?type=menuItem&status=published&size=1")
                                .json()
                                .path("total")
                                .asInt())
                .isEqualTo(600);
    }

    @Test
    void exportCsvThenImportAFileWhoseProblemsAreListedFirst() throws java.io.IOException {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuCategory"));
        assertThat(page.locator(".grid-total")).hasText(java.util.regex.Pattern.compile("\\d+ items"));

        com.microsoft.playwright.Download download =
                page.waitForDownload(() -> page.locator("a.export-csv").click());
        String csv = java.nio.file.Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("menuCategory.csv");
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("id,slug,status,");
        int categories = api.get("/api/v1/projects/" + projectId + "/items?type=menuCategory&size=1")
                .json()
                .path("total")
                .asInt();
        org.assertj.core.api.Assertions.assertThat(csv.lines().count()).isGreaterThanOrEqualTo(categories + 1);

        java.nio.file.Path bad = java.nio.file.Files.createTempFile("categories", ".csv");
        java.nio.file.Files.writeString(bad, "name,colour\nMidnight Bakes,red\n");
        page.locator("vaadin-button.import-items").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("vaadin-upload input[type=file]").setInputFiles(bad);
        assertThat(dialog.locator(".import-problems-count")).containsText("problem");
        assertThat(dialog.locator("vaadin-grid.import-errors")).containsText("colour");
        assertThat(dialog.locator("vaadin-button.apply-import")).isDisabled();
        browser.shot("import-problems");

        java.nio.file.Path good = java.nio.file.Files.createTempFile("categories", ".csv");
        java.nio.file.Files.writeString(good, "name,menuSection\nMidnight Bakes,drinks\n");
        dialog.locator("vaadin-upload input[type=file]").setInputFiles(good);
        assertThat(dialog.locator(".import-summary")).containsText("1 valid rows: 1 new, 0 updates");
        dialog.locator("vaadin-button.apply-import").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Imported: 1 new")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        api.get("/api/v1/projects/" + projectId + "/items?type=menuCategory&size=1")
                                .json()
                                .path("total")
                                .asInt())
                .isEqualTo(categories + 1);
    }
}
