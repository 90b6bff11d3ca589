package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A B2B software product: features, plans, integrations, docs, changelog, customer stories and blog. */
final class SaasModel implements IndustryModel {

    private static final List<String> CAPABILITIES = List.of(
            "Automated",
            "Real-Time",
            "Custom",
            "Smart",
            "Shared",
            "Scheduled",
            "Bulk",
            "Role-Based",
            "AI-Assisted",
            "Instant",
            "Advanced",
            "Visual",
            "Audit-Ready",
            "Offline",
            "Multi-Currency",
            "Secure");
    /** object || category. */
    private static final List<String> OBJECTS = List.of(
            "Reports||analytics",
            "Dashboards||analytics",
            "Approvals||automation",
            "Workflows||automation",
            "Alerts||automation",
            "Exports||administration",
            "Permissions||security",
            "Forecasts||analytics",
            "Invoices||automation",
            "Integrations||integrations",
            "Audit Logs||security",
            "Templates||collaboration",
            "Notifications||collaboration",
            "Data Sync||integrations",
            "Search||collaboration",
            "Comments||collaboration",
            "Tasks||collaboration",
            "Budgets||analytics",
            "Onboarding Checklists||administration",
            "Analytics||analytics",
            "Webhooks||integrations",
            "Forms||automation",
            "Calendars||collaboration",
            "Backups||security");

