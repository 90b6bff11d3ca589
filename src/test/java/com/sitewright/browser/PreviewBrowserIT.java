package com.sitewright.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.sitewright.site.NodeToolchain;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * From a generated project to a live site through the studio's screens: build a preview while its
 * log streams, look at it in the frame on desktop and mobile, share it, approve it, open production.
 * A real {@code next build} runs, so this needs Node.js and npm; without them it is skipped.
 */
@IntegrationTest
class PreviewBrowserIT extends BrowserTest {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "admin-test-password";
    /** The first build of a run also installs the npm packages; on a busy 2-core machine compiling alone takes 5 minutes. */
    private static final double BUILD_TIMEOUT = Duration.ofMinutes(12).toMillis();

    private static final double DEPLOY_TIMEOUT = Duration.ofMinutes(2).toMillis();
    private static final double JOB_START_TIMEOUT = Duration.ofSeconds(30).toMillis();
    private static final double RESTART_TIMEOUT = Duration.ofSeconds(90).toMillis();
    /** A page of the site while its quality checks crawl it: on two busy cores a render can take seconds. */
    private static final LocatorAssertions.ContainsTextOptions SITE_PAGE = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(Duration.ofSeconds(30).toMillis());
    /** "Deploy anyway" when the preview's checks failed, could not check everything or still run. */
    private static final java.util.regex.Pattern APPROVE_CONFIRM =
            java.util.regex.Pattern.compile("Approve & deploy|Deploy anyway");

    private static final String FRAME = "iframe[title='Site preview']";

