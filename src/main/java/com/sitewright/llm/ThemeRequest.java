package com.sitewright.llm;

import java.util.List;

/**
 * What the model is asked to choose a site's look from: the site, and the font styles and layout choices the
 * site generator offers (colours are free, as {@code #rrggbb}).
 *
 * @param siteBrief    what the site is (the project's name, description and prompt)
 * @param fontStyles   names of the font styles headings and body text may use
 * @param headerStyles header layouts
 * @param cardStyles   card looks
 * @param radii        corner roundings
 */
public record ThemeRequest(
        String siteBrief,
        List<String> fontStyles,
        List<String> headerStyles,
        List<String> cardStyles,
        List<String> radii) {

    public ThemeRequest {
        fontStyles = List.copyOf(fontStyles);
        headerStyles = List.copyOf(headerStyles);
        cardStyles = List.copyOf(cardStyles);
        radii = List.copyOf(radii);
    }
}