    private static final List<String> PLANS = List.of("Free", "Starter", "Growth", "Business", "Enterprise");
    private static final List<Double> PLAN_PRICES = List.of(0.0, 12.0, 29.0, 59.0, 119.0);
    private static final List<String> INTEGRATIONS = List.of(
            "Slack||communication",
            "Microsoft Teams||communication",
            "Google Workspace||communication",
            "Zoom||communication",
            "Gmail||communication",
            "Outlook||communication",
            "Salesforce||crm",
            "HubSpot||crm",
            "Pipedrive||crm",
            "Zoho CRM||crm",
            "Intercom||crm",
            "Zendesk||crm",
            "Xero||finance",
            "QuickBooks||finance",
            "Stripe||finance",
            "PayPal||finance",
            "NetSuite||finance",
            "Sage||finance",
            "Google Drive||storage",
            "Dropbox||storage",
            "Box||storage",
            "OneDrive||storage",
            "GitHub||developer",
            "GitLab||developer",
            "Jira||developer",
            "Bitbucket||developer",
            "Sentry||developer",
            "Linear||developer",
            "Google Analytics||analytics",
            "Mixpanel||analytics",
            "Amplitude||analytics",
            "Looker Studio||analytics",
            "Power BI||analytics",
            "Tableau||analytics",
            "Mailchimp||marketing",
            "Klaviyo||marketing",
            "Shopify||marketing",
            "WordPress||marketing",
            "Webflow||marketing",
            "Typeform||marketing",
            "BambooHR||hr",
            "Personio||hr",
            "Workday||hr",
            "Gusto||hr",
            "Okta||developer",
            "Auth0||developer",
            "Zapier||developer",
            "Make||developer",
            "Airtable||storage",
            "Notion||communication",
            "Asana||communication",
            "Trello||communication",
            "Monday.com||communication",
            "Calendly||communication",
            "DocuSign||finance",
            "Twilio||developer",
            "Segment||analytics",
            "Snowflake||analytics",
            "BigQuery||analytics",
            "AWS S3||storage");
    private static final List<String> DOC_PATTERNS = List.of(
            "Getting Started with %s",
            "How to Configure %s",
            "Troubleshooting %s",
            "%s: API Reference",
            "Best Practices for %s",
            "Migrating Your %s",
            "Understanding %s",
            "Permissions for %s",
            "Automating %s",
            "FAQ: %s",
            "Setting Up %s",
            "Limits and Quotas for %s",
            "Exporting %s",
            "Securing Your %s",
            "Testing %s",
            "Sharing %s");
    private static final List<String> DOC_SUBJECTS = List.of(
            "Reports",
            "Dashboards",
            "Approvals",
            "Workflows",
            "Alerts",
            "Single Sign-On",
            "User Roles",
            "Webhooks",
            "the REST API",
            "Invoices",
            "Audit Logs",
            "Templates",
            "Notifications",
            "Data Sync",
            "Custom Fields",
            "Workspaces",
            "Billing",
            "Budgets",
            "Forms",
            "Calendars",
            "Backups",
            "Two-Factor Authentication",
            "Imports",
            "Teams",
            "Projects",
            "Integrations",
            "API Keys",
            "Scheduled Jobs",
            "Data Retention",
            "Email Digests",
            "Guest Access",
            "Mobile Apps",
            "Time Zones",
            "Tags",
            "Search",
            "Comments",
            "Tasks",
            "Forecasts",
            "Exports",
            "Sandbox Environments");
    private static final List<String> CUSTOMERS = List.of(
            "Northwind Logistics",
            "Bluebell Health",
            "Copperline Energy",
            "Harbour & Finch",
            "Lumen Architects",
            "Tidewater Foods",
            "Granite Payroll",
            "Kestrel Media",
            "Oakridge Schools",
            "Pinecrest Hotels",
            "Riverstone Legal",
            "Summit Outdoor",
            "Brightloop Studio",
            "Meadowlark Insurance",
            "Ironbridge Manufacturing",
            "Saltwater Retail",
            "Fernhill Clinics",
            "Cobalt Robotics",
            "Willowbank Housing",
            "Atlas Freight",
            "Morningside Bakery Co.",
            "Quartz Analytics",
            "Evergreen Charity Trust",
            "Falcon Events",
            "Bramble Coffee Roasters",
            "Nimbus Travel",
            "Redwood Construction",
            "Clearwater Utilities",
            "Silverfin Capital",
            "Juniper Nurseries");
    private static final List<String> STORY_OUTCOMES = List.of(
            "Cut Reporting Time by 70%",
            "Scaled to 40 Countries",
            "Replaced Five Spreadsheets",
            "Closed the Books Three Days Faster",
            "Onboarded 500 Staff in a Week",
            "Saved 12 Hours a Week",
            "Doubled Team Productivity",
            "Passed Their SOC 2 Audit",
            "Automated 3,000 Approvals a Month",
            "Brought Every Team Onto One Platform");
    private static final List<String> BLOG_PATTERNS = List.of(
            "How We Built %s",
            "%s: Lessons From 1,000 Customers",
            "The Complete Guide to %s",
            "%s Without the Spreadsheets",
            "Five Ways to Improve %s",
            "What's New in %s",
            "Why %s Matters in 2026",
            "A Beginner's Guide to %s",
            "%s: Our Playbook",
            "Common Mistakes in %s");
    private static final List<String> BLOG_TOPICS = List.of(
            "Approval Workflows",
            "Financial Reporting",
            "Remote Onboarding",
            "Team Dashboards",
            "Data Security",
            "Budget Planning",
            "Audit Readiness",
            "Process Automation",
            "Cross-Team Collaboration",
            "Forecasting",
            "Customer Reporting",
            "Spend Management",
            "Access Control",
            "Integrations",
            "AI in Operations",
            "Month-End Close",
            "Vendor Management",
            "Product Analytics",
            "Compliance",
            "Scaling Operations",
            "Async Work",
            "Single Sign-On",
            "Data Quality",
            "Internal Tools",
            "Change Management");

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
                .titles(TitleSource.fixed(PLANS))
                .text("name")
                .required()
                .max(40)
                .fromTitle()
                .slug("slug")
                .required()
                .text("tagline")
                .max(120)
                .from(ctx -> PLAN_TAGLINES.get(ctx.index() % PLAN_TAGLINES.size()))
                .number("monthlyPrice")
                .required()
                .range(0, 10000)
                .from(ctx -> PLAN_PRICES.get(ctx.index() % PLAN_PRICES.size()))
                .number("annualMonthlyPrice")
                .label("Monthly price, billed annually")
                .range(0, 10000)
                .from(ctx -> Math.round(PLAN_PRICES.get(ctx.index() % PLAN_PRICES.size()) * 0.8 * 100) / 100.0)
                .integer("seatsIncluded")
                .required()
                .range(1, 100000)
                .from(ctx -> List.of(3, 5, 15, 50, 500).get(ctx.index() % 5))
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
                .titles(TitleSource.combo(p -> p.get(0) + " " + field(p.get(1), 0), CAPABILITIES, OBJECTS))
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
                .from(ctx -> field(ctx.part(1), 1))
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
                        INTEGRATIONS.stream().map(e -> field(e, 0)).toList()))
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
                .from(ctx -> field(INTEGRATIONS.get(ctx.index() % INTEGRATIONS.size()), 1))
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

        SharedTypes.person(
                        m,
                        "author",
                        15,
                        List.of(
                                "Product Manager",
                                "Head of Customer Success",
                                "Engineer",
                                "Founder & CEO",
                                "Head of Marketing",
                                "Solutions Architect",
                                "Designer",
                                "Data Scientist"))
                .describe("Someone who writes for the blog and docs.");

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
                .titles(TitleSource.combo(p -> p.get(0).replace("%s", p.get(1)), DOC_PATTERNS, DOC_SUBJECTS))
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
                .titles(TitleSource.combo(p -> "How " + p.get(0) + " " + p.get(1), CUSTOMERS, STORY_OUTCOMES))
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
                        TitleSource.combo(p -> p.get(0).replace("%s", p.get(1)), BLOG_PATTERNS, BLOG_TOPICS),
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

    private static final List<String> PLAN_TAGLINES = List.of(
            "For individuals getting started",
            "For small teams",
            "For growing companies",
            "For scaling organisations",
            "For large, regulated businesses");
    private static final TitleSource CHANGE_SUMMARIES = TitleSource.combo(
            p -> p.get(0) + " " + p.get(1),
            List.of("New", "Improved", "Fixed", "Faster", "More secure"),
            List.of(
                    "CSV exports",
                    "dashboard filters",
                    "approval reminders",
                    "SSO login",
                    "webhook retries",
                    "mobile notifications",
                    "report scheduling",
                    "audit log search",
                    "bulk editing",
                    "API rate limits",
                    "invoice templates",
                    "calendar sync",
                    "permission checks",
                    "data imports",
                    "keyboard shortcuts",
                    "dark mode",
                    "comment threads",
                    "Slack alerts",
                    "time zone handling",
                    "search results"));

    private static String field(String entry, int index) {
        return ItemContext.split(entry)[index];
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

    private static final Vocabulary VOCABULARY = Vocabulary.builder()
            .add(
                    "benefitVerb",
                    "save hours every week",
                    "cut manual work",
                    "reduce errors",
                    "keep everyone on the same page",
                    "stay audit-ready",
                    "make faster decisions",
                    "scale without adding headcount")
            .add(
                    "benefit",
                    "Save hours of manual work every week",
                    "Fewer errors, fewer spreadsheets",
                    "Always-on audit trail",
                    "Works on desktop and mobile",
                    "Set up in minutes, no code required",
                    "Granular permissions for every role",
                    "Real-time updates across teams",
                    "Enterprise-grade security",
                    "Connects to the tools you already use",
                    "Clear reporting for leadership")
            .add(
                    "planPerk",
                    "Unlimited projects",
                    "SSO and SCIM",
                    "Priority support",
                    "Advanced reporting",
                    "Audit logs",
                    "API access",
                    "Custom roles",
                    "99.9% uptime SLA",
                    "Dedicated success manager",
                    "Data residency options",
                    "Unlimited integrations",
                    "Sandbox environment")
            .add(
                    "changeDetail",
                    "This release makes everyday work a little faster.",
                    "Thanks to everyone who sent feedback on this one.",
                    "This change is rolling out to all workspaces over the next few days.",
                    "Admins can turn this on from Settings.")
            .add(
                    "buyerRole",
                    "Head of Operations",
                    "CFO",
                    "VP Engineering",
                    "IT Director",
                    "COO",
                    "Finance Manager",
                    "Head of People")
            .add(
                    "customerQuote",
                    "{siteName} replaced a tangle of spreadsheets and gave us back our Fridays.",
                    "We rolled it out to every team in a week, and adoption was instant.",
                    "The integrations alone saved us a full-time hire.",
                    "It's the first tool our finance and operations teams both love.",
                    "Support is outstanding — real people who know the product inside out.",
                    "Our auditors were impressed. That has never happened before.")
            .add(
                    "postIntro",
                    "We talk to customers about {1} every week. Here is what we have learned.",
                    "{1} is harder than it looks. This is our practical guide.",
                    "A behind-the-scenes look at {1} from our product team.",
                    "If {1} is on your roadmap this year, start here.")
            .add(
                    "headline",
                    "Work faster, together",
                    "The operations platform teams actually enjoy",
                    "Automate the busywork",
                    "From spreadsheets to clarity",
                    "Built for teams that move fast",
                    "Your whole workflow in one place",
                    "Start free, scale without limits",
                    "Trusted by {#2-9},000 teams",
                    "Less admin, more impact",
                    "Reporting that runs itself",
                    "Security your IT team will love",
                    "Connect every tool you use",
                    "Ship approvals in minutes, not days",
                    "See what's new in {siteName}",
                    "The smarter way to run operations")
            .add(
                    "heading",
                    "How it works",
                    "Why teams choose us",
                    "Security and compliance",
                    "Integrations",
                    "Pricing",
                    "Customer stories",
                    "Getting started",
                    "What's new",
                    "Built for scale",
                    "Support and onboarding",
                    "Our mission",
                    "Frequently asked questions",
                    "For finance teams",
                    "For operations teams",
                    "For IT and security",
                    "The platform",
                    "Roadmap",
                    "Step-by-step",
                    "Before you begin",
                    "Example",
                    "Troubleshooting tips",
                    "Related articles")
            .add(
                    "sentence",
                    "{siteName} brings your team's workflows, data and approvals into one place.",
                    "Most teams are up and running in under a day.",
                    "Every plan includes unlimited viewers and a 14-day free trial.",
                    "We are SOC 2 Type II certified and encrypt data at rest and in transit.",
                    "Connect the tools you already use in a couple of clicks.",
                    "Our customer success team helps you migrate existing data for free.",
                    "Role-based permissions make sure people see exactly what they need.",
                    "Dashboards update in real time, so nobody waits for month-end.",
                    "Admins can manage users with single sign-on and SCIM provisioning.",
                    "The API covers everything you can do in the app.",
                    "Changes are tracked in a full audit log.",
                    "We ship improvements every week and publish them in our changelog.",
                    "Over {#2-9},000 teams in {#20-60} countries rely on {siteName} every day.",
                    "Our support team answers most questions within an hour.",
                    "Data can be hosted in the EU or the US.",
                    "Templates help new teams get started in minutes.",
                    "Workflows can be triggered by forms, schedules or webhooks.",
                    "Mobile apps keep approvals moving when you're away from your desk.",
                    "Reports can be scheduled and shared automatically.",
                    "You can export your data at any time in open formats.",
                    "Enterprise plans include a dedicated success manager and uptime SLA.",
                    "{siteName} was founded in {year} by a team that was tired of spreadsheets.",
                    "Go to Settings and choose Workspace to change this option.",
                    "Only admins can change this setting.",
                    "If the problem continues, contact support with your workspace ID.")
            .add(
                    "bullet",
                    "SOC 2 Type II certified",
                    "SSO and SCIM provisioning",
                    "EU and US data hosting",
                    "99.9% uptime SLA",
                    "Unlimited viewers on every plan",
                    "Free data migration",
                    "14-day free trial",
                    "Open REST API",
                    "Weekly product updates",
                    "Role-based permissions",
                    "Full audit log",
                    "Mobile apps for iOS and Android")
            .add(
                    "tagline",
                    "Operations software for modern teams",
                    "Automate the busywork",
                    "Workflows, reports and approvals in one place",
                    "Less admin, more impact")
            .add(
                    "cta",
                    "Start free trial",
                    "Book a demo",
                    "See pricing",
                    "Read the docs",
                    "Talk to sales",
                    "Explore features")
            .add(
                    "feature",
                    "Automations||Turn repetitive tasks into workflows that run themselves.",
                    "Real-time dashboards||See every number update as it happens.",
                    "Approvals||Route requests to the right people automatically.",
                    "Integrations||Connect {#50-60}+ tools in a couple of clicks.",
                    "Security||SOC 2 Type II, SSO and full audit logs.",
                    "API||Everything in the app is available through our REST API.",
                    "Templates||Start from proven workflows built by our team.",
                    "Mobile||Approve and review on the go.",
                    "Permissions||Granular roles for every team.",
                    "Support||Real people, replying in under an hour.",
                    "Data residency||Host your data in the EU or US.",
                    "Reporting||Schedule and share reports automatically.")
            .add("page", "Security", "Pricing", "Customers", "Partners", "Status", "Data Processing Agreement")
            .add(
                    "campaign",
                    "Spring Product Launch",
                    "Annual Plan Offer",
                    "Webinar Series 2026",
                    "Free Migration Month",
                    "Startup Programme",
                    "Nonprofit Discount",
                    "Security Week",
                    "Partner Summit",
                    "AI Features Preview",
                    "Customer Conference",
                    "Switch From Spreadsheets",
                    "Enterprise Trial")
            .add(
                    "photoSubject",
                    "Our product team",
                    "A dashboard on a laptop",
                    "A team meeting",
                    "The office",
                    "A customer workshop",
                    "A mobile app screen",
                    "Engineers pairing",
                    "A whiteboard session",
                    "Our support team",
                    "A conference talk",
                    "A remote team call",
                    "Our founders")
            .add(
                    "photoSetting",
                    "in the office",
                    "in natural light",
                    "from above",
                    "at our annual conference",
                    "during a design sprint",
                    "in close-up",
                    "at a customer site",
                    "on a Friday afternoon")
            .add(
                    "faq",
                    "pricing||Is there a free plan?||Yes, the Free plan is free forever for up to three users.",
                    "pricing||Can I change plans later?||Upgrade or downgrade at any time; we prorate the difference.",
                    "pricing||Do you offer discounts for nonprofits?||Yes, registered nonprofits get 50% off any paid plan.",
                    "pricing||What payment methods do you accept?||Cards on monthly plans, and invoices on annual plans.",
                    "product||How long does setup take?||Most teams are up and running in under a day.",
                    "product||Do you have an API?||Yes, a full REST API plus webhooks. See our documentation.",
                    "product||Which integrations do you support?||Over fifty, including Slack, Salesforce, Xero and Google Workspace.",
                    "product||Is there a mobile app?||Yes, for iOS and Android.",
                    "security||Is my data secure?||We're SOC 2 Type II certified and encrypt all data at rest and in transit.",
                    "security||Where is my data stored?||In the EU or the US — you choose when you create your workspace.",
                    "security||Do you support SSO?||SSO with SAML and SCIM provisioning is available on Business and Enterprise.",
                    "support||How do I get help?||Chat with us in the app or email support; most questions are answered within an hour.",
                    "support||Do you help with migration?||Yes, our team migrates your existing data for free on paid plans.",
                    "account||Can I export my data?||Any time, in CSV or JSON, from your workspace settings.",
                    "account||How do I cancel?||Cancel from the billing page; you keep access until the end of your billing period.")
            .add(
                    "quote",
                    "We replaced five spreadsheets and two tools with {siteName}.",
                    "Setup took an afternoon. The time savings started the next day.",
                    "The best support team we've ever dealt with.",
                    "Our month-end close is three days shorter.",
                    "Finally, a tool our finance and ops teams agree on.",
                    "The integrations just work.",
                    "Security review was the easiest we've ever had.",
                    "It's become the backbone of how we operate.")
            .add("role", "Head of Operations", "CFO", "IT Director", "Operations Manager", "Founder")
            .add(
                    "bio",
                    "{first} has built software for operations teams for over {#5-15} years.",
                    "{first} leads our work on workflows and automation.",
                    "Before {siteName}, {first} ran finance operations at a fast-growing start-up.",
                    "{first} writes about product design, data and the future of work.",
                    "{first} works from our {city} office and loves talking to customers.")
            .add(
                    "nav",
                    "Product||/features",
                    "Features||/features",
                    "Integrations||/integrations",
                    "Pricing||/pricing",
                    "Docs||/doc-pages",
                    "Customers||/customer-stories",
                    "Blog||/blog-posts")
            .build();
}
