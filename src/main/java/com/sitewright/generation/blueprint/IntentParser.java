package com.sitewright.generation.blueprint;

import com.sitewright.project.CmsType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a prompt such as "Build me a coffee shop website using Optimizely SaaS" into an {@link Intent}.
 * Stateless and thread-safe.
 */
public final class IntentParser {

    public static final int MAX_PROMPT_LENGTH = 4_000;

    private static final Pattern CMS = Pattern.compile("(?i)\\b(optimizely|contentful|sanity)\\b");
    /** Words any business could use of itself: a subject made only of them says nothing about the trade. */
    private static final Set<String> VAGUE = Set.of(
            "business",
            "company",
            "brand",
            "marketing",
            "product",
            "corporate",
            "official",
            "personal",
            "simple",
            "modern",
            "nice",
            "small",
            "new",
            "basic",
            "beautiful",
            "professional",
            "one-page",
            "single-page",
            "static",
            "responsive",
            "mobile",
            "demo",
            "test",
            "sample",
            "example",
            "landing",
            "informational",
            "info",
            "brochure",
            "promotional",
            "local",
            "little",
            "great",
            "good",
            "clean",
            "quick",
            "full",
            "complete",
            "whole",
            "shop",
            "store",
            "online",
            "family",
            "friend",
            "friends",
            "client",
            "clients",
            "project",
            "side",
            "hustle",
            "idea",
            "thing",
            "organisation",
            "organization",
            "group",
            "team",
            "place",
            "own",
            "first",
            "fancy",
            "cool",
            "awesome",
            "portfolio");

    public Intent parse(String prompt) {
        if (prompt == null || prompt.isBlank()) {
            throw new InvalidPromptException(
                    "Tell me what to build, for example: Build me a coffee shop website using Optimizely SaaS.");
        }
        if (prompt.length() > MAX_PROMPT_LENGTH) {
            throw new InvalidPromptException(String.format(
                    Locale.ENGLISH,
                    "The prompt is %,d characters long; keep it under %,d characters.",
                    prompt.length(),
                    MAX_PROMPT_LENGTH));
        }
        String text = PromptText.clean(prompt);
        if (!PromptText.hasLetters(text)) {
            throw new InvalidPromptException("The prompt has no words to build from.");
        }
        String matchable = PromptText.forMatching(text);
        String subjectGuess = SubjectParser.subject(matchable);
        Industry industry = industry(matchable, subjectGuess);
        List<String> notices = new ArrayList<>();

        ScaleParser.Scale scale = ScaleParser.parse(matchable);
        if (scale != null && scale.notice() != null) {
            notices.add(scale.notice());
        }
        long seed = Seeds.ofPrompt(PromptText.normalized(text));
        String subject = industry == Industry.GENERIC ? subjectGuess : industry.subject();
        List<String> things = ThingParser.things(matchable);
        String place = Places.find(PromptText.withoutCms(text)).orElse(null);
        List<ThingKind.Named> added = Blueprints.added(industry, things);
        String siteName = SiteNames.explicit(PromptText.withoutCms(text))
                .orElseGet(() -> SiteNames.invent(industry, subject, place, seed));
        boolean knownSubject = !subject.equals(Industry.GENERIC.subject());
        if (industry == Industry.GENERIC && !added.isEmpty()) {
            notices.add("I built " + Text.withArticle(subject) + " site around what you named: "
                    + String.join(", ", added.stream().map(t -> t.nounPlural()).toList()) + ".");
        } else if (!added.isEmpty()) {
            notices.add("I added what you named to the " + subject + " site: "
                    + String.join(", ", added.stream().map(t -> t.nounPlural()).toList()) + ".");
        } else if (industry == Industry.GENERIC && knownSubject) {
            notices.add("I didn't recognise a specific industry, so I built a general business site for "
                    + Text.withArticle(subject) + ".");
        }
        Intent intent = new Intent(
                industry,
                siteName,
                cms(text),
                scale == null ? null : scale.value(),
                scale == null || scale.value() == null ? null : scale.noun(),
                notices,
                seed,
                subject,
                things,
                place);
        if (industry == Industry.GENERIC && !knownSubject && added.isEmpty()) {
            notices.add(assumed(intent));
            intent = intent.withNotices(notices);
        }
        return intent;
    }

    /**
     * The industry the prompt describes. The business it names decides: "a climbing gym that sells coffee" is
     * no coffee shop, and "a winery" is no restaurant however often it mentions food. Only when the business
     * is not named, or named in words every trade uses ("my business", "a marketing site"), do keywords
     * anywhere in the prompt decide.
     */
    private static Industry industry(String matchable, String subject) {
        if (!subject.equals(Industry.GENERIC.subject()) && !vague(subject)) {
            if (IndustryDetector.strength(subject) >= 3) {
                return IndustryDetector.detect(subject);
            }
            if (IndustryDetector.strength(subject) == 0) {
                return IndustryDetector.phraseStartingWith(matchable, subject).orElse(Industry.GENERIC);
            }
        }
        return IndustryDetector.detect(matchable);
    }

    /** A subject made only of words any business could use says nothing about the trade. */
    private static boolean vague(String subject) {
        for (String word : subject.split(" ")) {
            if (!VAGUE.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** What the site was built as when the prompt named nothing to build it from. */
    private static String assumed(Intent intent) {
        SiteProfile site = SiteProfile.of(intent);
        return "Assumed: " + Text.withArticle(intent.subject()) + " called " + intent.siteName() + " in "
                + site.city() + ", " + site.country() + ", with services, prices, a team, reviews and a blog. "
                + "Say what the business is and what the site should show, for example \u201ca bakery in Leeds "
                + "with cakes and baking classes\u201d, to build it around that.";
    }

    private static CmsType cms(String text) {
        Matcher matcher = CMS.matcher(text);
        if (!matcher.find()) {
            return CmsType.STUDIO;
        }
        return switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
            case "optimizely" -> CmsType.OPTIMIZELY;
            case "contentful" -> CmsType.CONTENTFUL;
            default -> CmsType.SANITY;
        };
    }
}
