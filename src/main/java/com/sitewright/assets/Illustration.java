package com.sitewright.assets;

import java.util.List;

/**
 * What an offline illustration shows and how it looks.
 *
 * @param seed    decides the composition; the same seed and words give the same picture
 * @param words   what the item is, most specific first (its title, then its type, then the field)
 * @param palette the site's colours as #rrggbb: primary, accent, background, text
 * @param shape   the picture's proportions
 */
public record Illustration(long seed, List<String> words, List<String> palette, Shape shape) {

    /** Proportions by what the picture is for; each is drawn 1600 pixels wide, the widest variant. */
    public enum Shape {
        LANDSCAPE(1600, 1067),
        PORTRAIT(1600, 2000),
        SQUARE(1600, 1600);

        private final int width;
        private final int height;

        Shape(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }
    }

    public Illustration {
        words = List.copyOf(words);
        palette = List.copyOf(palette);
        if (palette.size() < 4) {
            throw new IllegalArgumentException("A palette has four colours: primary, accent, background, text");
        }
    }
}
