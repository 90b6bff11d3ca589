package com.sitewright.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The asset picker in Chromium: from a menu item's photo field, upload an image into the project's library (a file
 * that only claims to be one is refused with the reason), choose it with alt text for this use, save, and find the
 * library image on the item and served to the studio.
 */
@IntegrationTest
class AssetPickerBrowserIT extends BrowserTest {

    private ApiClient api;
    private String projectId;

    @BeforeAll
    void createProject() {
        api = ApiClient.basic(port, "admin", "admin-test-password");
        projectId = Projects.createAndAwait(api, "Build me a coffee shop website using Optimizely SaaS");
    }

    @Test
    void uploadAnImageToTheLibraryAndChooseItForAMenuItem() throws IOException {
        JsonNode item = api.get("/api/v1/projects/" + projectId + "/items?type=menuItem&size=3")
                .json()
                .path("items")
                .get(2);
        String itemId = item.path("id").asString();
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content?type=menuItem&item=" + itemId));
        Locator photo = page.locator(".item-editor [data-field='photo']");
        photo.locator("vaadin-button.choose-asset").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.locator(".asset-total")).hasText(Pattern.compile("^\\d+ images?$"));
        int before = shownTotal(dialog);

        Path fake = Files.createTempFile("notes", ".png");
        Files.writeString(fake, "not an image at all");
        dialog.locator("vaadin-upload input[type=file]").setInputFiles(fake);
        assertThat(dialog.locator(".asset-problem")).containsText("is not a PNG, JPEG, GIF or WebP image");
        org.assertj.core.api.Assertions.assertThat(shownTotal(dialog)).isEqualTo(before);

        Path latte = Files.createTempDirectory("assets").resolve("latte-art.png");
        Files.write(latte, coffeeImage());
        dialog.locator("vaadin-upload input[type=file]").setInputFiles(latte);
        assertThat(dialog.locator(".asset-total")).hasText(Pattern.compile("^" + (before + 1) + " images?$"));
        assertThat(dialog.locator(".asset-problem")).isHidden();
        assertThat(dialog.locator("vaadin-grid.asset-grid")).containsText("latte-art.png");
        assertThat(dialog.locator("vaadin-grid.asset-grid")).containsText("640×400");
        Locator alt = dialog.locator("vaadin-text-field.asset-picker-alt input");
        assertThat(alt).hasValue("Latte art");
        alt.fill("A rosetta poured into a flat white");
        browser.shot("asset-picker");
        dialog.locator("vaadin-button.use-asset").click();
        assertThat(dialog).isHidden();

