package com.sitewright.chat.tools;

import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.site.SiteFonts;
import com.sitewright.site.SiteTheme;
import com.sitewright.site.SiteThemeService;
import com.sitewright.site.ThemeChange;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Changes the site's colours, fonts and layout styles; the source is regenerated, the next preview shows it. */
@Component
class ChangeThemeTool implements StudioTool {

    private final SiteThemeService themes;

    ChangeThemeTool(SiteThemeService themes) {
        this.themes = themes;
    }

    @Override
    public String name() {
        return "change_theme";
    }

    @Override
    public String description() {
        return "Change the site's theme: colours (hex such as #2f6b4f or a common name), heading and body font "
                + "styles, header, card and corner styles. Only the given parts change.";
    }

    @Override
    public String inputSchema() {
        String fonts = "{\"type\":\"string\",\"enum\":["
                + String.join(
                        ",", SiteFonts.NAMES.stream().map(n -> "\"" + n + "\"").toList()) + "]}";
        return """
                {"type":"object","properties":{
                  "primary":{"type":"string"},"accent":{"type":"string"},"background":{"type":"string"},"text":{"type":"string"},
                  "headingFont":%s,"bodyFont":%s,
                  "headerStyle":{"type":"string","enum":["solid","light","centered"]},
                  "cardStyle":{"type":"string","enum":["shadow","bordered","flat"]},
                  "radius":{"type":"string","enum":["none","small","medium","large"]}},
                 "additionalProperties":false}""".formatted(fonts, fonts);
    }

    @Override
    public boolean changesData() {
        return true;
    }

    @Override
    public String preview(UUID projectId, JsonNode args) {
        ThemeChange change = change(args);
        // Checked now, so a colour or font the site cannot use is reported instead of a card.
        themes.check(projectId, change);
        List<String> parts = new ArrayList<>();
        add(parts, "primary colour", change.primary());
        add(parts, "accent colour", change.accent());
        add(parts, "background", change.background());
        add(parts, "text colour", change.text());
        add(parts, "heading font", change.headingFont());
        add(parts, "body font", change.bodyFont());
        add(parts, "header style", change.headerStyle());
        add(parts, "card style", change.cardStyle());
        add(parts, "corners", change.radius());
        return "Change the site theme: " + String.join(", ", parts) + ".";
    }

    @Override
    public ToolResult run(UUID projectId, JsonNode args) {
        SiteTheme theme = themes.change(projectId, change(args));
        return new ToolResult(
                "Theme changed: primary " + theme.primary() + ", accent " + theme.accent()
                        + ", headings in " + SiteFonts.name(theme.headingFont()) + ", body in "
                        + SiteFonts.name(theme.bodyFont())
                        + ". The site source is being regenerated; preview again to see it.",
                ProjectRoutes.link(projectId, ProjectPage.PREVIEW),
                "Open preview");
    }

    private static ThemeChange change(JsonNode args) {
        return new ThemeChange(
                ToolArgs.optionalText(args, "primary"),
                ToolArgs.optionalText(args, "accent"),
                ToolArgs.optionalText(args, "background"),
                ToolArgs.optionalText(args, "text"),
                ToolArgs.optionalText(args, "headingFont"),
                ToolArgs.optionalText(args, "bodyFont"),
                ToolArgs.optionalText(args, "headerStyle"),
                ToolArgs.optionalText(args, "cardStyle"),
                ToolArgs.optionalText(args, "radius"));
    }

    private static void add(List<String> parts, String what, String value) {
        if (value != null) {
            parts.add(what + " → " + value);
        }
    }
}
