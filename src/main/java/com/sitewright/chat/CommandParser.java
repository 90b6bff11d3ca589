package com.sitewright.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chat's commands without a language model: a fixed, documented set of sentences (see
 * {@link #COMMANDS}), each mapped to the same tool and arguments the model would use. Deterministic,
 * so what a sentence does never depends on anything but the sentence.
 */
final class CommandParser {

    /** The documented command set, as {@code help} shows it: an example and what it does. */
    static final Map<String, String> COMMANDS = commands();

    private static final String NAME = "[\"“”']?([\\p{L}\\p{N}][\\p{L}\\p{N} _&'-]{0,118}?)[\"“”']?";
    private static final String A = "(?:an?\\s+|the\\s+|new\\s+)*";
    private static final String FIELD_TYPES =
            "(text|long ?text|rich ?text|markdown|number|integer|whole number|decimal|"
                    + "boolean|yes/no|true/false|date ?time|date|enum|slug|url|link|email|asset|image|reference|references|json|blocks)";
    private static final String COLOUR_ROLE = "(primary|main|brand|accent|secondary|background|text)";

    private final List<Rule> rules = List.of(
            rule("^(?:help|\\?|commands|what can you do\\??)$", m -> new Command.Help()),
            rule(
                    "^(?:show|describe|list)\\s+(?:the\\s+)?(?:content\\s+)?(?:model|types|content types)$",
                    m -> tool("describe_model")),
            rule(
                    "^add\\s+" + A + "(required\\s+)?(?:" + FIELD_TYPES + "\\s+)?field\\s+(?:called\\s+|named\\s+)?"
                            + NAME
                            + "(?:\\s*\\(" + FIELD_TYPES + "\\))?\\s+(?:to|on|in)\\s+(?:the\\s+)?" + NAME
                            + "(?:\\s+(?:type|as\\s+" + FIELD_TYPES + "))?(\\s+as required|\\s+required)?$",
                    m -> addField(
                            m.group(1) != null || m.group(7) != null,
                            firstOf(m.group(2), m.group(4), m.group(6)),
                            m.group(3),
                            m.group(5))),
            rule(
                    "^add\\s+" + A + "(required\\s+)?" + NAME + "\\s+field\\s+(?:to|on|in)\\s+(?:the\\s+)?" + NAME
                            + "(?:\\s+type)?(?:\\s+as\\s+(?:an?\\s+)?" + FIELD_TYPES
                            + ")?(\\s+as required|\\s+required)?$",
                    m -> addField(m.group(1) != null || m.group(5) != null, m.group(4), m.group(2), m.group(3))),
            rule(
                    "^rename\\s+(?:the\\s+)?field\\s+" + NAME + "\\s+(?:of|in|on)\\s+(?:the\\s+)?" + NAME + "\\s+to\\s+"
                            + NAME + "$",
                    m -> tool("rename_field", "type", m.group(2), "field", m.group(1), "newName", m.group(3))),
            rule(
                    "^rename\\s+([\\p{L}\\p{N}]+)\\.([\\p{L}\\p{N}]+)\\s+to\\s+" + NAME + "$",
                    m -> tool("rename_field", "type", m.group(1), "field", m.group(2), "newName", m.group(3))),
            rule(
                    "^(?:remove|delete)\\s+(?:the\\s+)?field\\s+" + NAME + "\\s+(?:from|of|in)\\s+(?:the\\s+)?" + NAME
                            + "(?:\\s+type)?$",
                    m -> tool("remove_field", "type", m.group(2), "field", m.group(1))),
            rule(
                    "^(?:remove|delete)\\s+([\\p{L}\\p{N}]+)\\.([\\p{L}\\p{N}]+)$",
                    m -> tool("remove_field", "type", m.group(1), "field", m.group(2))),
            rule(
                    "^add\\s+" + A
                            + "(?:(page|component|data|media|settings)\\s+)?(?:content\\s+)?type\\s+(?:called\\s+|named\\s+)?"
                            + NAME + "(?:\\s+as\\s+(?:an?\\s+)?(page|component|data|media|settings))?$",
                    m -> tool("add_content_type", "name", m.group(2), "kind", firstOf(m.group(1), m.group(3)))),
            rule(
                    "^rename\\s+(?:the\\s+)?(?:content\\s+)?type\\s+" + NAME + "\\s+to\\s+" + NAME + "$",
                    m -> tool("rename_content_type", "type", m.group(1), "newName", m.group(2))),
            rule(
                    "^(?:remove|delete)\\s+(?:the\\s+)?(?:content\\s+)?type\\s+" + NAME + "$",
                    m -> tool("remove_content_type", "type", m.group(1))),
            rule(
                    "^(?:generate|create|write|add)\\s+(\\d{1,5})\\s+(?:more\\s+)?" + NAME + "(?:\\s+items)?$",
                    m -> tool("generate_items", "type", m.group(2), "count", m.group(1))),
            rule(
                    "^(?:shorten|trim)\\s+(?:the\\s+|all\\s+)*" + NAME + "\\s+(?:of|in|on)\\s+(?:all\\s+)?(?:the\\s+)?"
                            + NAME + "(?:\\s+items)?(?:\\s+matching\\s+" + NAME
                            + ")?\\s+to\\s+(\\d{1,5})\\s+(?:characters|chars)$",
                    m -> tool(
                            "rewrite_items",
                            "type",
                            m.group(2),
                            "field",
                            m.group(1),
                            "query",
                            m.group(3),
                            "maxLength",
                            m.group(4),
                            "instruction",
                            "Shorten to at most " + m.group(4) + " characters")),
            rule(
                    "^(?:change|set|make)\\s+(?:the\\s+)?" + COLOUR_ROLE
                            + "\\s+colou?r\\s+(?:to\\s+)?([#\\p{L}\\p{N} ]{3,30})$",
                    m -> tool("change_theme", colourRole(m.group(1)), m.group(2))),
            rule(
                    "^(?:change|set|use)\\s+(?:the\\s+)?(heading|headings|body|text)\\s+font\\s+(?:to\\s+)?([\\p{L}-]+)$",
                    m -> tool(
                            "change_theme", m.group(1).startsWith("heading") ? "headingFont" : "bodyFont", m.group(2))),
            rule(
                    "^use\\s+(?:an?\\s+)?([\\p{L}-]+)\\s+font\\s+for\\s+(?:the\\s+)?(headings|heading|body|text)$",
                    m -> tool(
                            "change_theme", m.group(2).startsWith("heading") ? "headingFont" : "bodyFont", m.group(1))),
            rule(
                    "^(?:preview|start\\s+(?:a\\s+)?preview|build\\s+(?:a\\s+)?preview|preview the site)$",
                    m -> tool("start_preview")),
            rule("^(?:deploy|approve and deploy|approve & deploy|ship it|go live)$", m -> tool("approve_and_deploy")),
            rule(
                    "^(?:push|publish|send|sync)\\s+(?:(?:the|this|my)\\s+)?(?:site|website|project|content|everything)?\\s*"
                            + "(?:in)?to\\s+(?:the\\s+|my\\s+)?(optimizely|contentful|sanity|cms|headless cms)(?:\\s+saas)?(?:\\s+cms)?$",
                    m -> pushToCms(m.group(1))),
            rule(
                    "^(?:new project|create (?:a\\s+)?(?:new\\s+)?project)(?:\\s*:\\s*|\\s+for\\s+|\\s+)(.{3,4000})$",
                    m -> tool("create_project", "prompt", m.group(1))));

    Command parse(String message) {
        String text = message.strip().replaceAll("\\s+", " ").replaceAll("[.!]+$", "");
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.matches()) {
                return rule.command().apply(matcher);
            }
        }
        return new Command.Unknown(
                "The studio runs without a language model here, so it understands a fixed set "
                        + "of commands, such as \"add a calories field to MenuItem\" or \"preview\". Type help to see them all.");
    }

    private record Rule(Pattern pattern, Function<Matcher, Command> command) {}

    private static Rule rule(String regex, Function<Matcher, Command> command) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), command);
    }

    /** "push to the CMS" leaves the provider to the connection; a named vendor is checked against it. */
    private static Command pushToCms(String target) {
        String provider = target.toLowerCase(Locale.ROOT);
        return tool("push_to_cms", "provider", provider.endsWith("cms") ? null : provider);
    }

    private static Command addField(boolean required, String explicitType, String name, String type) {
        return tool(
                "add_field",
                "type",
                type.strip(),
                "name",
                name.strip(),
                "fieldType",
                explicitType == null ? guessType(name) : fieldType(explicitType),
                "required",
                required ? "true" : null);
    }

    /** A field's name often says its type: "calories" is a number, "opening date" a date. */
    static String guessType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches(".*\\b(email|e-mail)\\b.*")) {
            return "email";
        }
        if (n.matches(".*\\b(url|link|website|homepage)\\b.*")) {
            return "url";
        }
        if (n.matches(".*\\b(date time|datetime|timestamp|starts at|ends at)\\b.*")) {
            return "dateTime";
        }
        if (n.matches(".*\\b(date|birthday|deadline)\\b.*")) {
            return "date";
        }
        if (n.matches(
                "^(is|has|can|allows?)\\b.*|.*\\b(available|enabled|featured|vegan|vegetarian|gluten[- ]free)\\b.*")) {
            return "boolean";
        }
        if (n.matches(".*\\b(price|cost|rating|weight|percentage|percent|latitude|longitude|abv)\\b.*")) {
            return "number";
        }
        if (n.matches(
                ".*\\b(calories|kcal|grams|mg|ml|count|quantity|number of|capacity|stock|age|year|minutes|servings|size)\\b.*")) {
            return "integer";
        }
        if (n.matches(".*\\b(image|photo|picture|logo)\\b.*")) {
            return "asset";
        }
        if (n.matches(".*\\b(description|notes|bio|summary|body)\\b.*")) {
            return "longText";
        }
        return "text";
    }

    private static String fieldType(String said) {
        return switch (said.toLowerCase(Locale.ROOT).replace(" ", "")) {
            case "longtext" -> "longText";
            case "richtext", "markdown" -> "richText";
            case "wholenumber", "integer" -> "integer";
            case "decimal", "number" -> "number";
            case "yes/no", "true/false", "boolean" -> "boolean";
            case "datetime" -> "dateTime";
            case "link", "url" -> "url";
            case "image", "asset" -> "asset";
            default -> said.toLowerCase(Locale.ROOT);
        };
    }

    private static String colourRole(String said) {
        return switch (said.toLowerCase(Locale.ROOT)) {
            case "main", "brand", "primary" -> "primary";
            case "secondary", "accent" -> "accent";
            default -> said.toLowerCase(Locale.ROOT);
        };
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Command tool(String name, String... pairs) {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                args.put(pairs[i], pairs[i + 1].strip());
            }
        }
        return new Command.Tool(name, args);
    }

    private static Map<String, String> commands() {
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("help", "list these commands");
        commands.put("show the model", "list the content types, their fields and item counts");
        commands.put(
                "add a calories field to MenuItem",
                "add a field (its type guessed from the name, or say \"add a number field called calories to MenuItem\"; add \"required\" for a required one)");
        commands.put("rename field calories of MenuItem to energy", "rename a field, keeping every value");
        commands.put("remove field calories from MenuItem", "remove a field and its values");
        commands.put(
                "add a data type called Gift Card", "add a content type (page, component, data, media or settings)");
        commands.put("rename type Gift Card to Voucher", "rename a content type");
        commands.put("delete type Voucher", "remove a content type and its items");
        commands.put("generate 20 more MenuItem", "write more items of a type with the project's engine");
        commands.put(
                "shorten description of MenuItem to 80 characters",
                "rewrite a text field of the items of a type (add \"matching latte\" to pick items)");
        commands.put(
                "change the primary colour to #2f6b4f", "change a theme colour: primary, accent, background or text");
        commands.put(
                "use a serif font for headings",
                "change a font style (sans, serif, old-style, rounded, geometric, humanist, mono) for headings or body");
        commands.put("preview", "build and start a preview of the site");
        commands.put("approve and deploy", "deploy the newest built preview to production");
        commands.put(
                "push to optimizely",
                "push the model, images and items to the project's CMS (or \"push the site to the CMS\")");
        commands.put("new project: a bakery website on Contentful", "start another project");
        return commands;
    }
}