    @Test
    void previewShareApproveAndOpenTheLiveSite() {
        assumeTrue(NodeToolchain.available(), "node and npm are not installed: skipping the preview build");
        var api = ApiClient.basic(port, ADMIN, PASSWORD);
        String projectId = Projects.createAndAwait(api, "Build me a coffee shop website using Optimizely SaaS");
        String name =
                api.get("/api/v1/projects/" + projectId).json().path("name").asString();
        Projects.awaitSource(api, projectId);

        browser.signIn(ADMIN, PASSWORD);
        page.navigate(browser.url("/projects/" + projectId + "/content"));
        tab("Preview").click();
        page.waitForURL(Pattern.compile(".*/projects/" + projectId + "/preview.*"));
        assertThat(page.locator("h1")).hasText("Preview");
        assertThat(page.locator(".preview-empty")).containsText("No previews yet");
        shot("preview-empty");

        // The build's output streams into the page while it runs.
        button("Preview").click();
        assertThat(page.locator(".build-log-title")).containsText("Building commit");
        assertThat(button("Building…")).isDisabled();
        // A queued build waits for the next poll of the job queue, a few seconds at most.
        Locator log = page.locator(".build-log");
        assertThat(log)
                .containsText(
                        "Building commit", new LocatorAssertions.ContainsTextOptions().setTimeout(JOB_START_TIMEOUT));
        assertThat(log)
                .containsText("npm packages", new LocatorAssertions.ContainsTextOptions().setTimeout(BUILD_TIMEOUT));
        assertThat(log)
                .containsText(
                        "Generating static pages",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(BUILD_TIMEOUT));
        assertThat(page.locator(".build-log-detail")).containsText("Running for");
        shot("preview-building");

        // Ready: the generated site is in the frame, with its own name as the heading.
        assertThat(page.locator(".preview-state"))
                .hasText("ready", new LocatorAssertions.HasTextOptions().setTimeout(BUILD_TIMEOUT));
        FrameLocator site = page.frameLocator(FRAME);
        assertThat(site.locator("h1").first()).containsText(name, SITE_PAGE);
        assertThat(page.locator(".preview-selector")).containsText("#1 · ready");
        shot("preview-ready");

        // The device switch narrows the frame to a phone's width, and the address remembers it.
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Mobile").setExact(true))
                .click();
        page.waitForFunction("s => Math.round(document.querySelector(s).getBoundingClientRect().width) === 390", FRAME);
        assertThat(page).hasURL(Pattern.compile(".*device=mobile.*"));
        assertThat(site.locator("h1").first()).containsText(name, SITE_PAGE);
        shot("preview-mobile");

        // Reload shows the site again; a new tab opens it signed in, without the hand-off in its address.
        button("Reload").click();
        assertThat(site.locator("h1").first()).containsText(name, SITE_PAGE);
        Page tab = page.waitForPopup(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open in new tab"))
                        .click());
        assertThat(tab.locator("h1").first()).containsText(name, SITE_PAGE);
        assertThat(tab.url()).doesNotContain("sitewright-ticket");
        tab.close();

        // Opened under another of the machine's names, the studio frames the preview under that name, so the
        // preview's sign-in cookie belongs to the same site as the studio and the site shows.
        for (String host : otherStudioNames()) {
            try (BrowserContext elsewhere =
                    page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
                Page studio = elsewhere.newPage();
                String origin = "http://" + host + ":" + port;
                browser.signIn(studio, origin, ADMIN, PASSWORD);
                studio.navigate(origin + "/projects/" + projectId + "/preview");
                assertThat(studio.frameLocator(FRAME).locator("h1").first()).containsText(name, SITE_PAGE);
                assertThat(studio.locator(FRAME).getAttribute("src")).startsWith("http://" + host + ":");
                assertThat(studio.frameLocator(FRAME).locator("body"))
                        .not()
                        .containsText("Sign in to see this preview");
            }
        }

        // The preview's checks run once it is ready and end with a verdict above the site.
        assertThat(page.locator(".quality-summary"))
                .containsText(
                        Pattern.compile("Quality checks (passed|failed|incomplete)"),
                        new LocatorAssertions.ContainsTextOptions().setTimeout(BUILD_TIMEOUT));
        shot("preview-checked");

        // Stopped here, the preview says why and stays stopped until it is opened again.
        button("Stop").click();
        assertThat(page.locator(".preview-state")).hasText("stopped");
        assertThat(page.locator(".preview-message")).containsText("Stopped by admin");
        shot("preview-stopped");
        button("Open preview").click();
        assertThat(site.locator("h1").first())
                .containsText(name, new LocatorAssertions.ContainsTextOptions().setTimeout(RESTART_TIMEOUT));
        assertThat(page.locator(".preview-state"))
                .hasText("ready", new LocatorAssertions.HasTextOptions().setTimeout(RESTART_TIMEOUT));

        // A share link works for someone without an account, is listed, and stops working once revoked.
        button("Share links").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("No share links yet.");
        button("Create link").click();
        Locator shareLink = page.locator("vaadin-text-field.share-link input");
        assertThat(shareLink).hasValue(Pattern.compile("^http://localhost:\\d+/\\?sitewright-ticket=.+"));
        Locator shares = page.locator("vaadin-grid.share-list");
        assertThat(shares).containsText("admin");
        assertThat(shares).containsText("active");
        shot("preview-share");
        try (BrowserContext stranger = page.context().browser().newContext()) {
            Page guest = stranger.newPage();
            Response shared = guest.navigate(shareLink.inputValue());
            assertThat(shared.status()).isEqualTo(200);
            assertThat(guest.locator("h1").first()).containsText(name, SITE_PAGE);

            page.locator(".revoke-share-link:visible").first().click();
            assertThat(shares).containsText("revoked");
            assertThat(page.locator(".revoke-share-link:visible")).hasCount(0);
            assertThat(dialog).containsText("That link no longer works.");
            shot("preview-share-revoked");
            Response revoked = guest.reload();
            assertThat(revoked.status()).isEqualTo(403);
            assertThat(guest.locator("h1")).hasText("This link was revoked");
        }
        button("Done").click();

        // Approve: the previewed build goes to production.
        // The preview's quality checks are shown above the site; approving says how they went.
        assertThat(page.locator(".quality-panel")).containsText("Quality checks");
        button("Approve & deploy").click();
        Locator confirm = page.locator("vaadin-confirm-dialog");
        assertThat(confirm).containsText("goes live at the project's production address");
        shot("preview-approve");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(APPROVE_CONFIRM))
                .click();
        Locator liveLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open live site"));
        assertThat(liveLink).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(DEPLOY_TIMEOUT));
        assertThat(page.locator(".deployment-banner")).containsText("Live in production");
        shot("preview-deployed");

        // Production is public: a fresh browser sees the site under its name.
        String liveUrl = liveLink.getAttribute("href");
        try (BrowserContext visitor =
                page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page live = visitor.newPage();
            Response response = live.navigate(liveUrl);
            assertThat(response.status()).isEqualTo(200);
            assertThat(live.title()).contains(name);
            assertThat(live.locator("h1").first()).containsText(name, SITE_PAGE);
            live.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "live-site.png")));
        }

        // The deployment is listed as live.
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Deployments").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Deployments");
        assertThat(page.locator(".live-summary")).containsText(liveUrl);
        assertThat(page.locator("vaadin-grid.deployments-grid")).containsText("live");
        shot("deployments");

        // A second preview goes live, then production is rolled back to the first.
        tab("Preview").click();
        assertThat(page.locator("h1")).hasText("Preview");
        assertThat(page.locator(".preview-selector")).containsText("#1 · ready");
        button("Preview").click();
        assertThat(page.locator(".preview-selector")).containsText("#2 ·");
        assertThat(page.locator(".build-log"))
                .containsText(
                        "Building commit", new LocatorAssertions.ContainsTextOptions().setTimeout(JOB_START_TIMEOUT));
        assertThat(page.locator(".preview-state"))
                .hasText("ready", new LocatorAssertions.HasTextOptions().setTimeout(BUILD_TIMEOUT));
        assertThat(site.locator("h1").first()).containsText(name, SITE_PAGE);
        button("Approve & deploy").click();
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(APPROVE_CONFIRM))
                .click();
        assertThat(page.locator(".deployment-banner"))
                .containsText(
                        "Live in production", new LocatorAssertions.ContainsTextOptions().setTimeout(DEPLOY_TIMEOUT));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Deployments").setExact(true))
                .click();
        assertThat(page.locator(".live-summary")).containsText("Deployment #2");
        button("Roll back to deployment #1").click();
        Locator rollback = page.locator("vaadin-confirm-dialog");
        assertThat(rollback).containsText("Roll back to deployment #1?");
        shot("deployments-rollback");
        rollback.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Roll back").setExact(true))
                .click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Deployment #1 is live again")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(DEPLOY_TIMEOUT));
        assertThat(page.locator(".live-summary")).containsText("Deployment #1");
        assertThat(page.locator("vaadin-grid.deployments-grid")).containsText("rolled back");
        shot("deployments-rolled-back");
        try (BrowserContext visitor = page.context().browser().newContext()) {
            Response response = visitor.newPage().navigate(liveUrl);
            assertThat(response.status()).isEqualTo(200);
        }
    }

    /**
     * Names other than localhost this machine answers to on loopback: 127.0.0.1 always, and the machine's own name
     * where it leads to 127.0.0.1 (the sites listen there).
     */
    private static List<String> otherStudioNames() {
        List<String> names = new ArrayList<>(List.of("127.0.0.1"));
        try {
            String machine = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            if (!machine.equals("localhost")
                    && List.of(InetAddress.getAllByName(machine)).contains(InetAddress.getByName("127.0.0.1"))) {
                names.add(machine);
            }
        } catch (UnknownHostException e) {
            // No name of its own: 127.0.0.1 alone.
        }
        return names;
    }

    /** A screenshot once dialogs have finished opening and the pointer rests off the controls. */
    private void shot(String name) {
        page.mouse().move(2, 890);
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getTiming().iterations === Infinity)");
        browser.shot(name);
    }

    private Locator tab(String name) {
        return page.getByRole(
                AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
