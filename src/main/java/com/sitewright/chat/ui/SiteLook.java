package com.sitewright.chat.ui;

import com.sitewright.site.SiteFonts;
import com.sitewright.site.SiteTheme;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The site's theme at a glance: its four colours as swatches, its fonts and where the look came from. */
final class SiteLook extends Composite<Div> {

    SiteLook(SiteTheme theme, String origin) {
        Div look = getContent();
        look.addClassName("site-look");
        var swatches = new Div();
        swatches.addClassName("site-look-swatches");
        swatches.add(
                swatch("Primary", theme.primary()),
                swatch("Accent", theme.accent()),
                swatch("Background", theme.background()),
                swatch("Text", theme.text()));
        var fonts = new Span(capitalised(SiteFonts.name(theme.headingFont())) + " headings · "
                + SiteFonts.name(theme.bodyFont()) + " text · " + theme.radius() + " corners");
        fonts.addClassName("site-look-fonts");
        var from = new Span(origin);
        from.addClassName("site-look-origin");
        look.add(swatches, fonts, from);
    }

    private static Span swatch(String name, String colour) {
        var swatch = new Span();
        swatch.addClassName("site-look-swatch");
        swatch.getStyle().set("background", colour);
        swatch.getElement().setAttribute("title", name + " " + colour);
        swatch.getElement().setAttribute("aria-label", name + " colour " + colour);
        swatch.getElement().setAttribute("role", "img");
        return swatch;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
