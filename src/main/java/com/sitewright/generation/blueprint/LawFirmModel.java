package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A full-service law firm: practice areas, lawyers, offices, case studies, insights, events and awards. */
final class LawFirmModel implements IndustryModel {

    private static final List<String> PRACTICE_AREAS = List.of(
            "Commercial Litigation",
            "Employment Law",
            "Family Law",
            "Commercial Property",
            "Corporate & M&A",
            "Intellectual Property",
            "Data Protection & Privacy",
            "Immigration",
            "Wills, Trusts & Probate",
            "Personal Injury",
            "Banking & Finance",
            "Construction",
            "Tax",
            "Insolvency & Restructuring",
            "Regulatory & Compliance",
            "Dispute Resolution",
            "Franchising",
            "Healthcare",
            "Technology & Media",
            "Criminal Defence");
    /** Outcome || practice area index. */
    private static final List<String> OUTCOMES = List.of(
            "Successful Defence of a £2m Contract Claim||0",
            "Unfair Dismissal Claim Dismissed at Tribunal||1",
            "Complex Cross-Border Divorce Settlement||2",
            "Portfolio Acquisition of 14 Retail Units||3",
            "Sale of a Family Business to Private Equity||4",
            "Trade Mark Infringement Win||5",
            "GDPR Breach Investigation Closed Without Fine||6",
            "Skilled Worker Sponsor Licence Restored||7",
            "Contested Will Resolved Through Mediation||8",
            "Six-Figure Settlement After Road Traffic Accident||9",
            "Refinancing of a £40m Credit Facility||10",
            "Adjudication Win Over Delayed Payments||11",
            "Successful Appeal Against a Tax Assessment||12",
            "Rescue of a Manufacturer Through Administration||13",
            "Regulatory Investigation Closed With No Action||14",
            "Shareholder Dispute Settled Before Trial||15",
            "Franchise Network Expansion Into Three Countries||16",
            "Clinical Negligence Claim Settled||17",
            "Software Licensing Dispute Resolved||18",
            "Acquittal in a Fraud Trial||19");

