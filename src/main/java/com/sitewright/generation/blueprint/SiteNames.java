package com.sitewright.generation.blueprint;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the site name a prompt gives ("called X", "named X", "for X"), or invents a fitting one. */
final class SiteNames {

    static final int MAX_LENGTH = 60;

    private static final String STOP = "(?=\\s+(?:using|with|on|in|for|that|which|built|powered|to|please|featuring"
            + "|selling|where|who|and\\s+(?:use|using|make|build|include|with|add))\\b|[,;:!?()\"]|\\.(?:\\s|$)|$)";
    private static final Pattern QUOTED = Pattern.compile(
            "(?i)\\b(?:called|named|titled|name\\s+is|name\\s+it|call\\s+it|brand(?:ed)?\\s+as)\\s*:?\\s*"
                    + "(?:[\"“”«]([^\"“”«»]{1,80})[\"“”»]|['‘’]([^‘’]{1,80}?)['‘’](?=\\s|[,.;:!?]|$))");
    private static final Pattern UNQUOTED = Pattern.compile("(?i)\\b(?:called|named|titled)\\s+(.{1,80}?)" + STOP);
    private static final Pattern FOR_QUOTED = Pattern.compile("\\bfor\\s+[\"“«]([^\"“”«»]{1,80})[\"”»]");
    private static final Pattern FOR_PROPER =
            Pattern.compile("\\b[Ff]or\\s+((?:[Tt]he\\s+)?[\\p{Lu}0-9][\\p{L}\\p{N}'’&.-]*"
                    + "(?:\\s+(?:[\\p{Lu}0-9&][\\p{L}\\p{N}'’&.-]*|of|and|the|de|la|du|von|van|on|by))*)");

    /** "Maya's pottery studio": an owner's name and the business after it. */
    private static final Pattern POSSESSIVE =
            Pattern.compile("\\b(\\p{Lu}[\\p{L}-]+)['’]s\\s+([\\p{L}&-]+(?:\\s+[\\p{L}&-]+){0,4}?)" + STOP);

    private static final Set<String> NOT_OWNERS = Set.of(
            "it",
            "let",
            "that",
            "what",
            "here",
            "there",
            "today",
            "world",
            "who",
            "where",
            "he",
            "she",
            "everyone",
            "nobody",
            "one",
            "children",
            "women",
            "men",
            "people",
            "kids",
            "this",
            "tonight",
            "tomorrow",
            "year",
            "week",
            "city",
            "town",
            "country",
            "nation");
    private static final Set<String> SITE_WORDS = Set.of(
            "website", "site", "web", "page", "homepage", "webpage", "online", "presence", "new", "a", "an", "the");

    private static final Set<String> NOT_NAMES = Set.of(
            "my",
            "our",
            "a",
            "an",
            "this",
            "that",
            "me",
            "us",
            "it",
            "your",
            "his",
            "her",
            "their",
            "the",
            "i",
            "we",
            "website",
            "site",
            "business",
            "company",
            "everyone",
            "people",
            "customers",
            "clients",
            "kids",
            "families",
            "students",
            "free",
            "fun");
    private static final Set<String> CONNECTORS =
            Set.of("of", "and", "the", "de", "la", "du", "von", "van", "on", "by");

    private static final Map<Industry, List<String>> DEFAULTS = new EnumMap<>(Map.of(
            Industry.COFFEE_SHOP,
                    List.of(
                            "Ember & Oak Coffee",
                            "Little Lantern Coffee Co.",
                            "Copperleaf Roasters",
                            "North Fork Espresso Bar",
                            "Saltwater Coffee House",
                            "Juniper Street Coffee",
                            "Morning Harbor Roastery",
                            "Two Rivers Coffee",
                            "Bramble & Bean",
                            "Kiln & Crema"),
            Industry.RESTAURANT,
                    List.of(
                            "Olive & Thyme",
                            "The Salt Cellar",
                            "Fig & Fennel Kitchen",
                            "Harbour Table",
                            "Lantern House Bistro",
                            "Casa Verde Trattoria",
                            "Copper Pot Kitchen",
                            "The Hungry Heron"),
            Industry.ECOMMERCE,
                    List.of(
                            "Northwind Goods",
                            "Field & Forge Supply",
                            "Loom & Linen",
                            "Alder Home Co.",
                            "Brightside Outfitters",
                            "Kettle & Crane",
                            "Wildwood Provisions",
                            "Saltmarsh Supply Co."),
            Industry.BLOG,
                    List.of(
                            "The Long Table Review",
                            "Margin Notes",
                            "Field Notes Journal",
                            "The Weekly Lantern",
                            "Open Window Magazine",
                            "Slow Reads",
                            "The Common Thread"),
            Industry.LAW_FIRM,
                    List.of(
                            "Hartwell & Brooks LLP",
                            "Calder Finch Law",
                            "Morrow, Hale & Partners",
                            "Ashford Legal",
                            "Whitmore Sterling LLP",
                            "Pryce & Okafor Solicitors"),
            Industry.REAL_ESTATE,
                    List.of(
                            "Keystone Realty Group",
                            "Harborview Homes",
                            "Oak & Stone Real Estate",
                            "Meridian Property Partners",
                            "Lakeside Realty Co.",
                            "Fairhaven Estates"),
            Industry.SAAS,
                    List.of(
                            "Relaywise",
                            "Northstar Analytics",
                            "Cloudberry",
                            "Tandem HQ",
                            "Brightpath",
                            "Ledgerly",
                            "Fieldnote"),
            Industry.HOTEL,
                    List.of(
                            "The Alder House Hotel",
                            "Seabrook Inn",
                            "Harbour Lights Hotel",
                            "The Juniper Lodge",
                            "Stonebridge Resort & Spa",
                            "The Linden Hotel")));

