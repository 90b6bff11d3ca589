package com.sitewright.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;

/**
 * One browser per test class and a fresh context per test, with the sign-in and screenshot steps every flow uses.
 * Public for the few browser checks that need a studio of their own test class's configuration (the AI engine's).
 */
public final class BrowserSession implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final int port;
    private final Playwright playwright;
    private final Browser browser;
    private BrowserContext context;
    private Page page;

    public BrowserSession(int port) {
        Chromium.executable();
        this.port = port;
        this.playwright = Chromium.playwright();
        this.browser = Chromium.launch(playwright);
    }

    public Page newPage() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        return page;
    }

    public void signIn(String username, String password) {
        signIn(page, url(""), username, password);
    }

    /** Signs in on {@code page} through the studio reached at {@code origin} (such as "http://127.0.0.1:8080"). */
    public void signIn(Page page, String origin, String username, String password) {
        page.navigate(origin + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(address -> !address.contains("/login"));
        page.locator("vaadin-app-layout").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
        browser.close();
        playwright.close();
    }
}
