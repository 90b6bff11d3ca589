package com.sitewright.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Infers a field's {@link FieldRole} from its key and type, for models whose fields carry none (AI-designed
 * models, models imported or built by hand). A role is only inferred when the type can carry it.
 */
public final class FieldRoles {

    private static final Set<String> TITLES = Set.of("name", "title", "headline");
    private static final Set<String> SUMMARIES = Set.of(
            "summary",
            "excerpt",
            "shortdescription",
            "intro",
            "standfirst",
            "tagline",
            "subheading",
            "subtitle",
            "lead",
            "teaser",
            "description");
    private static final Pattern PRICE = Pattern.compile(
            "(price|cost|amount|fee|fare)(from|perperson|pernight)?$|^(price|cost|fee)|^(base|day|nightly|room)rate$|^ratefrom$|^rate$");
    private static final Pattern RATING = Pattern.compile("rating|stars");
    private static final Pattern GEO =
            Pattern.compile("^(lat|lng|lon|latitude|longitude|geo|coordinates|location(lat|lng))$");
    private static final Pattern START = Pattern.compile(
            "^(starts?(at|on|date|time)?|start(s)?|begins(at|on)?|from(date)?|validfrom|eventdate|date(start|from))$");
    private static final Pattern END = Pattern.compile(
            "^(ends?(at|on|date|time)?|finishes(at|on)?|until|to(date)?|validto|validuntil|date(end|to))$");
    private static final Pattern DATE = Pattern.compile("date|(on|at)$|^published|^posted|^released");
    private static final Pattern PLACE =
            Pattern.compile("^(location|venue|place|office|branch|store|shop|cafe|restaurant|site)$");
    private static final Pattern PERSON = Pattern.compile(
            "author|person|people|editor|host|speaker|chef|attorney|lawyer|agent|teacher|instructor|presenter|"
                    + "artist|member|staff|team|coach|trainer|doctor|owner|organi[sz]er|reviewer(name)?$|personname");
    private static final Pattern PERSON_TYPES = Pattern.compile(
            "author|person|people|editor|speaker|chef|attorney|lawyer|agent|teacher|instructor|artist|member|staff|"
                    + "coach|trainer|doctor|employee|host|presenter|team");
    private static final Pattern CATEGORY =
            Pattern.compile("^(category|categories|section|genre|department|cuisine|course|collection)$|category$");
    private static final Pattern TAGS = Pattern.compile("^(tags|keywords|labels|topics)$");
    private static final Pattern CTA = Pattern.compile(
            "cta|button|booking|book(now)?url|ticket|registration|register|signup|order|reserv|buy|enrol");
    private static final Pattern IMAGE =
            Pattern.compile("image|photo|picture|portrait|cover|thumbnail|logo|hero|avatar|headshot");
    private static final Pattern GALLERY = Pattern.compile("images|photos|gallery|pictures");
    private static final Pattern BODY =
            Pattern.compile("^(body|content|text|story|details|article|bio|biography|about|description)$");

    private FieldRoles() {}

    /** The role a field's key and type suggest, or null when they suggest none. */
    public static @Nullable FieldRole infer(FieldDefinition field) {
        FieldRole role = guess(field.key().toLowerCase(Locale.ROOT), field.type(), field.referenceTypes());
        return role != null && role.fits(field.type()) ? role : null;
    }

    private static @Nullable FieldRole guess(String key, FieldType type, List<String> targets) {
        return switch (type) {
            case TEXT ->
                TITLES.contains(key)
                        ? FieldRole.TITLE
                        : key.contains("address") || PLACE.matcher(key).find()
                                ? FieldRole.ADDRESS
                                : key.contains("hours")
                                        ? FieldRole.HOURS
                                        : TAGS.matcher(key).find()
                                                ? FieldRole.TAGS
                                                : CATEGORY.matcher(key).find()
                                                        ? FieldRole.CATEGORY
                                                        : key.equals("authorname")
                                                                        || key.equals("personname")
                                                                        || key.equals("reviewername")
                                                                ? FieldRole.PERSON
                                                                : SUMMARIES.contains(key) ? FieldRole.SUMMARY : null;
            case LONG_TEXT ->
                key.contains("address")
                        ? FieldRole.ADDRESS
                        : key.contains("hours")
                                ? FieldRole.HOURS
                                : SUMMARIES.contains(key) && !key.equals("description")
                                        ? FieldRole.SUMMARY
                                        : BODY.matcher(key).find() ? FieldRole.BODY : null;
            case RICH_TEXT ->
                key.contains("hours")
                        ? FieldRole.HOURS
                        : SUMMARIES.contains(key) && !key.equals("description") ? FieldRole.SUMMARY : FieldRole.BODY;
            case BLOCKS -> FieldRole.BODY;
            case NUMBER, INTEGER ->
                GEO.matcher(key).find()
                        ? FieldRole.GEO
                        : RATING.matcher(key).find()
                                ? FieldRole.RATING
                                : PRICE.matcher(key).find()
                                                && !key.contains("change")
                                                && !key.contains("percent")
                                                // An average price describes a market, not what this thing costs.
                                                && !key.startsWith("average")
                                        ? FieldRole.PRICE
                                        : null;
            case DATE, DATE_TIME ->
                START.matcher(key).find()
                        ? FieldRole.START
                        : END.matcher(key).find()
                                ? FieldRole.END
                                : DATE.matcher(key).find() ? FieldRole.DATE : null;
            case JSON ->
                key.contains("hours")
                        ? FieldRole.HOURS
                        : key.contains("address")
                                ? FieldRole.ADDRESS
                                : GEO.matcher(key).find()
                                        ? FieldRole.GEO
                                        : TAGS.matcher(key).find()
                                                ? FieldRole.TAGS
                                                : GALLERY.matcher(key).find() ? FieldRole.GALLERY : null;
            case ENUM -> CATEGORY.matcher(key).find() ? FieldRole.CATEGORY : null;
            case URL -> CTA.matcher(key).find() ? FieldRole.CTA : null;
            case ASSET -> IMAGE.matcher(key).find() ? FieldRole.IMAGE : null;
            case REFERENCE ->
                images(targets) || IMAGE.matcher(key).find() && targets.isEmpty()
                        ? FieldRole.IMAGE
                        : CATEGORY.matcher(key).find()
                                        || targets.stream()
                                                .anyMatch(t -> t.toLowerCase(Locale.ROOT)
                                                        .endsWith("category"))
                                ? FieldRole.CATEGORY
                                : PLACE.matcher(key).find()
                                        ? FieldRole.ADDRESS
                                        : PERSON.matcher(key).find() || people(targets) ? FieldRole.PERSON : null;
            case REFERENCES ->
                images(targets) || GALLERY.matcher(key).find() && targets.isEmpty()
                        ? FieldRole.GALLERY
                        : TAGS.matcher(key).find()
                                ? FieldRole.TAGS
                                : people(targets) || PERSON.matcher(key).find() && targets.isEmpty()
                                        ? FieldRole.PERSON
                                        : null;
            default -> null;
        };
    }

    private static boolean images(List<String> targets) {
        return !targets.isEmpty()
                && targets.stream()
                        .allMatch(t -> IMAGE.matcher(t.toLowerCase(Locale.ROOT)).find() || t.equalsIgnoreCase("media"));
    }

    private static boolean people(List<String> targets) {
        return !targets.isEmpty()
                && targets.stream()
                        .allMatch(t ->
                                PERSON_TYPES.matcher(t.toLowerCase(Locale.ROOT)).find());
    }
}
