package com.sitewright.codegen;

import com.sitewright.ai.ThemeDesign;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        assertThat(SiteThemeService.problems(design("#6f4e37", "#c8815a", "#fbf7f2", "#2b211b", "serif"))).isEmpty();
    }

    @Test
    void eachPairThatIsHardToReadIsNamedWithItsRatio() {
        assertThat(SiteThemeService.problems(design("#fefefe", "#dddddd", "#ffffff", "#999999", "serif")))
                .containsExactly(
                        "text #999999 against background #ffffff has a contrast of 2.8:1; it needs at least 4.5:1",
                        "primary #fefefe against background #ffffff has a contrast of 1.0:1; it needs at least 4.5:1",
                        "accent #dddddd against text #999999 has a contrast of 2.1:1; it needs at least 3.0:1");
    }

    @Test
    void aFontStyleTheSiteDoesNotHaveIsAProblem() {
        assertThat(SiteThemeService.problems(design("#6f4e37", "#c8815a", "#fbf7f2", "#2b211b", "comic")))
                .singleElement().asString().contains("\"comic\" is not a font style");
    }

    private static ThemeDesign design(String primary, String accent, String background, String text, String headingFont) {
        return new ThemeDesign(primary, accent, background, text, headingFont, "sans", "solid", "shadow", "medium");
    }
}
