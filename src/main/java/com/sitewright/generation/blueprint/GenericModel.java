package com.sitewright.generation.blueprint;

import java.util.List;
import java.util.Map;

/**
 * Any local business Sitewright has no tailored model for. Copy is written around the subject the
 * prompt named ("dog grooming salon"), so it reads as that business without knowing its trade.
 */
final class GenericModel implements IndustryModel {

    private static final List<String> CATEGORIES = List.of(
            "Consultations",
            "Packages",
            "Maintenance",
            "Memberships",
            "Workshops",
            "Emergency Call-Outs",
            "Gift Vouchers",
            "Seasonal Specials",
            "Add-Ons",
            "Business Services");
    private static final List<String> SERVICE_TIERS = List.of(
            "Essential",
            "Signature",
            "Premium",
            "Express",
            "Deluxe",
            "Starter",
            "Seasonal",
            "Family",
            "Weekend",
            "Priority");
    /** service || category index || typical minutes. */
    private static final List<String> SERVICES = List.of(
            "Consultation||0||30",
            "Package||1||120",
            "Session||1||60",
            "Appointment||0||45",
            "Care Plan||3||60",
            "Check-Up||2||30",
            "Treatment||1||60",
            "Home Visit||4||90",
            "Membership||3||60",
            "Workshop||4||120");

    private static final List<String> SERVICE_VARIANTS = List.of("", " for Two", " Plus", " (Half Day)", " (Full Day)");
    private static final List<String> PROJECT_TYPES = List.of(
            "A Complete Makeover",
            "A Quick Turnaround",
            "A Long-Term Partnership",
            "A Seasonal Project",
            "An Emergency Job",
            "A Custom Commission",
            "A Full-Service Package",
            "A Community Project",
            "A Launch Event",
            "An Annual Programme");
    private static final List<String> PROJECT_CLIENTS = List.of(
            "a Local Family",
            "a Neighbourhood Café",
            "the City Council",
            "a Primary School",
            "a Tech Start-Up",
            "a Local Charity",
            "a Boutique Hotel",
            "a Retirement Community",
            "a Sports Club",
            "a Family-Run Shop",
            "a Dental Practice",
            "a Community Garden",
            "a Wedding Party",
            "a Co-Working Space",
            "a Youth Club",
            "a Housing Co-Op",
            "a Bakery",
            "a Law Office",
            "a Festival",
            "an Art Gallery");
    private static final List<String> POST_PATTERNS = List.of(
            "%s: What Our Customers Ask Most",
            "A Beginner's Guide to %s",
            "Ten Tips for %s",
            "%s on a Budget",
            "What We've Learned About %s",
            "The Truth About %s",
            "Getting Ready for %s",
            "Our Team's Advice on %s",
            "%s: Myths and Facts",
            "How to Get the Most From %s");
    private static final List<String> POST_TOPICS = List.of(
            "Booking Your First Appointment",
            "Seasonal Care",
            "Choosing the Right Package",
            "Working With a Local Business",
            "Aftercare",
            "Gift Vouchers",
            "Planning Ahead",
            "Busy Periods",
            "Everyday Maintenance",
            "Saving Money",
            "Quality and Safety",
            "Sustainability",
            "Family Visits",
            "Memberships",
            "Last-Minute Bookings",
            "Reviews and Recommendations",
            "Customer Care",
            "Our Prices",
            "Accessibility",
            "Emergency Appointments",
            "Home Visits",
            "Workshops",
            "Loyalty Rewards",
            "Your First Visit",
            "Preparing for Winter",
            "Summer Care",
            "Long-Term Plans",
            "Our Guarantee",
            "Local Partners",
            "New Services",
            "Group Bookings",
            "Special Occasions");
    private static final List<String> PACKAGES = List.of(
            "Essential",
            "Standard",
            "Premium",
            "Family",
            "Business",
            "Student",
            "Seasonal",
            "Annual",
            "Starter",
            "Complete",
            "Flexible",
            "VIP");