    private static final List<String> CLIENTS = List.of(
            "a Regional Logistics Company",
            "a Family-Owned Bakery Chain",
            "a Fintech Start-Up",
            "a Housing Association",
            "a National Retailer",
            "a University Spin-Out",
            "a Hospitality Group",
            "a Construction Contractor",
            "a Private Client",
            "a Software Company",
            "a Manufacturing Business",
            "a Care Home Operator",
            "a Charity",
            "a Renewable Energy Developer",
            "a Professional Sports Club",
            "a Dental Practice Group",
            "an Architecture Studio",
            "a Media Agency",
            "a Food Producer",
            "an Independent School",
            "a Family Office",
            "a Biotech Company",
            "a Local Authority",
            "a Wine Importer",
            "a Transport Operator",
            "an E-Commerce Brand",
            "a Hotel Owner",
            "a Farming Partnership",
            "a Pharmaceutical Distributor",
            "a Games Studio");
    private static final List<String> YEARS = List.of("2020", "2021", "2022", "2023", "2024", "2025");
    private static final List<String> INSIGHT_PATTERNS = List.of(
            "What the Latest Changes to %s Mean for You",
            "%s: Five Things to Know in 2026",
            "A Practical Guide to %s",
            "%s: Common Mistakes and How to Avoid Them",
            "Recent Court Decisions on %s",
            "%s for Small Businesses",
            "Understanding %s",
            "%s: A Checklist for Directors",
            "How to Prepare for %s",
            "Key Dates for %s",
            "%s Explained",
            "%s: Our Predictions for the Year Ahead",
            "Frequently Asked Questions About %s",
            "%s: Lessons From Recent Cases",
            "Navigating %s",
            "%s: What Employers Should Do Now",
            "The Cost of Getting %s Wrong",
            "%s After Brexit",
            "Rethinking %s",
            "%s in Family Businesses");
    private static final List<String> INSIGHT_TOPICS = List.of(
            "Flexible Working Requests",
            "Non-Compete Clauses",
            "Shareholder Agreements",
            "Lasting Powers of Attorney",
            "Commercial Leases",
            "Data Subject Access Requests",
            "Sponsor Licences",
            "Trade Mark Registration",
            "Inheritance Tax Planning",
            "Prenuptial Agreements",
            "Construction Payment Disputes",
            "Directors' Duties",
            "Whistleblowing",
            "Redundancy Consultations",
            "AI and Copyright",
            "Cyber Incident Response",
            "Franchise Agreements",
            "Late Payment Claims",
            "Business Succession",
            "Cohabitation Rights",
            "Supply Chain Contracts",
            "Software Licensing",
            "Restrictive Covenants",
            "Employee Share Schemes",
            "Landlord Break Clauses",
            "Probate Delays",
            "Personal Guarantees",
            "Workplace Investigations",
            "Anti-Bribery Compliance",
            "Right to Work Checks",
            "Environmental Regulation",
            "Company Insolvency",
            "Mediation",
            "Child Arrangements",
            "Product Liability",
            "Consumer Rights",
            "Tenancy Deposits",
            "Medical Consent",
            "Agency Agreements",
            "Trade Secrets",
            "Equal Pay",
            "Holiday Pay",
            "Charity Governance",
            "Planning Permission",
            "Debt Recovery");
    private static final List<String> AWARD_BODIES = List.of(
            "Chambers UK",
            "The Legal 500",
            "Law Society Excellence Awards",
            "Modern Law Awards",
            "Regional Law Awards",
            "Best Lawyers",
            "Lexology Client Choice",
            "The Lawyer Awards",
            "Citywealth Awards",
            "Employment Law Awards");
    private static final List<String> EVENT_TOPICS = List.of(
            "Employment Law Update",
            "Breakfast Briefing for Founders",
            "Family Business Succession Seminar",
            "Data Protection Clinic",
            "Property Market Briefing",
            "Directors' Duties Masterclass",
            "Immigration Q&A",
            "Wills Week Drop-In",
            "Construction Contracts Workshop",
            "Tax Year-End Webinar");

    @Override
    public Industry industry() {
        return Industry.LAW_FIRM;
    }