    private static final List<String> GENERIC_PREFIXES = List.of(
            "Maple Street",
            "Bluebird",
            "Northside",
            "Harbor Lane",
            "Copper Hill",
            "Juniper",
            "Oak & Ivy",
            "Brightwater",
            "Fox Hollow",
            "Willow Creek",
            "Silverline",
            "Meadowbrook");

    private SiteNames() {}

    /** @param text prompt text without markup and CMS names, in its original case */
    static Optional<String> explicit(String text) {
        Matcher quoted = QUOTED.matcher(text);
        if (quoted.find()) {
            return clean(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
        }
        Matcher unquoted = UNQUOTED.matcher(text);
        if (unquoted.find()) {
            Optional<String> name = clean(unquoted.group(1));
            if (name.isPresent()) {
                return name;
            }
        }
        Matcher forQuoted = FOR_QUOTED.matcher(text);
        if (forQuoted.find()) {
            return clean(forQuoted.group(1));
        }
        Matcher possessive = POSSESSIVE.matcher(text);
        while (possessive.find()) {
            Optional<String> name = possessiveName(possessive.group(1), possessive.group(2));
            if (name.isPresent()) {
                return name;
            }
        }
        Matcher proper = FOR_PROPER.matcher(text);
        while (proper.find()) {
            Optional<String> name = properName(proper.group(1));
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> possessiveName(String owner, String business) {
        if (NOT_OWNERS.contains(owner.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder(owner).append("'s");
        int words = 0;
        for (String word : business.trim().split("\\s+")) {
            if (word.isEmpty() || SITE_WORDS.contains(word.toLowerCase(Locale.ROOT)) || words == 4) {
                break;
            }
            name.append(' ').append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            words++;
        }
        return clean(name.toString());
    }

    private static Optional<String> properName(String run) {
        String[] words = run.split("\\s+");
        int end = words.length;
        while (end > 0 && CONNECTORS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end == 0
                || NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))
                        && !(words[0].equalsIgnoreCase("the") && end > 1)) {
            return Optional.empty();
        }
        String name = String.join(" ", List.of(words).subList(0, end)).replaceFirst("^the ", "The ");
        if (end == 1) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean keyword = Arrays.stream(Industry.values())
                    .anyMatch(i -> i.keywords().stream().anyMatch(k -> k.equals(lower) || (k + "s").equals(lower)));
            if (keyword || NOT_NAMES.contains(lower) || name.length() < 3) {
                return Optional.empty();
            }
        }
        return clean(name);
    }

    /** Only letters, digits, spaces and {@code &'.-}; at most 60 characters; empty if nothing is left. */
    static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.replace('’', '\'').replace('‘', '\'').codePoints().forEach(cp -> {
            boolean allowed =
                    Character.isLetterOrDigit(cp) || cp == ' ' || cp == '&' || cp == '\'' || cp == '.' || cp == '-';
            out.appendCodePoint(allowed ? cp : ' ');
        });
        String name = out.toString().replaceAll("\\s+", " ").trim();
        name = name.replaceAll("^[^\\p{L}\\p{N}]+", "").replaceAll("[\\s&'\\-]+$", "");
        if (name.length() > MAX_LENGTH) {
            name = Text.truncate(name, MAX_LENGTH).replaceAll("[\\s&'.\\-]+$", "");
            // Do not end a shortened name on "of the".
            name = name.replaceAll("(\\s+(?i:of|and|the|de|la|du|von|van|on|by|for|a|an|in))+$", "");
        }
        if (!PromptText.hasLetters(name)) {
            return Optional.empty();
        }
        if (name.equals(name.toLowerCase(Locale.ROOT))) {
            name = Text.titleCase(name);
        }
        return Optional.of(name);
    }

    /** A name that fits the business and, when the prompt gives one, its place ("Leeds Pottery Studio"). */
    static String invent(Industry industry, String subject, String place, long seed) {
        boolean knownSubject = subject != null && !subject.equals(Industry.GENERIC.subject());
        if (industry == Industry.GENERIC && place != null && knownSubject) {
            String town = place.replaceFirst("^(?i)the\\s+", "");
            Optional<String> name = clean(town + " " + Text.titleCase(subject));
            if (name.isPresent() && name.get().length() <= 40) {
                return name.get();
            }
        }
        return invent(industry, subject, seed);
    }

    static String invent(Industry industry, String subject, long seed) {
        if (industry == Industry.GENERIC) {
            String prefix = GENERIC_PREFIXES.get((int) Math.floorMod(seed, (long) GENERIC_PREFIXES.size()));
            String name = subject == null || subject.equals(Industry.GENERIC.subject())
                    ? prefix + " & Co."
                    : prefix + " " + Text.titleCase(subject);
            return clean(name).orElse(prefix);
        }
        List<String> names = DEFAULTS.get(industry);
        return names.get((int) Math.floorMod(seed, (long) names.size()));
    }
}