    @Override
    public Industry industry() {
        return Industry.GENERIC;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("service").testimonialSource("review");

        m.data("serviceCategory")
                .count(CATEGORIES.size())
                .describe("A group of services.")
                .aliases("category", "service category")
                .titles(TitleSource.fixed(CATEGORIES))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .longText("description")
                .max(400)
                .template(
                        "{title} from {siteName}, your local {subject}.",
                        "Everything in {title} is delivered by our own team, never subcontracted.")
                .integer("sortOrder")
                .range(0, 1000)
                .from(ctx -> ctx.index() * 10);

        SharedTypes.person(
                        m,
                        "teamMember",
                        30,
                        List.of(
                                "Founder",
                                "Manager",
                                "Senior Specialist",
                                "Specialist",
                                "Apprentice",
                                "Customer Care Lead",
                                "Operations Manager",
                                "Bookings Coordinator"))
                .describe("A member of the team.")
                .integer("yearsExperience")
                .range(0, 60)
                .from(ctx -> ctx.between(1, 25))
                .json("specialities")
                .fill(0.7)
                .from(ctx -> Map.of(
                        "items",
                        ctx.pickDistinct(
                                SERVICES.stream()
                                        .map(s -> ItemContext.split(s)[0])
                                        .toList(),
                                ctx.between(1, 3))));

        m.page("service")
                .count(300)
                .describe("Something the business offers.")
                .aliases("service", "offering", "treatment", "product", "item")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + field(p.get(1), 0) + p.get(2), SERVICE_TIERS, SERVICES, SERVICE_VARIANTS))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .template(
                        "Our {0} " + "{serviceWord}: everything you expect from a good {subject}, and a little more.",
                        "The {title} is our most popular way to get started with {siteName}.",
                        "Book the {title} and let our team take care of the details.")
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(2, 3, (String) ctx.value("summary")))
                .reference("category", "serviceCategory")
                .required()
                .from(ctx -> ctx.refAt("serviceCategory", Integer.parseInt(field(ctx.part(1), 1))))
                .number("priceFrom")
                .required()
                .range(0, 10000)
                .from(GenericModel::price)
                .integer("durationMinutes")
                .range(5, 1440)
                .from(GenericModel::minutes)
                .bool("bookableOnline")
                .from(ctx -> ctx.chance(0.8))
                .references("specialists", "teamMember")
                .items(0, 4)
                .fill(0.6)
                .bool("featured")
                .from(ctx -> ctx.chance(0.08))
                .reference("heroImage", "image")
                .fill(0.7);

        m.data("pricingPackage")
                .count(PACKAGES.size())
                .describe("A bundle of services at one price.")
                .aliases("package", "plan", "pricing package", "bundle")
                .titles(TitleSource.fixed(
                        PACKAGES.stream().map(p -> p + " Package").toList()))
                .text("name")
                .required()
                .max(60)
                .fromTitle()
                .slug("slug")
                .required()
                .number("price")
                .required()
                .range(0, 100000)
                .from(ctx -> ctx.price(29, 490, 1))
                .enumOf("billingPeriod", "one-off", "monthly", "yearly")
                .required()
                .json("includes")
                .required()
                .from(ctx -> Map.of("items", ctx.pickDistinct("packagePerk", ctx.between(3, 5))))
                .references("services", "service")
                .items(1, 6)
                .from(ctx -> ctx.refs("service", 2, 4))
                .bool("mostPopular")
                .from(ctx -> ctx.index() == 2);

        SharedTypes.location(m, "location", 6).describe("Where to find us.");

        m.page("project")
                .count(250)
                .describe("A piece of past work for the portfolio.")
                .aliases("project", "portfolio item", "portfolio", "case study", "job", "work")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " for " + p.get(1) + " (" + p.get(2) + ")",
                        PROJECT_TYPES,
                        PROJECT_CLIENTS,
                        List.of("2019", "2020", "2021", "2022", "2023", "2024", "2025")))
                .text("summary")
                .required()
                .max(300)
                .localized()
                .from(ctx -> ctx.fill("{0} for {1}, delivered by our {subject} team in {2}."))
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(2, 4, (String) ctx.value("summary")))
                .text("client")
                .max(120)
                .from(ctx -> Text.titleCase(ctx.part(1).replaceFirst("^(a|an|the) ", "")))
                .date("completedOn")
                .required()
                .from(ctx -> ctx.date(Integer.parseInt(ctx.part(2)), Integer.parseInt(ctx.part(2))))
                .references("services", "service")
                .required()
                .items(1, 4)
                .from(ctx -> ctx.refs("service", 1, 3))
                .references("team", "teamMember")
                .items(0, 4)
                .fill(0.7)
                .reference("testimonial", "testimonial")
                .fill(0.3)
                .reference("heroImage", "image")
                .fill(0.8)
                .bool("featured")
                .from(ctx -> ctx.chance(0.1));

        SharedTypes.review(m, "review", 800, vocabulary())
                .describe("A customer's review.")
                .reference("service", "service")
                .fill(0.7)
                .reference("location", "location")
                .fill(0.8);

        SharedTypes.article(
                        m,
                        "blogPost",
                        320,
                        TitleSource.combo(p -> p.get(0).replace("%s", p.get(1)), POST_PATTERNS, POST_TOPICS),
                        "teamMember",
                        "postIntro")
                .displayName("Blog Post")
                .describe("News and advice from the team.")
                .enumOf("category", "advice", "news", "behind the scenes", "customer stories")
                .required();

        m.component("serviceGrid")
                .count(5)
                .describe("Cards for a selection of services.")
                .titles(TitleSource.fixed(
                        "Service Grid – Homepage",
                        "Service Grid – Services Page",
                        "Service Grid – Landing Pages",
                        "Service Grid – Locations",
                        "Service Grid – Footer"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("What we do", "Our services", "Popular with our customers", "How we can help")
                .references("services", "service")
                .required()
                .items(3, 9);
        m.component("teamGrid")
                .count(3)
                .describe("Photos and names of the team.")
                .titles(TitleSource.fixed("Team Grid – About Page", "Team Grid – Homepage", "Team Grid – Careers"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Meet the team", "The people behind {siteName}", "Say hello")
                .references("members", "teamMember")
                .required()
                .items(2, 12);
        m.component("bookingCta")
                .displayName("Booking CTA")
                .count(4)
                .describe("A prompt to book.")
                .titles(TitleSource.fixed(
                        "Booking CTA – Homepage",
                        "Booking CTA – Services",
                        "Booking CTA – Blog",
                        "Booking CTA – Footer"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Ready when you are", "Book your appointment", "Get a free quote")
                .longText("body")
                .max(300)
                .text("buttonLabel")
                .required()
                .max(30)
                .template("Book now", "Get a quote", "Check availability")
                .url("buttonUrl")
                .required()
                .from(ctx -> ctx.linkTo("/contact"));
    }

    private static String field(String entry, int index) {
        return ItemContext.split(entry)[index];
    }

    private static double price(ItemContext ctx) {
        int minutes = Integer.parseInt(field(ctx.part(1), 2));
        double multiplier = switch (ctx.part(0)) {
            case "Premium", "Deluxe", "Signature" -> 1.6;
            case "Express", "Starter", "Essential" -> 0.8;
            default -> 1.0;
        };
        return ctx.price(minutes * 0.9 * multiplier, minutes * 1.6 * multiplier, 5);
    }

    private static int minutes(ItemContext ctx) {
        String variant = ctx.part(2);
        return variant.contains("Half Day")
                ? 240
                : variant.contains("Full Day")
                        ? 480
                        : Integer.parseInt(field(ctx.part(1), 2)) * (variant.contains("Two") ? 2 : 1);
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }

    private static final Vocabulary VOCABULARY = Vocabulary.builder()
            .add("serviceWord", "service", "package", "option")
            .add(
                    "packagePerk",
                    "Priority booking",
                    "A free initial consultation",
                    "10% off add-ons",
                    "A dedicated contact person",
                    "Flexible rescheduling",
                    "Free aftercare check-in",
                    "Member-only events",
                    "Annual review",
                    "Gift for new customers")
            .add(
                    "postIntro",
                    "Our customers ask us about {1} all the time, so here is our honest advice.",
                    "{1} doesn't need to be complicated. Here's how we approach it at {siteName}.",
                    "A short guide to {1} from the team at {siteName}.",
                    "Everything you need to know about {1}, in plain English.")
            .add(
                    "headline",
                    "Your local {subject}, done properly",
                    "Friendly experts in {city}",
                    "Trusted by {#300-3000} local customers",
                    "Book online in under a minute",
                    "Quality you can count on",
                    "Serving {neighborhood} since {year}",
                    "Real people, real care",
                    "Honest prices, no surprises",
                    "The {subject} your neighbours recommend",
                    "Here when you need us",
                    "Small business, big standards",
                    "Welcome to {siteName}",
                    "New this {season}: more ways to book",
                    "Care, craft and good service",
                    "Let's get started")
            .add(
                    "heading",
                    "What we do",
                    "Why choose us",
                    "Our story",
                    "Meet the team",
                    "Prices",
                    "How it works",
                    "What to expect",
                    "Where to find us",
                    "Opening hours",
                    "Our promise",
                    "Customer reviews",
                    "Booking and cancellations",
                    "Gift vouchers",
                    "Working with businesses",
                    "Careers",
                    "Community",
                    "Accessibility",
                    "Aftercare",
                    "Frequently asked questions",
                    "Get in touch")
            .add(
                    "sentence",
                    "{siteName} is an independent {subject} based in {city}.",
                    "We opened our doors in {neighborhood} in {year} and have grown by word of mouth ever since.",
                    "Every member of our team is trained, insured and proud of their work.",
                    "You can book online at any time, or call us during opening hours.",
                    "Our prices are clear and agreed upfront, with no hidden extras.",
                    "Most appointments are available within the week.",
                    "We're a small team, so you'll see familiar faces every time you visit.",
                    "Customers come to us from across {city} and the surrounding area.",
                    "We use quality materials and products from local suppliers wherever we can.",
                    "If you're not happy with our work, tell us and we'll put it right.",
                    "Gift vouchers are available in any amount and never expire.",
                    "Our team has more than {#20-120} years of combined experience.",
                    "We're fully insured and members of our national trade association.",
                    "Evening and weekend appointments are available on request.",
                    "New customers get a free first consultation.",
                    "We support local causes and sponsor a youth sports team in {neighborhood}.",
                    "We reply to every message within one working day.",
                    "Our {subject} is step-free and accessible to everyone.",
                    "Regular customers can join our loyalty scheme for priority booking.",
                    "Parking is available right outside, and we're close to public transport.",
                    "We keep our diary flexible for urgent requests.",
                    "Running {aSubject} is about people first, and we never forget that.",
                    "Business customers can open an account with monthly invoicing.",
                    "We're rated 4.{#6-9} out of 5 by our customers.")
            .add(
                    "bullet",
                    "Free first consultation",
                    "Clear prices, agreed upfront",
                    "Book online 24/7",
                    "Fully trained and insured team",
                    "Evening and weekend appointments",
                    "Loyalty scheme",
                    "Gift vouchers that never expire",
                    "Step-free access",
                    "Local, independent business",
                    "Satisfaction guarantee",
                    "Monthly invoicing for businesses",
                    "Free parking")
            .add(
                    "tagline",
                    "Your local {subject} in {city}",
                    "Friendly, professional, local",
                    "Quality service since {year}",
                    "Trusted by the {neighborhood} community",
                    "Care you can count on")
            .add("cta", "Book now", "Get a quote", "See our services", "Call us", "Meet the team", "Read reviews")
            .add(
                    "feature",
                    "Local and independent||Owned and run by people who live in {city}.",
                    "Clear prices||Agreed upfront, with no hidden extras.",
                    "Book online||Any time, day or night.",
                    "Trained team||Qualified, insured and friendly.",
                    "Satisfaction guarantee||Not happy? We'll put it right.",
                    "Flexible hours||Evenings and weekends available.",
                    "Gift vouchers||The perfect present, in any amount.",
                    "Loyalty rewards||Priority booking for regular customers.",
                    "Business accounts||Monthly invoicing for local companies.",
                    "Accessible||Step-free access for everyone.")
            .add("page", "Pricing", "Gift Vouchers", "Our Guarantee", "Work With Us", "Areas We Cover")
            .add(
                    "campaign",
                    "Spring Offer",
                    "Summer Bookings Open",
                    "Refer a Friend",
                    "Gift Voucher Sale",
                    "New Location Opening",
                    "Loyalty Scheme Launch",
                    "Back to School",
                    "Festive Season",
                    "Business Accounts",
                    "Anniversary Celebration",
                    "First Visit Discount",
                    "Community Day")
            .add(
                    "photoSubject",
                    "Our team",
                    "The shop front",
                    "A happy customer",
                    "Our workspace",
                    "Tools of the trade",
                    "The reception desk",
                    "Our founder",
                    "A finished project",
                    "The team at work",
                    "Our van",
                    "A community event",
                    "The waiting area")
            .add(
                    "photoSetting",
                    "in the neighbourhood",
                    "in natural light",
                    "on a busy Saturday",
                    "from above",
                    "in close-up",
                    "at opening time",
                    "at our premises",
                    "on a sunny afternoon")
            .add(
                    "faq",
                    "booking||How do I book?||Book online at any time, call us, or pop in during opening hours.",
                    "booking||Can I change or cancel my booking?||Yes, free of charge up to 24 hours before your appointment.",
                    "booking||Do you offer evening or weekend appointments?||Yes, on request. Let us know what works for you.",
                    "booking||How soon can you fit me in?||Most appointments are available within the week, and we keep space for urgent requests.",
                    "prices||How much do your services cost?||Prices are listed on each service page and agreed with you before we start.",
                    "prices||Which payment methods do you accept?||Cards, contactless, bank transfer and cash.",
                    "prices||Do you offer discounts?||Regular customers, students and businesses can all save with our packages.",
                    "service||What if I'm not happy?||Tell us within 14 days and we'll put it right at no extra cost.",
                    "service||Are you insured?||Yes, fully insured, and our team is trained and qualified.",
                    "service||Do you work with businesses?||Yes, with monthly invoicing and a dedicated contact person.",
                    "visiting||Is there parking?||Free parking is available right outside.",
                    "visiting||Are you accessible?||Our premises have step-free access throughout.",
                    "general||Do you sell gift vouchers?||Yes, in any amount, online or in person. They never expire.",
                    "general||Are you hiring?||We're always happy to hear from friendly, skilled people. See our Careers page.")
            .add(
                    "quote",
                    "Friendly, professional and great value. I recommend {siteName} to everyone.",
                    "The best {subject} in {city}, hands down.",
                    "They fitted me in the same week and did a brilliant job.",
                    "Clear prices, lovely team and excellent work.",
                    "I've been a regular for years and it's always a pleasure.",
                    "They went above and beyond for us.",
                    "Honest, reliable and genuinely caring.",
                    "Booking online was so easy.")
            .add("role", "Regular customer", "First-time customer", "Local business owner", "Parent", "Neighbour")
            .add(
                    "reviewHeadline",
                    "5||Highly recommend",
                    "5||Brilliant service",
                    "5||Friendly and professional",
                    "5||Great value",
                    "5||Best in town",
                    "5||Couldn't be happier",
                    "5||Above and beyond",
                    "5||So easy to book",
                    "5||A real local gem",
                    "5||Excellent, as always",
                    "5||Lovely team",
                    "5||Exceeded expectations",
                    "4||Very good overall",
                    "4||Great, but busy",
                    "4||Good value",
                    "4||Would use again",
                    "4||Friendly staff",
                    "3||Okay experience",
                    "3||Good but slow",
                    "2||Disappointing",
                    "2||Not as promised",
                    "1||Poor experience")
            .add(
                    "reviewPositive",
                    "The team at {siteName} were friendly and really knew their stuff.",
                    "Booking was quick and they kept me updated throughout.",
                    "Great value for the quality of work.",
                    "Everything was explained clearly before they started.",
                    "I've already recommended them to friends in {neighborhood}.",
                    "They fitted me in at short notice, which I really appreciated.")
            .add(
                    "reviewMixed",
                    "The result was good, but I had to wait longer than expected.",
                    "Friendly team, though a little pricier than others nearby.",
                    "Good service overall, but communication could be better.")
            .add(
                    "reviewCritical",
                    "My appointment was moved twice at the last minute.",
                    "The work wasn't finished to the standard I expected.",
                    "Nobody returned my calls for a week.")
            .add(
                    "bio",
                    "{first} has worked in the trade for over {#5-20} years.",
                    "{first} joined {siteName} in {#2012-2024} and knows many customers by name.",
                    "{first} looks after bookings and makes sure every visit runs smoothly.",
                    "{first} trains our apprentices and leads our bigger projects.",
                    "Outside work, {first} can usually be found somewhere in {neighborhood}.")
            .add(
                    "nav",
                    "Services||/services",
                    "Prices||/pricing",
                    "Our Work||/projects",
                    "Our Team||/team-members",
                    "Blog||/blog-posts",
                    "Book||/contact")
            .build();
}