    @Override
    public void contribute(ModelBuilder m) {
        m.primary("caseStudy");

        m.page("practiceArea")
                .count(PRACTICE_AREAS.size())
                .describe("An area of law the firm advises on.")
                .aliases("practice area", "service", "practice", "area of law")
                .titles(TitleSource.fixed(PRACTICE_AREAS))
                .text("summary")
                .required()
                .max(300)
                .localized()
                .template(
                        "Clear, practical advice on {title}, from a team that has seen it all before.",
                        "Our {title} lawyers help businesses and individuals resolve issues quickly and cost-effectively.",
                        "Specialist {title} advice for owners, boards and private clients.")
                .richText("body")
                .required()
                .from(ctx -> ctx.richText(2, 4, (String) ctx.value("summary")))
                .json("keyServices")
                .required()
                .from(ctx -> Map.of("items", ctx.pickDistinct("legalService", ctx.between(4, 6))))
                .enumOf("clientType", "business", "private", "both")
                .required()
                .bool("featured")
                .from(ctx -> ctx.index() < 6);

        SharedTypes.location(m, "office", 8)
                .describe("One of our offices.")
                .aliases("office")
                .integer("meetingRooms")
                .range(1, 40)
                .from(ctx -> ctx.between(2, 12))
                .bool("parking")
                .from(ctx -> ctx.chance(0.5));

        SharedTypes.person(
                        m,
                        "attorney",
                        60,
                        List.of(
                                "Partner",
                                "Senior Partner",
                                "Managing Partner",
                                "Senior Associate",
                                "Associate",
                                "Of Counsel",
                                "Legal Director",
                                "Trainee Solicitor",
                                "Paralegal"))
                .displayName("Lawyer")
                .describe("A lawyer at the firm.")
                .aliases("attorney", "lawyer", "solicitor", "partner", "people")
                .references("practiceAreas", "practiceArea")
                .required()
                .items(1, 3)
                .reference("office", "office")
                .required()
                .phone("directLine")
                .fill(0.9)
                .integer("admittedYear")
                .label("Year admitted")
                .range(1970, 2026)
                .from(ctx -> ctx.value("role").toString().matches("Trainee.*|Paralegal")
                        ? null
                        : ctx.value("role").toString().matches(".*Partner")
                                ? ctx.between(1988, 2012)
                                : ctx.between(2010, 2024))
                .json("education")
                .fill(0.8)
                .from(ctx -> Map.of("items", ctx.pickDistinct("lawSchool", ctx.between(1, 2))))
                .json("languages")
                .fill(0.5)
                .from(ctx -> Map.of(
                        "items",
                        ctx.pickDistinct(
                                List.of(
                                        "English",
                                        "French",
                                        "Spanish",
                                        "German",
                                        "Mandarin",
                                        "Arabic",
                                        "Polish",
                                        "Portuguese",
                                        "Hindi"),
                                ctx.between(1, 3))));

        m.page("caseStudy")
                .count(650)
                .describe("A matter we worked on, told with the client's permission.")
                .aliases("case study", "case", "matter", "result", "success story")
                .titles(TitleSource.combo(
                        p -> field(p.get(0), 0) + " for " + p.get(1) + " (" + p.get(2) + ")", OUTCOMES, CLIENTS, YEARS))
                .text("summary")
                .required()
                .max(300)
                .localized()
                .from(ctx -> ctx.fill(
                        "We acted for " + ctx.part(1) + " in {caseContext}. Outcome: " + field(ctx.part(0), 0) + "."))
                .richText("challenge")
                .required()
                .from(ctx -> ctx.richText(1, 1, ctx.fill("{challenge}")))
                .richText("approach")
                .required()
                .from(ctx -> ctx.richText(1, 2, ctx.fill("{approach}")))
                .richText("outcome")
                .required()
                .from(ctx -> ItemContext.paragraphs(ctx.fill("{result}")))
                .reference("practiceArea", "practiceArea")
                .required()
                .from(ctx -> ctx.refAt("practiceArea", Integer.parseInt(field(ctx.part(0), 1))))
                .references("lawyers", "attorney")
                .required()
                .items(1, 4)
                .from(ctx -> ctx.refs("attorney", 1, 3))
                .enumOf(
                        "clientSector",
                        "technology",
                        "retail",
                        "property",
                        "healthcare",
                        "manufacturing",
                        "hospitality",
                        "finance",
                        "public sector",
                        "charity",
                        "private client")
                .required()
                .integer("year")
                .required()
                .range(1990, 2030)
                .from(ctx -> Integer.parseInt(ctx.part(2)))
                .bool("clientNamed")
                .from(ctx -> ctx.chance(0.2))
                .text("clientName")
                .max(120)
                .fill(1.0)
                .from(ctx -> Boolean.TRUE.equals(ctx.value("clientNamed")) ? ctx.companyName() : null)
                .bool("featured")
                .from(ctx -> ctx.chance(0.08));

        SharedTypes.article(
                        m,
                        "insight",
                        800,
                        TitleSource.combo(p -> p.get(0).replace("%s", p.get(1)), INSIGHT_PATTERNS, INSIGHT_TOPICS),
                        "attorney",
                        "insightIntro")
                .describe("A legal update, guide or briefing.")
                .aliases("insight", "article", "update", "briefing", "post", "blog post", "news")
                .reference("practiceArea", "practiceArea")
                .required()
                .enumOf("insightType", "article", "briefing", "guide", "podcast", "case note")
                .required()
                .text("disclaimer")
                .max(300)
                .from(ctx -> "This article is for general information only and is not legal advice.");

        m.data("award")
                .count(60)
                .describe("A ranking or award the firm has received.")
                .aliases("award", "ranking", "recognition")
                .titles(TitleSource.combo(
                        p -> p.get(0) + " " + p.get(2) + ": " + p.get(1), AWARD_BODIES, PRACTICE_AREAS, YEARS))
                .text("name")
                .required()
                .max(140)
                .fromTitle()
                .text("awardingBody")
                .required()
                .max(80)
                .fromPart(0)
                .integer("year")
                .required()
                .range(1990, 2030)
                .from(ctx -> Integer.parseInt(ctx.part(2)))
                .text("category")
                .max(120)
                .fromPart(1)
                .enumOf(
                        "level",
                        "winner",
                        "highly commended",
                        "shortlisted",
                        "band 1",
                        "band 2",
                        "band 3",
                        "recommended firm")
                .required()
                .reference("practiceArea", "practiceArea")
                .from(ctx -> ctx.refAt("practiceArea", PRACTICE_AREAS.indexOf(ctx.part(1))))
                .reference("attorney", "attorney")
                .fill(0.4);

        m.page("legalEvent")
                .count(90)
                .describe("A webinar, seminar or breakfast briefing.")
                .displayName("Event")
                .aliases("event", "webinar", "seminar", "briefing")
                .titles(SharedTypes.monthly(EVENT_TOPICS))
                .text("summary")
                .required()
                .max(240)
                .localized()
                .template(
                        "Join our lawyers for {0}: an hour of practical, plain-English guidance.",
                        "{0} — what has changed, what it means for you and what to do next.",
                        "A short, practical session with time for your questions at the end.")
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(1, 3, (String) ctx.value("summary")))
                .dateTime("startsAt")
                .required()
                .from(ctx -> SharedTypes.startInTitledMonth(ctx, 8, 17))
                .integer("durationMinutes")
                .required()
                .range(15, 480)
                .from(ctx -> ctx.pick(List.of(45, 60, 90, 120)))
                .enumOf("format", "webinar", "seminar", "breakfast briefing", "workshop")
                .required()
                .reference("office", "office")
                .fill(0.6)
                .references("speakers", "attorney")
                .required()
                .items(1, 4)
                .from(ctx -> ctx.refs("attorney", 1, 3))
                .url("registrationUrl")
                .from(ctx -> ctx.siteUrl("/events/" + ctx.slug()))
                .bool("cpdAccredited")
                .label("CPD accredited")
                .from(ctx -> ctx.chance(0.6));

