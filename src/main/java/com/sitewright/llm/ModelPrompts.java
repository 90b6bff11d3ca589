package com.sitewright.llm;

import java.util.List;

/** The prompts the studio sends, for content-model and theme design and for item batches, in one place so they can be read and tuned together. */
final class ModelPrompts {

    /** Keeps a re-ask bounded: a long broken answer is not sent back whole. */
    private static final int MAX_ECHOED_ANSWER = 12_000;

    private static final int MAX_LISTED_ERRORS = 40;

    private ModelPrompts() {}

    static final String SYSTEM = """
            You design content models for headless-CMS websites. Answer with one JSON object only, no prose and \
            no code fences, matching the given JSON schema: {"types": [...]}.
            Rules:
            - at least %d content types covering pages, components, data types, media and site settings;
            - type keys and field keys are camelCase, unique (field keys unique within their type);
            - field types are exactly one of: %s;
            - reference and references fields list the type keys they point to in referenceTypes, and every \
            listed key is a type of the model; blocks fields list component types only;
            - enum fields list their allowedValues in validations;
            - components never have a field with the key "type";
            - give a field a "role" when it plays one on the page (one of: %s): the name or headline is             "title", a teaser "summary", the main text "body", a picture "image" and a set of them "gallery",             what something costs "price" (a number), an event's "start" and "end" (dateTime), a published             "date", a street "address" or a reference to the place, "geo" for latitude and longitude,             opening "hours", a reference to an author or host "person", a star "rating", its "category",             "tags", and a booking or buying link "cta" (url); leave it out otherwise;
            """;

    static String system(int minimumTypes, List<String> fieldTypes) {
        return SYSTEM.formatted(minimumTypes, String.join(", ", fieldTypes), String.join(", ", ModelSchema.ROLES));
    }

    static final String ITEMS_SYSTEM = """
            You write content items for a headless-CMS website. Answer with one JSON object only, no prose and \
            no code fences, matching the given JSON schema: {"items": [...]}.
            Rules:
            - write exactly the number of items asked for, each different from the others and from the titles already used;
            - "key" is a short, unique kebab-case slug made from the item's title;
            - reference fields hold a listed candidate's "type/key", never an invented one; leave optional \
            references out when no candidate fits;
            - keep to every length, range, pattern and allowed value in the schema; dates look like 2026-03-14, \
            date-times like 2026-03-14T09:30:00Z;
            - rich text is simple HTML (<p>, <h2>, <ul><li>, <strong>, <em>);
            - where the type has SEO fields, fill them: a title of at most 60 characters and a description of at \
            most 155;
            - the copy is specific to the site described, realistic and varied; no placeholder text.
            """;

    /** The request for one batch: the site, the type, how many, and bounded lists of candidates and used titles. */
    static String items(ItemBatchRequest request) {
        var type = request.type();
        StringBuilder text = new StringBuilder(2_000);
        text.append("Website: ").append(request.siteBrief()).append("\n\n");
        text.append("Content type: ")
                .append(type.displayName())
                .append(" (\"")
                .append(type.key())
                .append("\", a ")
                .append(type.kind().id())
                .append(')');
        if (type.description() != null && !type.description().isBlank()) {
            text.append(": ").append(type.description());
        }
        text.append("\nWrite ")
                .append(request.count())
                .append(" new ")
                .append(type.displayName())
                .append(" items");
        if (request.total() > request.count()) {
            // Batches under way at once would otherwise get the same request and write the same items.
            text.append(": numbers ")
                    .append(request.first() + 1)
                    .append(" to ")
                    .append(request.first() + request.count())
                    .append(" of ")
                    .append(request.total())
                    .append(", each about something the others are not");
        }
        text.append(".\n");
        if (!request.candidates().isEmpty()) {
            text.append("\nReference candidates (\"type/key: title\"):\n");
            request.candidates()
                    .forEach((typeKey, candidates) -> candidates.forEach(candidate -> text.append("- ")
                            .append(typeKey)
                            .append('/')
                            .append(candidate.key())
                            .append(": ")
                            .append(candidate.title())
                            .append('\n')));
        }
        if (!request.usedTitles().isEmpty()) {
            text.append("\nTitles already used (write different ones): ")
                    .append(String.join("; ", request.usedTitles()))
                    .append('\n');
        }
        if (!request.problems().isEmpty()) {
            text.append("\nYour previous answer for these items could not be used entirely. Fix this:\n- ")
                    .append(String.join(
                            "\n- ",
                            request.problems()
                                    .subList(
                                            0,
                                            Math.min(
                                                    MAX_LISTED_ERRORS,
                                                    request.problems().size()))))
                    .append('\n');
        }
        return text.toString();
    }

    static final String THEME_SYSTEM = """
            You choose the visual theme of a website. Answer with one JSON object only, no prose and no code \
            fences, matching the given JSON schema.
            How the site uses it:
            - "background" is the page colour and "text" the body text on it: keep a contrast ratio of at least 4.5:1;
            - "primary" is the brand colour: the header and primary buttons are "primary" with text in the \
            "background" colour, and links are "primary" on the background: at least 4.5:1 against "background";
            - "accent" fills highlight bands with text in the "text" colour: at least 3:1 against "text";
            - colours are #rrggbb;
            - fonts are system font styles: headingFont and bodyFont are each one of %s;
            - headerStyle is one of %s, cardStyle one of %s, radius (corner rounding) one of %s.
            Choose what suits the brand, its audience and its mood, as a designer would.
            """;

    static String themeSystem(ThemeRequest request) {
        return THEME_SYSTEM.formatted(
                String.join(", ", request.fontStyles()),
                String.join(", ", request.headerStyles()),
                String.join(", ", request.cardStyles()),
                String.join(", ", request.radii()));
    }

    static String theme(ThemeRequest request) {
        return "Choose the theme for this website:\n\n" + request.siteBrief();
    }

    static String request(String prompt) {
        return "Design the content model for this website request:\n\n" + prompt;
    }

    static String previousAnswer(String answer) {
        String text = answer == null ? "" : answer;
        return text.length() <= MAX_ECHOED_ANSWER
                ? text
                : text.substring(0, MAX_ECHOED_ANSWER) + "\n[... answer shortened ...]";
    }

    static String correction(List<String> errors) {
        List<String> listed = errors.size() <= MAX_LISTED_ERRORS ? errors : errors.subList(0, MAX_LISTED_ERRORS);
        String more = errors.size() > listed.size() ? "\n- and " + (errors.size() - listed.size()) + " more" : "";
        return "Your answer cannot be used. Fix these problems and answer again with the complete JSON object only:\n- "
                + String.join("\n- ", listed) + more;
    }

    /** What an image shows, said as alt text: the start of the image prompt. */
    static String imageSubject(String title, boolean portrait) {
        String name = title == null || title.isBlank() ? "the subject" : title.strip();
        return (portrait ? "Portrait photograph of " : "Photograph of ") + name;
    }

    /** The image prompt: the subject, whose site it is for, and a style that keeps text out of the picture. */
    static String image(String subject, String kind, String site, boolean portrait) {
        String what =
                kind == null || kind.isBlank() ? "" : " (" + kind.strip().toLowerCase(java.util.Locale.ROOT) + ")";
        String style = portrait
                ? "A friendly, professional head-and-shoulders portrait, soft natural light, plain background."
                : "Natural light, appetising and inviting, realistic, well composed, shallow depth of field.";
        return subject + what + ", for the website of " + site + ". " + style
                + " No text, letters, logos or watermarks in the picture.";
    }
}
