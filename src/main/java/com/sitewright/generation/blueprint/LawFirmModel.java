package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A full-service law firm: practice areas, lawyers, offices, case studies, insights, events and awards. */
final class LawFirmModel implements IndustryModel {

    /** The result of a matter, and the practice area it belongs to. */
    record Outcome(String outcome, String practiceArea) {}

    /** The industry's words, read once from {@code blueprint/law-firm.json}. */
    record Words(
            List<String> practiceAreas,
            List<Outcome> outcomes,
            List<String> clients,
            List<String> years,
            List<String> insightPatterns,
            List<String> insightTopics,
            List<String> awardBodies,
            List<String> eventTopics,
            List<String> attorneyRoles,
            List<String> languages,
            List<String> jobTitles,
            List<String> jobTeams,
            Vocabulary.Data vocabulary) {}

    private static final Words WORDS = WordFiles.load("law-firm.json", Words.class);
    private static final Vocabulary VOCABULARY = Vocabulary.of(WORDS.vocabulary());
    private static final List<String> PRACTICE_AREAS = WORDS.practiceAreas();
    private static final List<String> YEARS = WORDS.years();

    static {
        for (Outcome outcome : WORDS.outcomes()) {
            if (!PRACTICE_AREAS.contains(outcome.practiceArea())) {
                throw new IllegalStateException("law-firm.json: outcome '" + outcome.outcome()
                        + "' has no practice area '" + outcome.practiceArea() + "'");
            }
        }
    }

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

        SharedTypes.person(m, "attorney", 60, WORDS.attorneyRoles())
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
                .from(ctx -> Map.of("items", ctx.pickDistinct(WORDS.languages(), ctx.between(1, 3))));

        m.page("caseStudy")
                .count(650)
                .describe("A matter we worked on, told with the client's permission.")
                .aliases("case study", "case", "matter", "result", "success story")
                .titles(TitleSource.combo(
                        p -> p.get(0, Outcome.class).outcome() + " for " + p.get(1) + " (" + p.get(2) + ")",
                        WORDS.outcomes(),
                        WORDS.clients(),
                        YEARS))
                .text("summary")
                .required()
                .max(300)
                .localized()
                .from(ctx -> ctx.fill("We acted for " + ctx.part(1) + " in {caseContext}. Outcome: "
                        + ctx.part(0, Outcome.class).outcome() + "."))
                .richText("challenge")
                .required()
                .from(ctx -> ctx.richText(1, 1, ctx.fill("{challenge}")))
                .richText("approach")
                .required()
                .from(ctx -> ctx.richText(1, 2, ctx.fill("{approach}")))
                .richText("outcome")
                .required()
                .from(ctx -> ItemCopy.paragraphs(ctx.fill("{result}")))
                .reference("practiceArea", "practiceArea")
                .required()
                .from(ctx -> ctx.refAt(
                        "practiceArea",
                        PRACTICE_AREAS.indexOf(ctx.part(0, Outcome.class).practiceArea())))
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
                        TitleSource.combo(
                                p -> p.get(0).replace("%s", p.get(1)), WORDS.insightPatterns(), WORDS.insightTopics()),
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
                        p -> p.get(0) + " " + p.get(2) + ": " + p.get(1), WORDS.awardBodies(), PRACTICE_AREAS, YEARS))
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
                .titles(SharedTypes.monthly(WORDS.eventTopics()))
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
                .titles(TitleSource.combo(p -> p.get(0) + ", " + p.get(1), WORDS.jobTitles(), WORDS.jobTeams()))
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

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