        m.data("jobOpening")
                .count(24)
                .describe("A vacancy at the firm.")
                .aliases("job", "vacancy", "job opening", "career")
                .titles(TitleSource.combo(
                        p -> p.get(0) + ", " + p.get(1),
                        List.of(
                                "Associate",
                                "Senior Associate",
                                "Paralegal",
                                "Trainee Solicitor",
                                "Legal Secretary",
                                "Partner"),
                        List.of("Employment", "Corporate", "Family", "Property", "Private Client", "Litigation")))
                .text("title")
                .required()
                .max(120)
                .fromTitle()
                .slug("slug")
                .required()
                .reference("office", "office")
                .required()
                .enumOf("employmentType", "full-time", "part-time", "contract", "training contract")
                .required()
                .text("salaryRange")
                .max(60)
                .fill(0.7)
                .from(ctx -> {
                    int low = ctx.between(28, 95);
                    return "£" + low + ",000–£" + (low + ctx.between(8, 30)) + ",000";
                })
                .date("closingDate")
                .required()
                .from(ctx -> ctx.date(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31)))
                .richText("description")
                .required()
                .from(ctx -> ctx.richText(2, 3))
                .bool("hybridWorking")
                .from(ctx -> ctx.chance(0.75));

        m.component("lawyerGrid")
                .count(4)
                .describe("A grid of lawyer profiles.")
                .titles(TitleSource.fixed(
                        "Lawyer Grid – Homepage",
                        "Lawyer Grid – Practice Areas",
                        "Lawyer Grid – Offices",
                        "Lawyer Grid – Careers"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Meet our lawyers", "Your team", "Partners", "Talk to a specialist")
                .references("lawyers", "attorney")
                .required()
                .items(2, 12);
        m.component("practiceAreaList")
                .count(3)
                .describe("A list of practice areas with links.")
                .titles(TitleSource.fixed(
                        "Practice Area List – Homepage", "Practice Area List – Footer", "Practice Area List – Contact"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("How we can help", "Our expertise", "Areas of law")
                .references("practiceAreas", "practiceArea")
                .required()
                .items(3, 20);
        m.component("consultationCta")
                .displayName("Consultation CTA")
                .count(4)
                .describe("A prompt to book a first consultation.")
                .titles(TitleSource.fixed(
                        "Consultation CTA – Homepage",
                        "Consultation CTA – Practice Areas",
                        "Consultation CTA – Insights",
                        "Consultation CTA – Footer"))
                .text("heading")
                .required()
                .max(90)
                .localized()
                .template("Talk to a lawyer today", "Book a free 30-minute consultation", "Need advice quickly?")
                .longText("body")
                .max(300)
                .text("buttonLabel")
                .required()
                .max(30)
                .template("Book a consultation", "Call us", "Get in touch")
                .url("buttonUrl")
                .required()
                .from(ctx -> ctx.linkTo("/contact"))
                .phone("phone")
                .fill(0.8);
    }

    private static String field(String entry, int index) {
        return ItemContext.split(entry)[index];
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }

    private static final Vocabulary VOCABULARY = Vocabulary.builder()
            .add(
                    "legalService",
                    "Contract drafting and review",
                    "Pre-action advice",
                    "Negotiated settlements",
                    "Representation at court and tribunal",
                    "Due diligence",
                    "Regulatory investigations",
                    "Policy and procedure reviews",
                    "Training for managers",
                    "Fixed-fee initial consultations",
                    "Mediation and alternative dispute resolution",
                    "Board advice",
                    "Urgent injunctions")
            .add(
                    "lawSchool",
                    "LLB, University of Bristol",
                    "LLB, King's College London",
                    "BA Law, University of Oxford",
                    "LLM, University of Edinburgh",
                    "JD, Columbia Law School",
                    "LPC, The University of Law",
                    "SQE, BPP University",
                    "MA Jurisprudence, University of Cambridge",
                    "LLB, University of Leeds")
            .add(
                    "caseContext",
                    "a high-value dispute with a former supplier",
                    "a time-critical transaction",
                    "a sensitive internal investigation",
                    "a complex multi-party negotiation",
                    "proceedings that threatened the future of the business",
                    "a matter spanning three jurisdictions")
            .add(
                    "challenge",
                    "The client faced a tight deadline and significant financial exposure.",
                    "The other side had already issued proceedings and was pressing for an early hearing.",
                    "Key documents were incomplete and witnesses had moved on.",
                    "The client needed certainty quickly without damaging an important relationship.")
            .add(
                    "approach",
                    "We assembled a small team across two practice areas and agreed a fixed-fee plan.",
                    "We reviewed the evidence in detail and built a clear strategy around the strongest points.",
                    "We opened early settlement discussions while preparing robustly for trial.",
                    "We worked closely with the client's finance team to model every outcome.")
            .add(
                    "result",
                    "The matter concluded in the client's favour, months ahead of the expected timetable.",
                    "The claim was withdrawn and the client's costs were recovered.",
                    "Our client achieved a settlement well within its target range.",
                    "The transaction completed on schedule, with every key term protected.")
            .add(
                    "insightIntro",
                    "{1} continue to raise questions for our clients. Here is what you need to know.",
                    "Our lawyers set out the practical steps on {1} that every business should take.",
                    "Recent developments around {1} change the picture. We explain how.",
                    "A plain-English summary of {1}, with a checklist at the end.",
                    "We are regularly asked about {1}. This guide answers the most common questions.")
            .add(
                    "headline",
                    "Clear legal advice, when it matters",
                    "Lawyers who understand your business",
                    "Practical advice, plain English",
                    "Protecting what you've built",
                    "Experience you can rely on",
                    "Trusted advisers since {year}",
                    "Legal support for every stage of life",
                    "Resolving disputes, quickly and fairly",
                    "Straight answers to difficult questions",
                    "Top-ranked in {city}",
                    "Talk to a specialist today",
                    "Fixed fees, no surprises",
                    "Advising families and businesses in {city}",
                    "When the stakes are high, call us")
            .add(
                    "heading",
                    "How we can help",
                    "Why clients choose us",
                    "Our approach",
                    "Fees and funding",
                    "Meet the team",
                    "What to expect",
                    "Your first consultation",
                    "Recent results",
                    "Our values",
                    "Diversity and inclusion",
                    "Pro bono and community",
                    "Key contacts",
                    "Latest insights",
                    "Awards and rankings",
                    "Next steps",
                    "Who we act for",
                    "Frequently asked questions",
                    "Our offices",
                    "Careers at the firm",
                    "Complaints procedure")
            .add(
                    "sentence",
                    "We give clear, practical advice and tell you honestly what we think.",
                    "{siteName} has advised businesses and families in {city} since {year}.",
                    "Many of our services are available on a fixed-fee basis.",
                    "Your first 30-minute consultation is free and without obligation.",
                    "Our lawyers are ranked in Chambers UK and The Legal 500.",
                    "We act for owner-managed businesses, public bodies and private clients.",
                    "Every matter is led by a partner who knows your file personally.",
                    "We explain costs at the outset and keep you updated as the matter progresses.",
                    "Most disputes can be resolved without going to court, and we always look for that route first.",
                    "Our offices in {city} and beyond offer step-free access and private meeting rooms.",
                    "We are authorised and regulated by the Solicitors Regulation Authority.",
                    "We aim to respond to every new enquiry within one working day.",
                    "Our team speaks {#4-9} languages and regularly advises international clients.",
                    "We use secure client portals so you can see documents and updates at any time.",
                    "Urgent matters are handled the same day by our duty team.",
                    "We support local charities through our pro bono programme.",
                    "Clients tell us they value our straightforward, jargon-free approach.",
                    "We publish regular updates on changes in the law that may affect you.",
                    "Our trainees learn alongside experienced partners from their first day.",
                    "Where possible, we agree a fixed fee so you know exactly what you'll pay.",
                    "We are proud of our diverse team and inclusive culture.",
                    "Meetings can be held in person, by phone or by video call.",
                    "Our complaints procedure is published on our website.",
                    "We work closely with accountants, surveyors and financial advisers.")
            .add(
                    "bullet",
                    "Free 30-minute first consultation",
                    "Fixed fees on many services",
                    "Partner-led teams",
                    "Ranked in Chambers UK and The Legal 500",
                    "Regulated by the SRA",
                    "Secure online client portal",
                    "Same-day response to urgent matters",
                    "Home and hospital visits available",
                    "Meetings by video call",
                    "Plain-English advice",
                    "Offices across the region")
            .add(
                    "tagline",
                    "Clear legal advice in {city}",
                    "Lawyers for business and life",
                    "Straight answers, fixed fees",
                    "Trusted legal advisers since {year}",
                    "Practical advice, personally delivered")
            .add(
                    "cta",
                    "Book a consultation",
                    "Talk to a lawyer",
                    "Find a lawyer",
                    "Read our insights",
                    "Request a call back",
                    "See our fees")
            .add(
                    "feature",
                    "Free first consultation||30 minutes with a specialist, without obligation.",
                    "Fixed fees||Know the cost before we start.",
                    "Partner-led||A senior lawyer runs every matter.",
                    "Top-ranked||Recognised by Chambers UK and The Legal 500.",
                    "Fast response||We reply to new enquiries within one working day.",
                    "Client portal||Documents and updates, securely online.",
                    "Multilingual team||Advice in {#4-9} languages.",
                    "Regional offices||{#3-8} offices across the region.",
                    "Plain English||No jargon, just clear advice.",
                    "Pro bono||Free advice for local charities.")
            .add(
                    "page",
                    "Fees and Pricing",
                    "Complaints Procedure",
                    "Regulatory Information",
                    "Diversity and Inclusion",
                    "Pro Bono")
            .add(
                    "campaign",
                    "Free Wills Month",
                    "Employment Law Update 2026",
                    "Divorce Day Advice",
                    "Business Growth Clinic",
                    "Graduate Recruitment",
                    "New Office Opening",
                    "Property Market Briefing",
                    "Data Protection Week",
                    "Family Business Series",
                    "Year-End Tax Planning",
                    "Start-Up Legal Pack",
                    "Mediation Awareness Week")
            .add(
                    "photoSubject",
                    "Our partners",
                    "A client meeting",
                    "The reception area",
                    "A boardroom",
                    "Lawyers reviewing documents",
                    "The city office",
                    "A team discussion",
                    "The law library",
                    "A handshake",
                    "Our trainees",
                    "A courtroom exterior",
                    "A video consultation")
            .add(
                    "photoSetting",
                    "in natural light",
                    "at our head office",
                    "in the meeting suite",
                    "in black and white",
                    "in close-up",
                    "from across the room",
                    "at the end of the day",
                    "during a team meeting")
            .add(
                    "faq",
                    "fees||How much will it cost?||We agree costs upfront and offer fixed fees for many services. Your first 30-minute consultation is free.",
                    "fees||Do you offer legal aid?||We don't offer legal aid, but we can recommend firms that do.",
                    "fees||Can I pay in instalments?||For many private client matters, yes. Ask us when you get in touch.",
                    "process||What happens in my first consultation?||We listen, explain your options and set out the likely cost and timescale.",
                    "process||What should I bring to our first meeting?||Any letters, contracts or documents related to your matter, and photo ID.",
                    "process||How long will my matter take?||It depends on the matter; we give you a realistic timetable at the start and update it as we go.",
                    "process||Can we meet by video?||Yes, most meetings can be held by video call if you prefer.",
                    "process||Will I deal with the same lawyer throughout?||Yes. A named lawyer leads your matter from start to finish.",
                    "general||Are you regulated?||Yes, we are authorised and regulated by the Solicitors Regulation Authority.",
                    "general||Do you act for businesses and individuals?||Both. We advise companies of every size and private clients.",
                    "general||Do you offer home visits?||For wills and powers of attorney we can visit you at home or in hospital.",
                    "general||How do I make a complaint?||Contact our Client Care Partner; our full complaints procedure is on our website.",
                    "disputes||Will my case go to court?||Most disputes settle without a hearing, and we always explore that first.",
                    "disputes||How long do I have to bring a claim?||Time limits vary and can be short, so seek advice as early as possible.",
                    "careers||Do you offer training contracts?||Yes, we recruit trainee solicitors every year. Applications open in the autumn.")
            .add(
                    "quote",
                    "Clear, calm advice at a very stressful time. I couldn't have asked for more.",
                    "They explained every step and the fixed fee meant no surprises.",
                    "Commercial, responsive and genuinely on our side.",
                    "Our go-to lawyers for everything from contracts to disputes.",
                    "They settled our dispute faster than we thought possible.",
                    "Professional, approachable and always available when we needed them.",
                    "Excellent advice on our company sale — the team went above and beyond.",
                    "I felt listened to from the first phone call.")
            .add("role", "Managing Director", "Private client", "Finance Director", "HR Director", "Founder", "Trustee")
            .add(
                    "bio",
                    "{first} advises businesses and individuals and is known for clear, practical advice.",
                    "{first} joined {siteName} in {#2005-2023} and leads our work for owner-managed businesses.",
                    "{first} is recognised as a leading individual by Chambers UK.",
                    "Before joining us, {first} trained at a national firm and spent two years in-house.",
                    "{first} regularly speaks at industry events and writes for our Insights page.",
                    "Outside work, {first} volunteers at a free legal advice clinic in {city}.")
            .add(
                    "nav",
                    "Services||/practice-areas",
                    "Our People||/attorneys",
                    "Case Studies||/case-studies",
                    "Insights||/insights",
                    "Events||/legal-events",
                    "Offices||/offices")
            .build();
}
