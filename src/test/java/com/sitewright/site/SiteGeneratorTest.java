package com.sitewright.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sitewright.generation.blueprint.GenerationPlan;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteGeneratorTest {

    private static final String HOSTILE_NAME =
            "Bob's \"Café\" </script><script>alert(1)</script> `${process.exit()}` \\ \u2028";

    private final SiteGenerator generator = new SiteGenerator();

    private static GenerationPlan plan(String prompt) {
        return new OfflineGenerator().plan(new IntentParser().parse(prompt));
    }

    private static SiteSpec coffeeShop(String name) {
        return new SiteSpec(
                name, plan("Build me a coffee shop website").types(), SiteTheme.defaultFor("COFFEE_SHOP", 7));
    }

    @Test
    void sameSpecGivesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        GeneratedSite a = generator.generate(coffeeShop("Juniper Street Coffee"), first);
        GeneratedSite b = generator.generate(coffeeShop("Juniper Street Coffee"), second);
        assertThat(a.files()).isEqualTo(b.files()).isSorted();
        assertThat(a.routes()).isEqualTo(b.routes()).isSorted();
        for (String file : a.files()) {
            byte[] bytes = Files.readAllBytes(first.resolve(file));
            assertThat(bytes).as(file).isEqualTo(Files.readAllBytes(second.resolve(file)));
            assertThat(new String(bytes)).as(file).doesNotContain("\r").endsWith("\n");
        }
    }

    @Test
    void coffeeShopHasTheExpectedFilesAndRoutes(@TempDir Path dir) throws IOException {
        GeneratedSite site = generator.generate(coffeeShop("Juniper Street Coffee"), dir);
        assertThat(site.files())
                .contains(
                        "package.json",
                        "tsconfig.json",
                        "next.config.ts",
                        "postcss.config.mjs",
                        "app/globals.css",
                        "app/layout.tsx",
                        "app/page.tsx",
                        "app/sitemap.ts",
                        "app/robots.ts",
                        "app/api/search/route.ts",
                        "app/api/revalidate/route.ts",
                        "lib/cms/types.ts",
                        "lib/cms/studio.ts",
                        "lib/cms/index.ts",
                        "lib/cms/paths.ts",
                        "components/blocks/block-renderer.tsx",
                        "components/blocks/hero-block.tsx",
                        "components/blocks/menu-highlights-block.tsx",
                        "app/menu/page.tsx",
                        "app/menu/[slug]/page.tsx",
                        "app/blog-posts/[slug]/page.tsx",
                        "app/[slug]/page.tsx");
        assertThat(site.routes())
                .contains(
                        "/",
                        "/menu",
                        "/menu/[slug]",
                        "/events/[slug]",
                        "/[slug]",
                        "/sitemap.xml",
                        "/robots.txt",
                        "/api/revalidate");
        assertThat(site.files())
                .noneMatch(f -> f.startsWith("app/pages/")
                        || f.startsWith("app/contact-pages/")
                        || f.startsWith("app/landing-pages/"));
        assertThat(site.files()).doesNotContain("app/api/content/route.ts");
        assertThat(site.routes()).doesNotContain("/api/content");
        assertThat(site.files())
                .noneMatch(f -> f.startsWith("app/images")
                        || f.startsWith("app/reviews")
                        || f.startsWith("app/site-settings")
                        || f.startsWith("app/heroes"));

        String packageJson = Files.readString(dir.resolve("package.json"));
        assertThat(packageJson)
                .contains(
                        "\"next\": \"16.4.6\"",
                        "\"react\": \"19.2.0\"",
                        "\"react-dom\": \"19.2.0\"",
                        "\"typescript\": \"5.9.3\"",
                        "\"tailwindcss\": \"4.1.16\"",
                        "\"@tailwindcss/postcss\": \"4.1.16\"",
                        "\"@types/react\": \"19.2.2\"",
                        "\"@types/node\": \"20.19.9\"")
                .doesNotContain("^", "~");
        assertThat(Files.readString(dir.resolve("tsconfig.json"))).contains("\"strict\": true");
        assertThat(Files.readString(dir.resolve("app/globals.css"))).startsWith("@import \"tailwindcss\";");
        assertThat(Files.readString(dir.resolve("app/menu/[slug]/page.tsx")))
                .contains(
                        "generateStaticParams",
                        "export const dynamicParams = true",
                        "generateMetadata",
                        "await params");
        assertThat(Files.readString(dir.resolve("app/api/revalidate/route.ts")))
                .contains(
                        "revalidateTag(tag, { expire: 0 })",
                        "revalidatePath(path, 'page')",
                        "SITEWRIGHT_REVALIDATE_SECRET");
        assertThat(Files.readString(dir.resolve("lib/cms/studio.ts")))
                .contains(
                        "next: { tags:",
                        "SITEWRIGHT_DELIVERY_URL",
                        "SITEWRIGHT_PROJECT_ID",
                        "SITEWRIGHT_DELIVERY_TOKEN");
        String renderer = Files.readString(dir.resolve("components/blocks/block-renderer.tsx"));
        plan("Build me a coffee shop website").types().stream()
                .filter(t -> t.kind() == ContentKind.COMPONENT)
                .forEach(t -> assertThat(renderer).contains("case \"" + t.key() + "\":"));
        Map<String, String> files = generator.render(coffeeShop("x"));
        String all = String.join("\n", files.values());
        assertThat(all).doesNotContain("next/font/google", "https://fonts.");
        // Every picture goes through next/image's props and the loader: the one <img> is the image component's.
        assertThat(files)
                .allSatisfy((name, text) -> assertThat(text)
                        .as(name)
                        .doesNotContain(name.equals("components/site-image.tsx") ? "<img src" : "<img"));
        assertThat(files.get("components/site-image.tsx")).contains("getImageProps({", "<img {...props} />");
    }

    @Test
    void theTabIconIsTheNamesInitialInTheBrandColoursWithTheNameEscaped() {
        SiteTheme theme = SiteTheme.defaultFor("COFFEE_SHOP", 7);
        String icon = generator.render(coffeeShop("juniper Street")).get("app/icon.svg");
        assertThat(icon)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains(">J</text>", "fill=\"" + theme.primary() + "\"", "fill=\"" + theme.background() + "\"")
                .doesNotContain("font-family=\"\"");
        assertThat(generator.render(coffeeShop("<\"&> Café")).get("app/icon.svg"))
                .contains(">C</text>")
                .doesNotContain("<\"");
        assertThat(generator.render(coffeeShop("&&&")).get("app/icon.svg")).contains("></text>");
    }

    @Test
    void theSiteCanReadEachCmsAndKeepsItsSettingsOnTheServer() {
        Map<String, String> files = generator.render(coffeeShop("x"));
        assertThat(files)
                .containsKeys("lib/cms/optimizely.ts", "lib/cms/contentful.ts", "lib/cms/sanity.ts", "lib/cms/http.ts");
        assertThat(files.get("lib/cms/index.ts"))
                .contains(
                        "process.env.SITEWRIGHT_CMS",
                        "studio: studioAdapter",
                        "optimizely: optimizelyAdapter",
                        "contentful: contentfulAdapter",
                        "sanity: sanityAdapter");
        assertThat(files.get("lib/cms/optimizely.ts"))
                .contains("/content/v2", "epi-single ", "Basic ", "MAX_LIMIT = 100", "SKIP_WINDOW = 10_000", "cursor");
        assertThat(files.get("lib/cms/sanity.ts")).contains("'drafts'", "'published'");
        // Credentials are read by server code only: nothing is exposed to the browser's bundle. The only client
        // code is the link that fetches a page ahead when reached for, and the site-wide image loader, which builds
        // addresses from what the page hands it.
        List<String> client = List.of("components/site-link.tsx", "lib/image-loader.ts");
        assertThat(files.entrySet().stream()
                        .filter(file -> !client.contains(file.getKey()))
                        .map(Map.Entry::getValue))
                .noneMatch(text -> text.contains("NEXT_PUBLIC") || text.contains("use client"));
        assertThat(client)
                .allSatisfy(name -> assertThat(files.get(name))
                        .contains("'use client'")
                        .doesNotContain("process.env", "@/lib/cms'", "NEXT_PUBLIC"));
    }

    @Test
    void everyCollectionTypeOfEveryIndustryHasListingAndDetailRoutes() {
        for (String prompt : List.of(
                "Build me a coffee shop website",
                "A restaurant website",
                "An online store",
                "A magazine blog",
                "A law firm website",
                "A real estate agency website",
                "A SaaS product website",
                "A boutique hotel website",
                "A website for my dog grooming salon")) {
            List<ContentTypeDefinition> model = plan(prompt).types();
            Map<String, String> files =
                    generator.render(new SiteSpec("Site", model, SiteTheme.defaultFor("GENERIC", 1)));
            long collections = 0;
            for (ContentTypeDefinition type : model) {
                if (SitePaths.isCollection(type)) {
                    collections++;
                    String segment = SitePaths.segment(type);
                    assertThat(files)
                            .as(prompt + " " + type.key())
                            .containsKeys("app/" + segment + "/page.tsx", "app/" + segment + "/[slug]/page.tsx");
                    assertThat(files.get("lib/cms/paths.ts")).contains("\"" + type.key() + "\": \"/" + segment + "\"");
                }
            }
            assertThat(collections).as(prompt).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void sitePathsRules() {
        ContentTypeDefinition home = page("homePage");
        ContentTypeDefinition menuItem = new ContentTypeDefinition(
                "menuItem",
                "Menu Item",
                ContentKind.DATA,
                null,
                List.of(field("name", FieldType.TEXT), field("slug", FieldType.SLUG)));
        ContentTypeDefinition review = new ContentTypeDefinition(
                "review", "Review", ContentKind.DATA, null, List.of(field("headline", FieldType.TEXT)));
        ContentTypeDefinition hero = new ContentTypeDefinition(
                "hero",
                "Hero",
                ContentKind.COMPONENT,
                null,
                List.of(field("heading", FieldType.TEXT), field("slug", FieldType.SLUG)));
        ContentTypeDefinition category = new ContentTypeDefinition(
                "menuCategory", "Menu Category", ContentKind.DATA, null, List.of(field("slug", FieldType.SLUG)));

        assertThat(SitePaths.pathOf(home, "home")).contains("/");
        assertThat(SitePaths.pathOf(menuItem, "flat-white")).contains("/menu/flat-white");
        assertThat(SitePaths.pathOf(category, "hot-drinks")).contains("/menu-categories/hot-drinks");
        assertThat(SitePaths.pathOf(page("standardPage"), "about")).contains("/about");
        assertThat(SitePaths.pathOf(page("contactPage"), "contact")).contains("/contact");
        assertThat(SitePaths.pathOf(page("landingPage"), "summer")).contains("/summer");
        assertThat(SitePaths.pathOf(page("event"), "tasting")).contains("/events/tasting");
        assertThat(SitePaths.pathOf(page("person"), "ana")).contains("/people/ana");
        assertThat(SitePaths.pathOf(page("blogPost"), "a b/ü")).contains("/blog-posts/a%20b%2F%C3%BC");
        assertThat(SitePaths.pathOf(menuItem, null)).isEmpty();
        assertThat(SitePaths.pathOf(review, "x")).isEmpty();
        assertThat(SitePaths.pathOf(hero, "x")).isEmpty();
        assertThat(SitePaths.pathOf(
                        new ContentTypeDefinition(
                                "image", "Image", ContentKind.MEDIA, null, List.of(field("slug", FieldType.SLUG))),
                        "x"))
                .isEmpty();
        assertThatThrownBy(() -> SitePaths.segments(List.of(
                        new ContentTypeDefinition(
                                "box", null, ContentKind.DATA, null, List.of(field("slug", FieldType.SLUG))),
                        new ContentTypeDefinition(
                                "boxe", null, ContentKind.DATA, null, List.of(field("slug", FieldType.SLUG))))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void untrustedTextIsEmbeddedAsEscapedLiterals() {
        List<ContentTypeDefinition> model = List.of(
                new ContentTypeDefinition(
                        "post",
                        "Post \"</script>` ${x}",
                        ContentKind.PAGE,
                        null,
                        List.of(field("title", FieldType.TEXT), field("slug", FieldType.SLUG))),
                new ContentTypeDefinition(
                        "banner",
                        "Banner */ </script>\n`",
                        ContentKind.COMPONENT,
                        null,
                        List.of(new FieldDefinition(
                                "heading", "Head\"ing`</script>", FieldType.TEXT, false, false, null, List.of()))));
        Map<String, String> files =
                generator.render(new SiteSpec(HOSTILE_NAME, model, SiteTheme.defaultFor("BLOG", 3)));
        String site = files.get("lib/site.ts");
        assertThat(site)
                .contains(
                        "export const SITE_NAME: string = \"Bob\\u0027s \\\"Café\\\" \\u003c/script\\u003e"
                                + "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0060\\u0024{process.exit()}\\u0060 \\\\ \\u2028\";");
        files.forEach((path, content) -> {
            assertThat(content).as(path).doesNotContain("</script>", "alert(1)</", "${process", "${x}", "Bob's");
        });
        assertThat(files.get("lib/model.ts")).contains("\"Post \\\"\\u003c/script\\u003e\\u0060 \\u0024{x}\"");
        assertThat(files.get("components/blocks/banner-block.tsx")).doesNotContain("\n`");
    }

    @Test
    void themesAreDeterministicAndValidated() {
        assertThat(SiteTheme.defaultFor("COFFEE_SHOP", 42)).isEqualTo(SiteTheme.defaultFor("COFFEE_SHOP", 42));
        for (String industry : List.of(
                "COFFEE_SHOP",
                "RESTAURANT",
                "ECOMMERCE",
                "BLOG",
                "LAW_FIRM",
                "REAL_ESTATE",
                "SAAS",
                "HOTEL",
                "GENERIC",
                "unknown")) {
            SiteTheme theme = SiteTheme.defaultFor(industry, 5);
            assertThat(theme.primary()).matches("#[0-9a-f]{6}");
            assertThat(SiteTheme.FONT_STACKS).contains(theme.headingFont(), theme.bodyFont());
        }
        SiteTheme base = SiteTheme.defaultFor("SAAS", 1);
        assertThatThrownBy(() -> new SiteTheme(
                        "red; } body { x",
                        base.accent(),
                        base.background(),
                        base.text(),
                        base.headingFont(),
                        base.bodyFont(),
                        base.headerStyle(),
                        base.cardStyle(),
                        base.radius()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteTheme(
                        base.primary(),
                        base.accent(),
                        base.background(),
                        base.text(),
                        "Comic Sans; } @import url(x)",
                        base.bodyFont(),
                        base.headerStyle(),
                        base.cardStyle(),
                        base.radius()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ContentTypeDefinition page(String key) {
        return new ContentTypeDefinition(
                key,
                null,
                ContentKind.PAGE,
                null,
                List.of(field("title", FieldType.TEXT), field("slug", FieldType.SLUG)));
    }

    private static FieldDefinition field(String key, FieldType type) {
        return new FieldDefinition(key, null, type, false, false, null, List.of());
    }

    @Test
    void theSiteKnowsEachFieldsRoleAndEachTypesLayoutAndEventsGetACalendarFile() {
        Map<String, String> files = generator.render(coffeeShop("Roles"));
        String model = files.get("lib/model.ts");
        assertThat(model)
                .contains(
                        "\"menuItem\": { \"key\": \"menuItem\", \"displayName\": \"Menu Item\", \"kind\": \"data\", \"layout\": \"product\"")
                .contains(
                        "{ \"key\": \"price\", \"label\": \"Price\", \"type\": \"number\", \"referenceTypes\": [], \"role\": \"price\" }")
                .contains(
                        "\"layout\": \"event\"",
                        "\"layout\": \"location\"",
                        "\"layout\": \"article\"",
                        "\"layout\": \"person\"");
        assertThat(files)
                .containsKey("app/events/[slug]/calendar.ics/route.ts")
                .doesNotContainKey("app/menu/[slug]/calendar.ics/route.ts");
        assertThat(files.get("app/events/[slug]/calendar.ics/route.ts")).contains("text/calendar");
        assertThat(files.get("app/menu/page.tsx")).contains("CollectionListing");

        // A model designed elsewhere, with no roles set, gets the same layouts from its keys and types.
        ContentTypeDefinition workshop = new ContentTypeDefinition(
                "workshop",
                "Workshop",
                ContentKind.PAGE,
                null,
                List.of(
                        new FieldDefinition("title", "Title", FieldType.TEXT, true, false, null, null),
                        new FieldDefinition("slug", "Slug", FieldType.SLUG, true, false, null, null),
                        new FieldDefinition("startsAt", "Starts", FieldType.DATE_TIME, true, false, null, null),
                        new FieldDefinition("venue", "Venue", FieldType.TEXT, false, false, null, null)));
        Map<String, String> designed =
                generator.render(new SiteSpec("Designed", List.of(workshop), SiteTheme.defaultFor("GENERIC", 1)));
        assertThat(designed.get("lib/model.ts"))
                .contains("\"layout\": \"event\"", "\"role\": \"start\"", "\"role\": \"address\"");
        assertThat(designed.keySet()).anyMatch(path -> path.endsWith("calendar.ics/route.ts"));
    }
}
