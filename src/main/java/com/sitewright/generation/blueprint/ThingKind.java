package com.sitewright.generation.blueprint;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What shape of content a named thing is, read from its head noun and modifiers: a person gets a name,
 * role, bio and portrait; an event dates and a place; a tour or product a price and a duration; a case
 * study a client, challenge and outcome.
 */
enum ThingKind {
    PERSON,
    EVENT,
    OFFERING,
    PRODUCT,
    CASE_STUDY,
    ARTICLE,
    EPISODE,
    ROUTE,
    PLACE,
    ORGANISATION,
    ANIMAL,
    JOB,
    THING;

    /** One named thing: its type key, singular display name and shape, and the words the prompt used. */
    record Named(String phrase, String key, String displayName, ThingKind kind, String head) {

        String pluralName() {
            return com.sitewright.model.SiteRoutes.plural(displayName);
        }

        /** "Route Setter" -> "route setter", for running text. */
        String noun() {
            return displayName.toLowerCase(Locale.ROOT);
        }

        String nounPlural() {
            return pluralName().toLowerCase(Locale.ROOT);
        }
    }

    /** A whole phrase that means one well-known thing: its type key, display name and kind. */
    record Phrase(String key, String displayName, String kind) {}

    /**
     * The lexicon ({@code blueprint/thing-kinds.json}): container words that say how something is shown ("teacher
     * bios", "retreat schedules": the modifier is the thing), whole phrases that mean one well-known thing, and the
     * head nouns that name each kind. Kinds are named as strings: reading the enum while it is initialised would not
     * work.
     */
    record Words(Map<String, String> containers, Map<String, Phrase> phrases, Map<String, Set<String>> heads) {}

    private static final Words WORDS = WordFiles.load("thing-kinds.json", Words.class);
    private static final Map<String, ThingKind> CONTAINERS = new HashMap<>();
    private static final Map<String, Phrase> PHRASES = WORDS.phrases();
    private static final Map<ThingKind, Set<String>> HEADS = new EnumMap<>(ThingKind.class);

    static {
        WORDS.containers().forEach((word, kind) -> CONTAINERS.put(word, kind("containers." + word, kind)));
        PHRASES.forEach((phrase, meaning) -> kind("phrases." + phrase + ".kind", meaning.kind()));
        WORDS.heads().forEach((kind, heads) -> HEADS.put(kind("heads", kind), heads));
    }

    private static ThingKind kind(String key, String name) {
        for (ThingKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new IllegalStateException("blueprint/thing-kinds.json: " + key + ": no kind named '" + name + "'");
    }

    /** Java and JavaScript words a type key must not be: the generated site names things after keys. */
    private static final Set<String> RESERVED_KEYS = Set.of(
            "class",
            "case",
            "default",
            "new",
            "function",
            "import",
            "package",
            "interface",
            "enum",
            "public",
            "private",
            "static",
            "switch",
            "return",
            "var",
            "let",
            "const",
            "this",
            "super",
            "delete",
            "export",
            "extends",
            "void",
            "with",
            "yield",
            "await",
            "break",
            "continue",
            "do",
            "else",
            "for",
            "if",
            "in",
            "instanceof",
            "typeof",
            "try",
            "catch",
            "finally",
            "throw",
            "while",
            "object",
            "string",
            "number",
            "boolean",
            "date",
            "map",
            "set",
            "symbol",
            "error",
            "promise");

    static boolean isContainer(String head) {
        return CONTAINERS.containsKey(head);
    }

    /** The kind a head noun alone names, if any. */
    static Optional<ThingKind> ofHead(String head) {
        for (ThingKind kind : values()) {
            Set<String> heads = HEADS.get(kind);
            if (heads != null && heads.contains(head)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a phrase such as "teacher bio" or "tasting tour". Empty when the phrase names nothing this
     * engine recognises and {@code anyNoun} is false; with {@code anyNoun} an unknown noun is a plain thing.
     */
    static Optional<Named> read(String phrase, boolean anyNoun) {
        Phrase special = PHRASES.get(phrase);
        if (special == null && phrase.indexOf(' ') != phrase.lastIndexOf(' ')) {
            special = PHRASES.get(phrase.substring(phrase.indexOf(' ') + 1));
        }
        if (special != null) {
            return Optional.of(new Named(
                    phrase,
                    special.key(),
                    special.displayName(),
                    ThingKind.valueOf(special.kind()),
                    special.displayName().toLowerCase(Locale.ROOT)));
        }
        List<String> words = List.of(phrase.split(" "));
        String head = words.getLast();
        List<String> modifiers = words.subList(0, words.size() - 1);
        ThingKind container = CONTAINERS.get(head);
        if (container != null) {
            if (modifiers.isEmpty()) {
                return Optional.empty();
            }
            String inner = modifiers.getLast();
            if (ThingParser.NOT_CONTENT.contains(inner)) {
                return Optional.empty();
            }
            ThingKind innerKind = ofHead(inner).orElse(null);
            // "teacher bio" is a teacher; "retreat schedule" a retreat; "artist profile" an artist.
            ThingKind kind = container == THING ? innerKind : container;
            if (container == PERSON && innerKind != null && innerKind != PERSON) {
                kind = innerKind == ORGANISATION ? ORGANISATION : PERSON;
            }
            if (kind == null) {
                if (!anyNoun) {
                    return Optional.empty();
                }
                kind = THING;
            }
            return Optional.of(named(phrase, modifiers, kind));
        }
        Optional<ThingKind> kind = ofHead(head);
        if (kind.isEmpty() && words.size() > 1) {
            // "flash designs" is a design; "yoga teachers" teachers, whatever the first word.
            kind = ofHead(String.join(" ", words.subList(words.size() - 2, words.size())));
        }
        if (kind.isEmpty() && !anyNoun) {
            return Optional.empty();
        }
        return Optional.of(named(phrase, words, kind.orElse(THING)));
    }

    private static Named named(String phrase, List<String> words, ThingKind kind) {
        // Two words at most make the name: "senior route setter" is a Route Setter.
        List<String> kept = words.size() > 2 ? words.subList(words.size() - 2, words.size()) : words;
        StringBuilder key = new StringBuilder();
        StringBuilder display = new StringBuilder();
        for (String word : kept) {
            String clean = word.replaceAll("[^a-z]", "");
            if (clean.isEmpty()) {
                continue;
            }
            key.append(key.isEmpty() ? clean : Character.toUpperCase(clean.charAt(0)) + clean.substring(1));
            if (!display.isEmpty()) {
                display.append(' ');
            }
            display.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        String typeKey = key.toString();
        if (RESERVED_KEYS.contains(typeKey)) {
            typeKey = typeKey + (kind == EVENT ? "Session" : "Entry");
        }
        if (typeKey.length() > 40) {
            typeKey = typeKey.substring(0, 40);
        }
        return new Named(phrase, typeKey, display.toString(), kind, kept.getLast());
    }
}
