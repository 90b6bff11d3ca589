package com.sitewright.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class IllustrationRendererTest {

    private static final List<String> COFFEE = List.of("#6b4226", "#d9a441", "#fbf7f2", "#2b1d14");
    private final IllustrationRenderer renderer = new IllustrationRenderer();

    @Test
    void theSubjectFitsTheItem() {
        assertThat(renderer.subject(List.of("Pistachio Croissant", "menuItem", "photo")))
                .isEqualTo("lucide/croissant");
        assertThat(renderer.subject(List.of("Hazelnut Flat White (Decaf)", "menuItem", "photo")))
                .isEqualTo("phosphor/coffee");
        assertThat(renderer.subject(List.of("Smoked Salmon & Dill Breakfast Croissant")))
                .isEqualTo("lucide/croissant");
        assertThat(renderer.subject(List.of("Shoreditch", "location", "photo"))).isEqualTo("phosphor/map-pin");
        assertThat(renderer.subject(List.of("Maya Okafor", "teamMember", "portrait")))
                .isEqualTo("phosphor/user");
        assertThat(renderer.subject(List.of("Ethiopia, Washed", "coffeeOrigin")))
                .isEqualTo("phosphor/coffee-bean");
        assertThat(renderer.subject(List.of("Baristas at work during the morning rush")))
                .isEqualTo("phosphor/coffee");
        // "bar" is a word of its own, not the start of "barista"
        assertThat(renderer.subject(List.of("Barista Championship"))).isEqualTo("phosphor/calendar-dots");
        assertThat(renderer.subject(List.of("Zqx", "widget", "file"))).isEqualTo("phosphor/storefront");
    }

    @Test
    void everyBundledIconLoads() {
        for (String icon : Subjects.allIcons()) {
            IconSet.Icon loaded = IconSet.get(icon);
            assertThat(loaded.line().getBounds2D().getWidth()).as(icon).isGreaterThan(40);
        }
    }

    @Test
    void theSameSeedDrawsTheSamePicture() {
        Illustration spec = new Illustration(42, List.of("Cinnamon Bun"), COFFEE, Illustration.Shape.LANDSCAPE);
        assertThat(pixels(renderer.render(spec))).isEqualTo(pixels(renderer.render(spec)));
    }

    @Test
    void itemsGetDistinctPictures() throws IOException {
        List<String> titles = List.of(
                "Almond Croissant",
                "Blueberry Croissant",
                "Oat Latte",
                "Oat Latte (Large)",
                "Shoreditch",
                "Maya Okafor",
                "Cold Brew",
                "Ham & Gruyère Toastie",
                "Latte art in morning light",
                "Spring Origins");
        Set<Integer> hashes = new HashSet<>();
        Path out = Path.of("target/illustrations");
        Files.createDirectories(out);
        for (int i = 0; i < titles.size(); i++) {
            BufferedImage image = renderer.render(new Illustration(
                    1000L + i * 7919L,
                    List.of(titles.get(i), "menuItem"),
                    COFFEE,
                    i == 5 ? Illustration.Shape.PORTRAIT : Illustration.Shape.LANDSCAPE));
            hashes.add(Arrays.hashCode(pixels(image)));
            ImageIO.write(image, "png", out.resolve(i + ".png").toFile());
        }
        assertThat(hashes).hasSize(titles.size());
        // Even the same subject and words with another seed differ in most of the picture.
        int[] a = pixels(
                renderer.render(new Illustration(1, List.of("Oat Latte"), COFFEE, Illustration.Shape.LANDSCAPE)));
        int[] b = pixels(
                renderer.render(new Illustration(2, List.of("Oat Latte"), COFFEE, Illustration.Shape.LANDSCAPE)));
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            differ += a[i] != b[i] ? 1 : 0;
        }
        assertThat(differ).isGreaterThan(a.length / 4);
    }

    /** A bare gradient has neither many distinct colours in flat areas nor hard edges; a composed picture has both. */
    @Test
    void aPictureIsNotABareGradient() {
        for (long seed = 0; seed < 12; seed++) {
            BufferedImage image = renderer.render(
                    new Illustration(seed, List.of("Flat White"), COFFEE, Illustration.Shape.LANDSCAPE));
            int[] p = pixels(image);
            int width = image.getWidth();
            int edges = 0;
            Set<Integer> colours = new HashSet<>();
            for (int i = 0; i + width + 1 < p.length; i += 3) {
                colours.add(p[i]);
                if (distance(p[i], p[i + 1]) > 60 || distance(p[i], p[i + width]) > 60) {
                    edges++;
                }
            }
            assertThat(edges).as("hard edges, seed " + seed).isGreaterThan(1_000);
            assertThat(colours.size()).as("colours, seed " + seed).isGreaterThan(200);
            // The subject's dark outline is there: some pixels are much darker than the backdrop's corner.
            long dark =
                    Arrays.stream(p).filter(rgb -> distance(rgb, p[0]) > 150).count();
            assertThat(dark).as("subject pixels, seed " + seed).isGreaterThan(p.length / 200);
        }
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff))
                + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
