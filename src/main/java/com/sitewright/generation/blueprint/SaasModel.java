package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A B2B software product: features, plans, integrations, docs, changelog, customer stories and blog. */
final class SaasModel implements IndustryModel {

    /** A subscription plan: its tagline, monthly price and the seats it includes. */
    record Plan(String name, String tagline, double monthlyPrice, int seats) {}

    /** What a capability works on ("Reports", "Approvals") and the category of feature it makes. */
    record FeatureObject(String name, String category) {}

    /** A third-party tool and its category. */
    record Integration(String name, String category) {}

    /** The industry's words, read once from {@code blueprint/saas.json}. */
    record Words(
            List<Plan> plans,
            List<String> capabilities,
            List<FeatureObject> objects,
            List<Integration> integrations,
            List<String> docPatterns,
            List<String> docSubjects,
            List<String> customers,
            List<String> storyOutcomes,
            List<String> blogPatterns,
            List<String> blogTopics,
            List<String> changeKinds,
            List<String> changeSubjects,
            List<String> authorRoles,
            Vocabulary.Data vocabulary) {}

    private static final Words WORDS = WordFiles.load("saas.json", Words.class);
    private static final Vocabulary VOCABULARY = Vocabulary.of(WORDS.vocabulary());
    private static final List<Plan> PLANS = WORDS.plans();
    private static final List<Integration> INTEGRATIONS = WORDS.integrations();
    private static final TitleSource CHANGE_SUMMARIES =
            TitleSource.combo(p -> p.get(0) + " " + p.get(1), WORDS.changeKinds(), WORDS.changeSubjects());

