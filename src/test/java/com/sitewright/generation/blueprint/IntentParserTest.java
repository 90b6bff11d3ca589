package com.sitewright.generation.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sitewright.project.CmsType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentParserTest {

    private final IntentParser parser = new IntentParser();

    @Test
    void readsTheCanonicalCoffeeShopPrompt() {
        Intent intent = parser.parse("Build me a coffee shop website using Optimizely SaaS");

        assertThat(intent.industry()).isEqualTo(Industry.COFFEE_SHOP);
        assertThat(intent.cmsType()).isEqualTo(CmsType.OPTIMIZELY);
        assertThat(intent.subject()).isEqualTo("coffee shop");
        assertThat(intent.siteName()).isNotBlank().hasSizeLessThanOrEqualTo(60);
        assertThat(intent.requestedScale()).isNull();
        assertThat(intent.scaleTarget()).isNull();
        assertThat(intent.notices()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Build me a coffee shop website using Optimizely SaaS          | COFFEE_SHOP
            I run a little café and espresso bar, make me a site           | COFFEE_SHOP
            Create a website for my Italian restaurant                     | RESTAURANT
            A site for our pizzeria in Naples                              | RESTAURANT
            Build an online store for handmade homeware                    | ECOMMERCE
            We need an e-commerce site for our boutique                    | ECOMMERCE
            Build me a magazine about slow living                          | BLOG
            Start a blog about travel and food                             | BLOG
            Website for a law firm specialising in employment law          | LAW_FIRM
            I'm an attorney and need a website                             | LAW_FIRM
            Build a real estate agency website with property listings      | REAL_ESTATE
            Website for a realtor selling homes in Austin                  | REAL_ESTATE
            Build a SaaS product website for our analytics platform        | SAAS
            Marketing site for our software startup                        | SAAS
            Build a website for a boutique hotel by the sea                | HOTEL
            Our bed and breakfast needs a website                          | HOTEL
            Build me a website for my dog grooming salon                   | GENERIC
            """)
    void detectsTheIndustry(String prompt, Industry expected) {
        assertThat(parser.parse(prompt).industry()).isEqualTo(expected);
    }

    @Test
    void prefersTheMostSpecificIndustry() {
        assertThat(parser.parse("Build a coffee shop website").industry()).isEqualTo(Industry.COFFEE_SHOP);
        assertThat(parser.parse("Build a website for our coffee store").industry())
                .isEqualTo(Industry.COFFEE_SHOP);
        assertThat(parser.parse("Build a website for our boutique hotel").industry())
                .isEqualTo(Industry.HOTEL);
        assertThat(parser.parse("Build a hotel website, the hotel has a restaurant")
                        .industry())
                .isEqualTo(Industry.HOTEL);
        assertThat(parser.parse("Build a coffee blog").industry()).isEqualTo(Industry.BLOG);
        assertThat(parser.parse("Build me a bike repair shop website").industry())
                .isEqualTo(Industry.GENERIC);
    }

    @Test
    void theCmsNameIsNotMistakenForTheIndustry() {
        assertThat(parser.parse("Build me a restaurant website using Optimizely SaaS")
                        .industry())
                .isEqualTo(Industry.RESTAURANT);
        assertThat(parser.parse("Build a SaaS website on Optimizely SaaS").industry())
                .isEqualTo(Industry.SAAS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Build me a coffee shop website using Optimizely SaaS | OPTIMIZELY
            Build me a coffee shop website on Optimizely CMS     | OPTIMIZELY
            Build a restaurant website with Contentful           | CONTENTFUL
            Build a hotel website in Sanity                      | SANITY
            Build a hotel website                                | STUDIO
            """)
    void detectsTheCms(String prompt, CmsType expected) {
        assertThat(parser.parse(prompt).cmsType()).isEqualTo(expected);
    }

    @Test
    void readsAScaleWithThousandsSeparators() {
        Intent intent = parser.parse("Build an online store with 5,000 products using Contentful");

        assertThat(intent.industry()).isEqualTo(Industry.ECOMMERCE);
        assertThat(intent.requestedScale()).isEqualTo(5_000L);
        assertThat(intent.scaleTarget()).isEqualTo("products");
        assertThat(intent.notices()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Build a blog with 10k posts                          | 10000 | posts
            A café website with 2.5k reviews                     | 2500  | reviews
            Coffee shop with 5000 items                          | 5000  | items
            Build a magazine with five hundred articles          | 500   | articles
            Restaurant site with 1,200 menu items and 3 chefs    | 1200  | menu items
            Law firm site with 200 case studies                  | 200   | case studies
            """)
    void readsScales(String prompt, long scale, String target) {
        Intent intent = parser.parse(prompt);

        assertThat(intent.requestedScale()).isEqualTo(scale);
        assertThat(intent.scaleTarget()).isEqualTo(target);
    }

    @Test
    void clampsAHugeScaleAndSaysSo() {
        Intent intent = parser.parse("Build a coffee shop website with 10 billion items");

        assertThat(intent.requestedScale()).isEqualTo(100_000L);
        assertThat(intent.scaleTarget()).isEqualTo("items");
        assertThat(intent.notices())
                .containsExactly("You asked for 10,000,000,000 items; a project holds at most "
                        + "100,000 items of one type, so I'll generate 100,000.");
    }

    @Test
    void clampsWordNumbers() {
        Intent intent = parser.parse("Build a shop selling a million products");

        assertThat(intent.requestedScale()).isEqualTo(100_000L);
        assertThat(intent.notices()).singleElement().asString().contains("1,000,000 products");
    }

    @Test
    void ignoresZeroOrNegativeScalesWithANotice() {
        Intent zero = parser.parse("Build a bistro website with 0 dishes");
        Intent negative = parser.parse("Build a bistro website with -5 dishes");

        assertThat(zero.requestedScale()).isNull();
        assertThat(zero.scaleTarget()).isNull();
        assertThat(zero.notices())
                .singleElement()
                .asString()
                .contains("0 dishes")
                .contains("usual amount");
        assertThat(negative.requestedScale()).isNull();
        assertThat(negative.notices()).singleElement().asString().contains("-5 dishes");
    }

    @Test
    void yearsAndHoursAreNotScales() {
        assertThat(parser.parse("Café website, open since 1998, 24 hour service")
                        .requestedScale())
                .isNull();
        assertThat(parser.parse("Build one coffee shop website").requestedScale())
                .isNull();
        assertThat(parser.parse("Coffee shop open 7 days a week with events in 2026")
                        .requestedScale())
                .isNull();
    }

    @Test
    void rejectsAnEmptyPrompt() {
        assertThatThrownBy(() -> parser.parse(null))
                .isInstanceOf(InvalidPromptException.class)
                .hasMessage(
                        "Tell me what to build, for example: Build me a coffee shop website using Optimizely SaaS.");
        assertThatThrownBy(() -> parser.parse(""))
                .isInstanceOf(InvalidPromptException.class)
                .hasMessageStartingWith("Tell me what to build");
        assertThatThrownBy(() -> parser.parse("   \n\t "))
                .isInstanceOf(InvalidPromptException.class)
                .hasMessageStartingWith("Tell me what to build");
    }

    @Test
    void rejectsAPromptThatIsTooLong() {
        String prompt = "Build me a coffee shop website. ".repeat(3200).substring(0, 102_400);

        assertThatThrownBy(() -> parser.parse(prompt))
                .isInstanceOf(InvalidPromptException.class)
                .hasMessage("The prompt is 102,400 characters long; keep it under 4,000 characters.");
    }

    @Test
    void acceptsAPromptOfExactlyTheLimit() {
        String prompt = ("Build me a coffee shop website " + " ".repeat(4_000)).substring(0, 4_000);

        assertThat(parser.parse(prompt).industry()).isEqualTo(Industry.COFFEE_SHOP);
    }

    @Test
    void rejectsAPromptWithNoWordsLeftAfterRemovingMarkup() {
        for (String prompt : new String[] {
            "<div><br/></div>",
            "<script>alert('Build a coffee shop')</script>",
            "123 456 !!!",
            "<!-- a comment --><p></p>"
        }) {
            assertThatThrownBy(() -> parser.parse(prompt))
                    .as(prompt)
                    .isInstanceOf(InvalidPromptException.class)
                    .hasMessage("The prompt has no words to build from.");
        }
    }

    @Test
    void stripsMarkupAndScriptsButKeepsTheWords() {
        Intent intent = parser.parse("<script>document.location='https://evil.example'</script>"
                + "<b>Build</b> me a coffee shop called <i>Bean</i> There <img src=x onerror=alert(1)>");

        assertThat(intent.industry()).isEqualTo(Industry.COFFEE_SHOP);
        assertThat(intent.siteName()).isEqualTo("Bean There");
        assertThat(intent.siteName()).doesNotContain("<", ">", "script");
    }

    @Test
    void neverPutsMarkupIntoTheSiteName() {
        Intent intent =
                parser.parse("Build a restaurant website called \"<script>alert(1)</script>Olive &lt;b&gt;Grove\"");

        assertThat(intent.siteName()).doesNotContain("<", ">").matches("[\\p{L}\\p{N} &'.-]{1,60}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Build a coffee shop website called "Ember & Oak" using Optimizely CMS    | Ember & Oak
            Website for a trattoria named la dolce vita                              | La Dolce Vita
            Build a website for Blue Bottle Roasters, a coffee roastery              | Blue Bottle Roasters
            build me a website for the Red Lion Inn                                  | The Red Lion Inn
            Website for a law firm called Hartley & Finch                            | Hartley & Finch
            """)
    void readsTheSiteName(String prompt, String expected) {
        assertThat(parser.parse(prompt).siteName()).isEqualTo(expected);
    }

    @Test
    void limitsTheSiteNameToSixtyAllowedCharacters() {
        Intent intent = parser.parse("Build a coffee shop website called \"The Extraordinarily Long and Wonderful "
                + "Coffee House of the Northern Hemisphere (est. 1998) #1!\"");

        assertThat(intent.siteName())
                .hasSizeLessThanOrEqualTo(60)
                .matches("[\\p{L}\\p{N} &'.-]+")
                .startsWith("The Extraordinarily Long");
    }

    @Test
    void inventsAPlausibleNameWhenNoneIsGiven() {
        Intent intent = parser.parse("Build me a coffee shop website");

        assertThat(intent.siteName()).matches("[\\p{L}\\p{N} &'.-]{3,60}");
        assertThat(parser.parse("Build me a coffee shop website").siteName()).isEqualTo(intent.siteName());
    }

    @Test
    void anUnknownIndustryBecomesAGeneralBusinessSite() {
        Intent intent = parser.parse("Build me a website for my dog grooming salon");

        assertThat(intent.industry()).isEqualTo(Industry.GENERIC);
        assertThat(intent.subject()).isEqualTo("dog grooming salon");
        assertThat(intent.siteName()).contains("Dog Grooming Salon").hasSizeLessThanOrEqualTo(60);
        assertThat(intent.notices())
                .containsExactly(
                        "I didn't recognise a specific industry, so I built a general business site for a dog grooming salon.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Build me a bike repair shop website                   | bike repair shop
            Create a site for a yoga studio in Leeds              | yoga studio
            Build me a website                                    | local business
            """)
    void derivesTheSubjectOfAGeneralBusiness(String prompt, String subject) {
        Intent intent = parser.parse(prompt);

        assertThat(intent.industry()).isEqualTo(Industry.GENERIC);
        assertThat(intent.subject()).isEqualTo(subject);
    }

    @Test
    void theSamePromptAlwaysGivesTheSameSeed() {
        Intent first = parser.parse("Build me a coffee shop website using Optimizely SaaS");
        Intent second = parser.parse("Build me a coffee shop website using Optimizely SaaS");
        Intent spacing = parser.parse("  Build me a coffee shop   website using Optimizely SaaS ");
        Intent other = parser.parse("Build me a tea room website using Optimizely SaaS");

        assertThat(second).isEqualTo(first);
        assertThat(spacing.seed()).isEqualTo(first.seed());
        assertThat(other.seed()).isNotEqualTo(first.seed());
    }
}
