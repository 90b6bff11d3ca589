package com.sitewright.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layout a type's pages get on a generated site, chosen from the roles its fields have: the same rule
 * serves blueprint models (roles set) and AI-designed or hand-made ones (roles inferred).
 */
public enum PageLayout {
    /** Cards with a price in the site's currency, grouped by category; schema.org Product. */
    PRODUCT("product"),
    /** Date, time, place and a calendar file; schema.org Event. */
    EVENT("event"),
    /** Address, opening hours and a map link; schema.org LocalBusiness. */
    LOCATION("location"),
    /** Author, date, reading time and a featured image; schema.org Article. */
    ARTICLE("article"),
    /** A portrait, name and role; schema.org Person. */
    PERSON("person"),
    /** Facts and text for anything else. */
    GENERIC("generic");

    private static final Pattern PEOPLE = Pattern.compile(
            "^(author|person|people|teammember|member|staff|employee|chef|attorney|lawyer|agent|teacher|instructor|"
                    + "artist|speaker|coach|trainer|doctor|therapist|stylist|host|presenter|founder|guide|volunteer)s?$"
                    + "|(member|person|author|teacher|artist|coach|doctor)$");

    private static final Pattern PUBLISHED = Pattern.compile("^(published|posted|sent|written)");

    private final String id;

    PageLayout(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PageLayout of(ContentTypeDefinition type) {
        Set<FieldRole> roles = EnumSet.noneOf(FieldRole.class);
        boolean timed = false;
        boolean street = false;
        boolean sections = false;
        boolean richBody = false;
        boolean bio = false;
        boolean published = false;
        for (FieldDefinition field : type.fields()) {
            FieldRole role = field.effectiveRole();
            if (role == null) {
                continue;
            }
            roles.add(role);
            timed |= role == FieldRole.START && field.type() == FieldType.DATE_TIME;
            street |= role == FieldRole.ADDRESS && field.type() != FieldType.REFERENCE;
            sections |= field.type() == FieldType.BLOCKS;
            richBody |= role == FieldRole.BODY && field.type() == FieldType.RICH_TEXT;
            bio |= role == FieldRole.BODY
                    && field.key().toLowerCase(Locale.ROOT).startsWith("bio");
            published |= role == FieldRole.DATE
                    && PUBLISHED.matcher(field.key().toLowerCase(Locale.ROOT)).find();
        }
        // Pages made of sections (home, landing and standard pages) lay themselves out.
        if (sections) {
            return GENERIC;
        }
        // Something that starts is an event when it happens somewhere, with someone, or says so in its name
        // (a promotion also starts and ends).
        if (roles.contains(FieldRole.START)
                && (roles.contains(FieldRole.ADDRESS)
                        || roles.contains(FieldRole.PERSON)
                        || timed && type.key().toLowerCase(Locale.ROOT).contains("event"))) {
            return EVENT;
        }
        if (street
                && !roles.contains(FieldRole.PRICE)
                && (roles.contains(FieldRole.HOURS) || roles.contains(FieldRole.GEO))) {
            return LOCATION;
        }
        if (!roles.contains(FieldRole.PRICE)
                && (bio || PEOPLE.matcher(type.key().toLowerCase(Locale.ROOT)).find())) {
            return PERSON;
        }
        if (roles.contains(FieldRole.PRICE)) {
            return PRODUCT;
        }
        if (richBody && (roles.contains(FieldRole.PERSON) || published)) {
            return ARTICLE;
        }
        return GENERIC;
    }
}
