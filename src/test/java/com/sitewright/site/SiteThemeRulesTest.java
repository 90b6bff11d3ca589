package com.sitewright.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sitewright.llm.ThemeDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contrast a site's theme needs, and what the model is told when its theme lacks it. */
class SiteThemeRulesTest {

    @Test
    void contrastFollowsWcag() {
        assertThat(SiteColours.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(SiteColours.contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.001));
        assertThat(SiteColours.contrast("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void aReadableThemeHasNoProblems() {
        assertThat(SiteThemeRules.problems(design("#6f4e37", "#c8815a", "#fbf7f2", "#2b211b", "serif")))
                .isEmpty();
    }

    @Test
    void eachPairThatIsHardToReadIsNamedWithItsRatio() {
        assertThat(SiteThemeRules.problems(design("#fefefe", "#dddddd", "#ffffff", "#999999", "serif")))
                .containsExactly(
                        "text #999999 against background #ffffff has a contrast of 2.8:1; it needs at least 4.5:1 (#737373 would do)",
                        "primary #fefefe against background #ffffff has a contrast of 1.0:1; it needs at least 4.5:1 (#727272 would do)",
                        "accent #dddddd against text #999999 has a contrast of 2.1:1; it needs at least 4.5:1 (#2c2c2c would do)");
    }

    @Test
    void theSuggestedColourKeepsItsHueAndPasses() {
        String suggestion = SiteColours.readableOn("#facc15", "#ffffff", 4.6);
        assertThat(SiteColours.contrast(suggestion, "#ffffff")).isGreaterThanOrEqualTo(4.6);
        int rgb = Integer.parseInt(suggestion.substring(1), 16);
        assertThat((rgb >> 16) & 0xff).as("still a yellow: more red than blue").isGreaterThan(rgb & 0xff);
        assertThat(SiteColours.readableOn("#111827", "#ffffff", 4.5)).isEqualTo("#111827");
    }

    @Test
    void everyIndustryPaletteReadsEverywhereTextSits() {
        for (String industry : List.of(
                "COFFEE_SHOP",
                "RESTAURANT",
                "ECOMMERCE",
                "BLOG",
                "LAW_FIRM",
                "REAL_ESTATE",
                "SAAS",
                "HOTEL",
                "GENERIC")) {
            for (long seed = 0; seed < 40; seed++) {
                SiteTheme theme = SiteTheme.defaultFor(industry, seed);
                assertThat(SiteThemeRules.contrastProblems(
                                theme.primary(), theme.accent(), theme.background(), theme.text()))
                        .as(industry + " " + theme)
                        .isEmpty();
                assertThat(SiteColours.contrast(theme.muted(), theme.background()))
                        .as("muted text " + theme)
                        .isGreaterThanOrEqualTo(4.5);
                assertThat(SiteColours.contrast(theme.muted(), theme.tint()))
                        .as("muted text on the footer " + theme)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void mutedTextFadesOnlyAsFarAsItStillReads() {
        SiteTheme coffee = SiteTheme.defaultFor("COFFEE_SHOP", 1);
        assertThat(coffee.muted()).isNotEqualTo(coffee.text());
        assertThat(SiteColours.contrast(coffee.muted(), coffee.background()))
                .isLessThan(SiteColours.contrast(coffee.text(), coffee.background()));
    }

    @Test
    void aFontStyleTheSiteDoesNotHaveIsAProblem() {
        assertThat(SiteThemeRules.problems(design("#6f4e37", "#c8815a", "#fbf7f2", "#2b211b", "comic")))
                .singleElement()
                .asString()
                .contains("\"comic\" is not a font style");
    }

    private static ThemeDesign design(
            String primary, String accent, String background, String text, String headingFont) {
        return new ThemeDesign(primary, accent, background, text, headingFont, "sans", "solid", "shadow", "medium");
    }
}