        Locator address = photo.locator("vaadin-text-field").first().locator("input");
        assertThat(address).hasValue(Pattern.compile("^/assets/[0-9a-f-]{36}$"));
        assertThat(photo.locator("vaadin-text-field.asset-alt input")).hasValue("A rosetta poured into a flat white");
        Locator preview = photo.locator("img.asset-preview");
        assertThat(preview).isVisible();
        page.waitForCondition(() ->
                ((Number) preview.evaluate("image => image.complete ? image.naturalWidth : 0")).intValue() == 640);
        page.locator(".item-editor vaadin-button.save-item").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Saved"))
                        .last())
                .isVisible();
        photo.scrollIntoViewIfNeeded();
        browser.shot("asset-chosen");

        JsonNode saved = api.get("/api/v1/projects/" + projectId + "/items/" + itemId)
                .json()
                .path("data")
                .path("photo");
        String assetId = saved.path("assetId").asString();
        org.assertj.core.api.Assertions.assertThat(saved.path("url").asString()).isEqualTo("/assets/" + assetId);
        org.assertj.core.api.Assertions.assertThat(saved.path("alt").asString())
                .isEqualTo("A rosetta poured into a flat white");
        var served = page.request().get(browser.url("/assets/" + assetId));
        org.assertj.core.api.Assertions.assertThat(served.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(served.headers().get("content-type"))
                .isEqualTo("image/png");
        org.assertj.core.api.Assertions.assertThat(served.body()).isEqualTo(Files.readAllBytes(latte));
    }

    @Test
    void theAssetsPageUploadsDescribesAndDeletesImages() throws IOException {
        browser.signIn("admin", "admin-test-password");
        page.navigate(browser.url("/projects/" + projectId + "/content"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Assets"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/" + projectId + "/assets$"));
        Locator library = page.locator(".asset-browser");
        assertThat(library.locator(".asset-total")).hasText(Pattern.compile("^\\d+ images?$"));
        int before = shownTotal(library);

        Path storefront = Files.createTempDirectory("assets").resolve("corner-storefront.png");
        Files.write(storefront, coffeeImage());
        library.locator("vaadin-upload input[type=file]").setInputFiles(storefront);
        assertThat(library.locator(".asset-total")).hasText(Pattern.compile("^" + (before + 1) + " images?$"));
        Locator detail = page.locator(".asset-detail");
        assertThat(detail.locator("h2")).hasText("corner-storefront.png");
        assertThat(detail).containsText("640×400 px");
        Locator alt = detail.locator("vaadin-text-field.asset-detail-alt input");
        assertThat(alt).hasValue("Corner storefront");

        alt.fill("The café's corner storefront at dusk");
        detail.locator("vaadin-button.save-alt").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Saved the alt text")))
                .isVisible();
        assertThat(library.locator("vaadin-grid.asset-grid")).containsText("The café's corner storefront at dusk");
        library.locator(".asset-search input").fill("dusk");
        assertThat(library.locator(".asset-total")).hasText("1 image");
        browser.shot("assets-page");

        detail.locator("vaadin-button.delete-asset").click();
        page.locator("vaadin-confirm-dialog")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(library.locator(".asset-total")).hasText("0 images");
        assertThat(detail).isHidden();

        // A crafted request that skips the browser's size check is refused by the server, and nothing is stored.
        Object status = library.locator("vaadin-upload").evaluate("""
                async upload => {
                    const data = new FormData();
                    data.append('file', new Blob([new Uint8Array(11 * 1024 * 1024)], {type: 'image/png'}), 'huge.png');
                    return (await fetch(upload.target, {method: 'POST', body: data})).status;
                }""");
        org.assertj.core.api.Assertions.assertThat(((Number) status).intValue()).isGreaterThanOrEqualTo(400);
        page.reload();
        assertThat(library.locator(".asset-total")).hasText(Pattern.compile("^" + before + " images?$"));

        // A full-size photo of several megabytes goes through.
        library.locator(".asset-search input").fill("");
        Path photo = Files.createTempDirectory("assets").resolve("espresso-bar.png");
        Files.write(photo, noise(1100, 1000));
        org.assertj.core.api.Assertions.assertThat(Files.size(photo)).isGreaterThan(3_000_000);
        library.locator("vaadin-upload input[type=file]").setInputFiles(photo);
        assertThat(detail.locator("h2")).hasText("espresso-bar.png");
        assertThat(detail).containsText("1100×1000 px");
    }

    /** Random pixels do not compress, so the file is about as large as the raw image. */
    private static byte[] noise(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int shownTotal(Locator scope) {
        return Integer.parseInt(scope.locator(".asset-total").textContent().replaceAll("\\D", ""));
    }

    /** A warm gradient with a cup shape, so the picker's screenshot shows a plausible photo. */
    private static byte[] coffeeImage() throws IOException {
        var image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(new GradientPaint(0, 0, new Color(0x6F, 0x4E, 0x37), 640, 400, new Color(0xD9, 0xB9, 0x9B)));
        graphics.fillRect(0, 0, 640, 400);
        graphics.setColor(new Color(0xF5, 0xEF, 0xE6));
        graphics.fillOval(200, 90, 240, 240);
        graphics.setColor(new Color(0xA0, 0x6A, 0x42));
        graphics.fillOval(225, 115, 190, 190);
        graphics.setColor(new Color(0xF5, 0xEF, 0xE6));
        graphics.fillOval(290, 160, 60, 90);
        graphics.dispose();
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
