package com.sitewright.generation.blueprint;

import java.util.List;

/** An item's people, places and contact details, and the links it may point to. */
final class ItemContact {

    private ItemContact() {}

    static String personName(ItemContext ctx) {
        return ctx.pick("firstName") + " " + ctx.pick("lastName");
    }

    static String companyName(ItemContext ctx) {
        return ctx.faker().company().name();
    }

    static String phone(ItemContext ctx) {
        return ctx.site().market().phone(ctx.random());
    }

    static String postalCode(ItemContext ctx) {
        return ctx.site().market().postalCode(ctx.random());
    }

    static String streetAddress(ItemContext ctx) {
        return ctx.between(2, 480) + " " + ctx.pick("street");
    }

    static String fullAddress(ItemContext ctx) {
        return streetAddress(ctx) + ", " + postalCode(ctx) + " " + ctx.site().city();
    }

    static String email(ItemContext ctx, String localPart) {
        return localPart + "@" + ctx.site().domain();
    }

    static String personalEmail(ItemContext ctx, String personName) {
        return Slugs.slugify(personName).replace('-', '.') + "@" + ctx.site().domain();
    }

    static String siteUrl(ItemContext ctx, String path) {
        return "https://www." + ctx.site().domain() + (path.startsWith("/") ? path : "/" + path);
    }

    /** A path of a page on the site, as navigation and buttons link to: one the site will have. */
    static String sitePath(ItemContext ctx) {
        SiteLinks links = ctx.links();
        List<String> menu = ctx.blueprint().vocabulary().nav().stream()
                .map(Vocabulary.NavLink::path)
                .filter(path -> links.resolve(path).isPresent())
                .toList();
        return ctx.pick(menu.isEmpty() ? links.paths() : menu);
    }

    /** The path when the site will have it, otherwise another page of the site: a button never leads nowhere. */
    static String linkTo(ItemContext ctx, String path) {
        return ctx.links().resolve(path).isPresent() ? path : sitePath(ctx);
    }
}
