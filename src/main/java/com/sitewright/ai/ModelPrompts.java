package com.sitewright.ai;

import java.util.List;

/** The prompts the studio sends for content-model design, in one place so they can be read and tuned together. */
final class ModelPrompts {

    /** Keeps a re-ask bounded: a long broken answer is not sent back whole. */
    private static final int MAX_ECHOED_ANSWER = 12_000;
    private static final int MAX_LISTED_ERRORS = 40;

    private ModelPrompts() {
    }

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
            """;

    static String system(int minimumTypes, List<String> fieldTypes) {
        return SYSTEM.formatted(minimumTypes, String.join(", ", fieldTypes));
    }

    static String request(String prompt) {
        return "Design the content model for this website request:\n\n" + prompt;
    }

    static String previousAnswer(String answer) {
        String text = answer == null ? "" : answer;
        return text.length() <= MAX_ECHOED_ANSWER ? text
                : text.substring(0, MAX_ECHOED_ANSWER) + "\n[... answer shortened ...]";
    }

    static String correction(List<String> errors) {
        List<String> listed = errors.size() <= MAX_LISTED_ERRORS ? errors : errors.subList(0, MAX_LISTED_ERRORS);
        String more = errors.size() > listed.size() ? "\n- and " + (errors.size() - listed.size()) + " more" : "";
        return "Your answer cannot be used. Fix these problems and answer again with the complete JSON object only:\n- "
                + String.join("\n- ", listed) + more;
    }
}