    @Override
    public Industry industry() {
        return Industry.SAAS;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("feature");

        m.data("pricingPlan")
                .count(PLANS.size())
                .describe("A subscription plan.")
                .aliases("plan", "pricing plan", "tier", "subscription")
                .titles(TitleSource.fixed(PLANS.stream().map(Plan::name).toList()))
                .text("name")
                .required()
                .max(40)
                .fromTitle()
                .slug("slug")
                .required()
                .text("tagline")
                .max(120)
                .from(ctx -> plan(ctx).tagline())
                .number("monthlyPrice")
                .required()
                .range(0, 10000)
                .from(ctx -> plan(ctx).monthlyPrice())
                .number("annualMonthlyPrice")
                .label("Monthly price, billed annually")
                .range(0, 10000)
                .from(ctx -> Math.round(plan(ctx).monthlyPrice() * 0.8 * 100) / 100.0)
                .integer("seatsIncluded")
                .required()
                .range(1, 100000)
                .from(ctx -> plan(ctx).seats())
                .json("highlights")
                .required()
                .from(ctx -> Map.of("items", ctx.pickDistinct("planPerk", 4)))
                .text("ctaLabel")
                .label("Button label")
                .required()
                .max(30)
                .from(ctx -> ctx.index() % 5 == 4
                        ? "Talk to sales"
                        : ctx.index() % 5 == 0 ? "Start for free" : "Start free trial")
                .integer("trialDays")
                .range(0, 60)
                .from(ctx -> ctx.index() % 5 == 0 ? 0 : 14)
                .bool("mostPopular")
                .from(ctx -> ctx.index() % 5 == 2);

        m.page("feature")
                .count(320)
                .describe("A product capability with its own page.")
                .aliases("feature", "capability", "module", "item")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + p.get(1, FeatureObject.class).name(),
                        WORDS.capabilities(),
                        WORDS.objects()))
                .text("tagline")
                .required()
                .max(160)
                .localized()
                .from(SaasModel::featureTagline)
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(2, 3, (String) ctx.value("tagline")))
                .json("benefits")
                .required()
                .from(ctx -> Map.of("items", ctx.pickDistinct("benefit", 3)))
                .enumOf(
                        "category",
                        "automation",
                        "analytics",
                        "collaboration",
                        "security",
                        "integrations",
                        "administration")
                .required()
                .from(ctx -> ctx.part(1, FeatureObject.class).category())
                .references("availableOn", "pricingPlan")
                .required()
                .items(1, 5)
                .from(ctx -> {
                    int from = ctx.between(0, Math.min(3, ctx.count("pricingPlan") - 1));
                    List<String> plans = new ArrayList<>();
                    for (int i = from; i < ctx.count("pricingPlan"); i++) {
                        plans.add(ctx.refAt("pricingPlan", i));
                    }
                    return plans;
                })
                .enumOf("releaseStage", "ga", "beta", "preview")
                .required()
                .from(ctx -> ctx.chance(0.85) ? "ga" : ctx.chance(0.6) ? "beta" : "preview")
                .date("releasedOn")
                .from(ctx -> ctx.date(2021, 2026))
                .enumOf("icon", "bolt", "chart", "users", "lock", "plug", "settings", "bell", "calendar")
                .fill(0.8)
                .bool("featured")
                .from(ctx -> ctx.chance(0.08));

        m.data("integration")
                .count(INTEGRATIONS.size())
                .describe("A third-party tool we connect to.")
                .aliases("integration", "app", "connector", "plugin")
                .titles(TitleSource.fixed(
                        INTEGRATIONS.stream().map(Integration::name).toList()))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .enumOf(
                        "category",
                        "communication",
                        "crm",
                        "finance",
                        "storage",
                        "developer",
                        "analytics",
                        "marketing",
                        "hr")
                .required()
                .from(ctx -> INTEGRATIONS.get(ctx.index() % INTEGRATIONS.size()).category())
                .text("summary")
                .required()
                .max(200)
                .localized()
                .template(
                        "Connect {title} in two clicks and keep your data in sync automatically.",
                        "Bring {title} into {siteName}: no code, no exports, no copy-paste.",
                        "Send updates to {title} and pull the data you need back in real time.")
                .richText("details")
                .from(ctx -> ctx.richText(1, 2))
                .integer("setupMinutes")
                .range(1, 240)
                .from(ctx -> ctx.pick(List.of(2, 5, 10, 15, 30)))
                .enumOf("builtBy", "us", "partner", "community")
                .required()
                .from(ctx -> ctx.chance(0.7) ? "us" : "partner")
                .url("docsUrl")
                .from(ctx -> ctx.siteUrl("/docs/integrations/" + ctx.slug()))
                .bool("premium")
                .from(ctx -> ctx.chance(0.3))
                .asset("logo");

        SharedTypes.person(m, "author", 15, WORDS.authorRoles()).describe("Someone who writes for the blog and docs.");

        m.data("changelogEntry")
                .count(400)
                .describe("A release note.")
                .aliases("changelog", "release", "release note", "update", "version")
                .titles((index, seed) -> {
                    Title summary = CHANGE_SUMMARIES.title(index, seed);
                    // The version already makes the title unique, so no "No. n" suffix is needed.
                    return new Title(
                            "Version " + version(index) + " — " + summary.part(0) + " " + summary.part(1),
                            summary.parts());
                })
                .text("title")
                .required()
                .max(140)
                .fromTitle()
                .text("version")
                .required()
                .pattern("^\\d+\\.\\d+\\.\\d+$")
                .from(ctx -> version(ctx.index()))
                .date("releasedOn")
                .required()
                .from(SaasModel::releasedOn)
                .enumOf("changeType", "feature", "improvement", "fix", "security")
                .required()
                .from(ctx -> switch (ctx.part(0)) {
                    case "New" -> "feature";
                    case "Fixed" -> "fix";
                    case "More secure" -> "security";
                    default -> "improvement";
                })
                .richText("details")
                .required()
                .from(ctx -> ctx.richText(1, 2, ctx.fill("{changeDetail}")))
                .references("relatedFeatures", "feature")
                .items(0, 3)
                .fill(0.6)
                .bool("breakingChange")
                .from(ctx -> ctx.chance(0.04));

        m.page("docPage")
                .count(640)
                .describe("A documentation article.")
                .displayName("Documentation Page")
                .aliases("doc", "docs", "doc page", "guide", "help article", "documentation")
                .titles(TitleSource.combo(
                        p -> p.get(0).replace("%s", p.get(1)), WORDS.docPatterns(), WORDS.docSubjects()))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .template(
                        "Learn how to use {1} in {siteName}, step by step.",
                        "Everything admins need to know about {1}.", "A practical reference for {1}, with examples.")
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(2, 5, (String) ctx.value("summary")))
                .enumOf("section", "getting-started", "guides", "api", "admin", "troubleshooting")
                .required()
                .from(ctx -> ctx.part(0).contains("API")
                        ? "api"
                        : ctx.part(0).contains("Troubleshooting")
                                ? "troubleshooting"
                                : ctx.part(0).startsWith("Getting Started")
                                                || ctx.part(0).startsWith("Setting Up")
                                        ? "getting-started"
                                        : ctx.part(0).contains("Permissions")
                                                        || ctx.part(0).contains("Securing")
                                                ? "admin"
                                                : "guides")
                .enumOf("audience", "admin", "developer", "user")
                .required()
                .references("relatedFeatures", "feature")
                .items(0, 4)
                .fill(0.6)
                .date("lastReviewed")
                .from(ctx -> ctx.date(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)))
                .integer("sortOrder")
                .range(0, 100000)
                .from(ctx -> ctx.index() * 10);

        m.page("customerStory")
                .count(60)
                .describe("How a customer uses the product.")
                .aliases("customer story", "case study", "testimonial story", "customer")
                .titles(TitleSource.combo(
                        p -> "How " + p.get(0) + " " + p.get(1), WORDS.customers(), WORDS.storyOutcomes()))
                .text("companyName")
                .required()
                .max(80)
                .fromPart(0)
                .enumOf(
                        "industry",
                        "logistics",
                        "healthcare",
                        "energy",
                        "professional services",
                        "retail",
                        "education",
                        "hospitality",
                        "manufacturing",
                        "finance",
                        "non-profit")
                .required()
                .enumOf("companySize", "1-50", "51-200", "201-1000", "1000+")
                .required()
                .longText("quote")
                .required()
                .length(20, 500)
                .from(ctx -> ctx.fill("{customerQuote}"))
                .text("quotePerson")
                .required()
                .max(120)
                .from(ctx -> ctx.personName() + ", " + ctx.pick("buyerRole"))
                .json("results")
                .required()
                .from(SaasModel::results)
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(
                        3,
                        4,
                        ctx.fill("{0} came to {siteName} with a familiar"
                                + " problem: too many spreadsheets and too little time. Here is how they did it.")))
                .references("featuresUsed", "feature")
                .required()
                .items(1, 6)
                .from(ctx -> ctx.refs("feature", 2, 4))
                .reference("heroImage", "image")
                .fill(0.8)
                .bool("featured")
                .from(ctx -> ctx.chance(0.15));

        SharedTypes.article(
                        m,
                        "blogPost",
                        220,
                        TitleSource.combo(
                                p -> p.get(0).replace("%s", p.get(1)), WORDS.blogPatterns(), WORDS.blogTopics()),
                        "author",
                        "postIntro")
                .displayName("Blog Post")
                .describe("A blog article.")
                .enumOf("category", "product", "engineering", "guides", "company", "customers")
                .required()
                .references("relatedFeatures", "feature")
                .items(0, 3)
                .fill(0.5);

        m.component("pricingTable")
                .count(3)
                .describe("Plans side by side.")
                .titles(TitleSource.fixed(
                        "Pricing Table – Pricing Page", "Pricing Table – Homepage", "Pricing Table – Landing Pages"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template(
                        "Simple, transparent pricing", "Plans for every team", "Start free, upgrade when you're ready")
                .references("plans", "pricingPlan")
                .required()
                .items(2, 5)
                .from(ctx -> ctx.refs("pricingPlan", 3, 5))
                .bool("showAnnualToggle")
                .from(ctx -> true);
        m.component("integrationGrid")
                .count(3)
                .describe("Logos of the tools we connect to.")
                .titles(TitleSource.fixed(
                        "Integration Grid – Homepage",
                        "Integration Grid – Integrations Page",
                        "Integration Grid – Features"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Works with the tools you already use", "{#50-60}+ integrations", "Connect your stack")
                .references("integrations", "integration")
                .required()
                .items(4, 24)
                .from(ctx -> ctx.refs("integration", 8, 16));
        m.component("customerLogos")
                .count(3)
                .describe("A row of customer stories.")
                .titles(TitleSource.fixed(
                        "Customer Logos – Homepage", "Customer Logos – Pricing", "Customer Logos – Security"))
                .text("heading")
                .max(90)
                .localized()
                .template("Trusted by teams at", "Join thousands of teams")
                .references("stories", "customerStory")
                .required()
                .items(3, 10);
    }

    private static Plan plan(ItemContext ctx) {
        return PLANS.get(ctx.index() % PLANS.size());
    }

    /** 1.0.0, 1.0.1 ... one version per index so versions never repeat. */
    private static String version(int index) {
        return (2 + index / 100) + "." + (index % 100) / 10 + "." + index % 10;
    }

    private static String releasedOn(ItemContext ctx) {
        LocalDate day = LocalDate.of(2023, 1, 10).plusDays(3L * ctx.index());
        return day.isAfter(LocalDate.of(2026, 6, 30))
                ? ctx.date(LocalDate.of(2023, 1, 10), LocalDate.of(2026, 6, 30))
                : day.toString();
    }

    private static String featureTagline(ItemContext ctx) {
        String name = ctx.title().toLowerCase(Locale.ROOT).replace("ai-", "AI-");
        return ctx.fill(ctx.pick(List.of(
                name + " that {benefitVerb} so your team can focus on the work that matters.",
                "Set up " + name + " in minutes and {benefitVerb}.",
                name + ", built for teams of every size: {benefitVerb}.")));
    }

    private static Map<String, Object> results(ItemContext ctx) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(
                "metrics",
                List.of(
                        metric("Hours saved per week", ctx.between(4, 40)),
                        metric("Faster reporting", ctx.between(30, 80) + "%"),
                        metric("Payback period", ctx.between(2, 9) + " months")));
        return json;
    }

    /** Label before value, always: {@code Map.of} iterates in an order that changes from one JVM run to the next. */
    private static Map<String, Object> metric(String label, Object value) {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("label", label);
        metric.put("value", value);
        return metric;
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
