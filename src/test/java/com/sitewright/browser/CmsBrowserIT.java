package com.sitewright.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.sitewright.cms.push.FakeOptimizely;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The CMS page in Chromium against a fake Optimizely SaaS CMS: the provider the project was made for is preselected,
 * a wrong secret gets the CMS's precise refusal and the right one "connected", the dry run shows the plan and writes
 * nothing, and the push shows its progress and ends in the report with the counts.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CmsBrowserIT extends BrowserTest {

    private ApiClient api;
    private FakeOptimizely cms;
    private String projectId;
    private int studioTypes;
    private int studioItems;

    @BeforeAll
    void aSmallProjectMadeForOptimizely() {
        // The connection test and the jobs answer from other threads; a busy machine needs more than the default 5 s.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        cms = new FakeOptimizely();
        api = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createAndAwait(api, "A small bakery website using Optimizely SaaS");
        studioTypes = api.get("/api/v1/projects/" + projectId + "/content-types")
                .json()
                .size();
        studioItems = api.get("/api/v1/projects/" + projectId + "/items?size=1")
                .json()
                .path("total")
                .asInt();
    }

    @AfterAll
    void stopTheCms() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        if (cms != null) {
            cms.shutDown();
        }
    }

    @Test
    @Order(1)
    void connectDryRunAndPushToOptimizely() {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("CMS").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/projects/" + projectId + "/cms$"));

        assertThat(page.locator("vaadin-select.cms-provider")).containsText("Optimizely SaaS CMS");
        assertThat(page.locator(".cms-connection-saved")).hasText("Not connected yet");
        assertThat(page.locator(".cms-not-connected")).isVisible();
        assertThat(page.locator("vaadin-button.push")).isDisabled();
        browser.shot("cms-empty");

        setting("cmsUrl").fill(cms.url());
        setting("clientId").fill(FakeOptimizely.CLIENT_ID);
        setting("clientSecret").fill("not-the-secret-of-this-client");
        setting("graphUrl").fill(cms.url());
        setting("requestsPerSecond").fill("100");
        page.locator("vaadin-button.test-connection").click();
        Locator check = page.locator(".cms-check");
        assertThat(check).hasAttribute("data-result", "problem");
        assertThat(check).containsText("client id and secret");
        browser.shot("cms-test-refused");

        // The mask shown for the stored secret is replaced by the right one.
        setting("clientSecret").fill(FakeOptimizely.CLIENT_SECRET);
        page.locator("vaadin-button.test-connection").click();
        assertThat(check).hasAttribute("data-result", "ok");
        assertThat(check).containsText("Connected");
        assertThat(page.locator(".cms-connection-saved")).containsText("Saved");
        assertThat(setting("clientSecret")).not().hasValue(FakeOptimizely.CLIENT_SECRET);
        assertThat(page.locator("a.open-in-cms")).hasAttribute("href", "https://app.optimizely.com");

        page.locator("vaadin-button.dry-run").click();
        Locator plan = page.locator(".cms-plan");
        assertThat(plan)
                .hasAttribute("data-plan", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
        assertThat(plan.locator("[data-count='types-create']")).hasText(String.valueOf(studioTypes));
        assertThat(plan.locator("[data-count='items-create']")).hasText(String.format("%,d", studioItems));
        assertThat(plan.locator(".cms-plan-notes")).containsText("Unpublishing an item in the studio");
        assertThat(page.locator(".cms-push-progress")).hasAttribute("data-state", "succeeded");
        org.assertj.core.api.Assertions.assertThat(cms.writes()).isZero();
        page.evaluate("document.querySelector('.cms-push').scrollIntoView({block: 'start'})");
        browser.shot("cms-dry-run-plan");

        page.locator("vaadin-button.push").click();
        Locator progress = page.locator(".cms-push-progress");
        assertThat(progress).hasAttribute("data-state", Pattern.compile("queued|running"));
        assertThat(progress.locator(".cms-progress-phase")).isVisible();
        // At 100 requests a second the push runs for a while: its phase, count and percent show as it goes.
        assertThat(progress.locator(".cms-progress-figures"))
                .containsText(Pattern.compile("[\\d,]+ of [\\d,]+ · \\d+%"));
        assertThat(progress.locator(".cms-progress-phase")).hasText(Pattern.compile("Writing|Uploading|Deleting"));
        page.evaluate("document.querySelector('.cms-push').scrollIntoView({block: 'start'})");
        browser.shot("cms-push-progress");

        assertThat(progress)
                .hasAttribute(
                        "data-state", "succeeded", new LocatorAssertions.HasAttributeOptions().setTimeout(120_000));
        int created = studioTypes + studioItems;
        assertThat(progress.locator("[data-count='created'] .cms-report-number"))
                .hasText(String.format("%,d", created));
        assertThat(progress.locator("[data-count='failed'] .cms-report-number")).hasText("0");
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Pushed to Optimizely SaaS CMS")))
                .isVisible();
        Locator history = page.locator("vaadin-grid.cms-history-grid");
        assertThat(history).containsText("Dry run");
        assertThat(history).containsText(String.format("%,d", created) + " created");
        page.evaluate("document.querySelector('.cms-push').scrollIntoView({block: 'start'})");
        browser.shot("cms-push-report");
        page.evaluate("document.querySelector('.cms-history').scrollIntoView({block: 'end'})");
        browser.shot("cms-push-history");

        JsonNode pushes = api.get("/api/v1/projects/" + projectId + "/cms-pushes/" + latestPush())
                .json();
        org.assertj.core.api.Assertions.assertThat(
                        pushes.path("counts").path("created").asInt())
                .isEqualTo(created);
    }

    private Locator setting(String name) {
        return page.locator("[data-setting='" + name + "'] input");
    }

    private String latestPush() {
        return api.get("/api/v1/projects/" + projectId + "/cms-pushes")
                .json()
                .path(0)
                .path("id")
                .asString();
    }
}
