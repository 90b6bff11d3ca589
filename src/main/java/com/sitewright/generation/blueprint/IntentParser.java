package com.sitewright.generation.blueprint;

import com.sitewright.project.CmsType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a prompt such as "Build me a coffee shop website using Optimizely SaaS" into an {@link Intent}.
 * Stateless and thread-safe.
 */
public final class IntentParser {

    public static final int MAX_PROMPT_LENGTH = 4_000;

    private static final Pattern CMS = Pattern.compile("(?i)\\b(optimizely|contentful|sanity)\\b");

    public Intent parse(String prompt) {
        if (prompt == null || prompt.isBlank()) {
            throw new InvalidPromptException(
                    "Tell me what to build, for example: Build me a coffee shop website using Optimizely SaaS.");
        }
        if (prompt.length() > MAX_PROMPT_LENGTH) {
            throw new InvalidPromptException(String.format(Locale.ENGLISH,
                    "The prompt is %,d characters long; keep it under %,d characters.", prompt.length(), MAX_PROMPT_LENGTH));
        }
        String text = PromptText.clean(prompt);
        if (!PromptText.hasLetters(text)) {
            throw new InvalidPromptException("The prompt has no words to build from.");
        }
        String matchable = PromptText.forMatching(text);
        Industry industry = IndustryDetector.detect(matchable);
        List<String> notices = new ArrayList<>();

        ScaleParser.Scale scale = ScaleParser.parse(matchable);
        if (scale != null && scale.notice() != null) {
            notices.add(scale.notice());
        }
        long seed = Seeds.ofPrompt(PromptText.normalized(text));
        String subject = industry == Industry.GENERIC ? SubjectParser.subject(matchable) : industry.subject();
        if (industry == Industry.GENERIC) {
            notices.add("I didn't recognise a specific industry, so I built a general business site for "
                    + Text.withArticle(subject) + ".");
        }
        String siteName = SiteNames.explicit(PromptText.withoutCms(text))
                .orElseGet(() -> SiteNames.invent(industry, subject, seed));
        return new Intent(industry, siteName, cms(text), scale == null ? null : scale.value(),
                scale == null || scale.value() == null ? null : scale.noun(), notices, seed, subject);
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
