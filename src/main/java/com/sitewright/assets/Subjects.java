package com.sitewright.assets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the illustration's subject from words that describe the item: its title first (the most specific), then
 * its type and the field. Each subject is a bundled icon with companions, smaller icons of the same world that
 * decorate the background.
 */
final class Subjects {

    record Subject(String icon, List<String> companions) {}

    private static final List<String> FOOD =
            List.of("phosphor/coffee-bean", "phosphor/leaf", "phosphor/grains", "phosphor/sparkle");
    private static final List<String> PLACES =
            List.of("phosphor/compass", "phosphor/tree", "phosphor/sun", "phosphor/house-line");
    private static final List<String> PEOPLE =
            List.of("phosphor/chat-circle", "phosphor/star", "phosphor/heart", "phosphor/sparkle");
    private static final List<String> WORK =
            List.of("phosphor/lightbulb", "phosphor/chart-line-up", "phosphor/star", "phosphor/sparkle");
    private static final List<String> SHOP =
            List.of("phosphor/tag", "phosphor/gift", "phosphor/sparkle", "phosphor/star");
    private static final List<String> STAY = List.of("phosphor/sun", "phosphor/key", "phosphor/star", "phosphor/tree");
    private static final List<String> STORY =
            List.of("phosphor/pen-nib", "phosphor/lightbulb", "phosphor/chat-circle", "phosphor/sparkle");

    /** Keyword (singular, lower case) to icon; the first keyword found in the words wins. */
    private static final Map<String, Subject> BY_WORD = new LinkedHashMap<>();

    static {
        words(
                FOOD,
                "phosphor/coffee",
                "latte",
                "flat white",
                "cortado",
                "cappuccino",
                "mocha",
                "macchiato",
                "americano",
                "espresso",
                "piccolo",
                "breve",
                "long black",
                "affogato",
                "coffee",
                "pour-over",
                "pour over",
                "barista",
                "cupping",
                "drink",
                "beverage",
                "café",
                "cafe");
        words(FOOD, "phosphor/tea-bag", "chai", "matcha", "tea", "golden milk", "infusion");
        words(FOOD, "phosphor/pint-glass", "cold brew", "iced", "tonic", "juice", "smoothie", "soda");
        words(FOOD, "phosphor/coffee-bean", "bean", "roast", "origin", "cherries", "sack", "harvest");
        words(FOOD, "lucide/croissant", "croissant", "danish", "pastry", "pastries", "viennoiserie", "morning bun");
        words(FOOD, "lucide/cupcake", "muffin", "cupcake", "financier", "blondie", "brownie");
        words(FOOD, "phosphor/cookie", "cookie", "biscuit", "scone");
        words(FOOD, "phosphor/cake", "cake", "tart", "dessert", "cheesecake", "bake", "bun");
        words(FOOD, "lucide/sandwich", "sandwich", "toastie", "bagel", "wrap", "focaccia", "savoury", "savory");
        words(FOOD, "phosphor/bread", "bread", "loaf", "sourdough", "brioche", "rye", "bakery");
        words(FOOD, "phosphor/wine", "wine", "sommelier", "vineyard", "pairing");
        words(FOOD, "phosphor/champagne", "champagne", "celebration", "toast", "anniversary");
        words(FOOD, "phosphor/martini", "cocktail", "martini", "bar", "spritz", "negroni");
        words(FOOD, "phosphor/beer-stein", "beer", "ale", "lager", "brewery");
        words(FOOD, "phosphor/pizza", "pizza", "margherita");
        words(FOOD, "phosphor/hamburger", "burger", "hamburger");
        words(FOOD, "phosphor/fish", "fish", "salmon", "seafood", "tuna", "oyster", "prawn");
        words(FOOD, "phosphor/bowl-steam", "soup", "ramen", "noodle", "risotto", "stew", "broth", "curry");
        words(FOOD, "phosphor/bowl-food", "salad", "bowl", "rice", "pasta", "dish", "starter", "main");
        words(FOOD, "phosphor/carrot", "vegetable", "vegan", "carrot", "garden");
        words(FOOD, "phosphor/orange-slice", "fruit", "citrus", "lemon", "orange");
        words(FOOD, "phosphor/ice-cream", "ice cream", "gelato", "sorbet");
        words(FOOD, "phosphor/cooking-pot", "kitchen", "chef", "cook", "recipe", "catering", "class");
        words(
                FOOD,
                "phosphor/fork-knife",
                "menu",
                "restaurant",
                "dining",
                "dinner",
                "lunch",
                "breakfast",
                "brunch",
                "table",
                "reservation",
                "food");
        words(FOOD, "phosphor/jar", "jam", "honey", "preserve", "jar");
        words(
                PLACES,
                "phosphor/map-pin",
                "location",
                "address",
                "branch",
                "store",
                "café location",
                "venue",
                "office",
                "terrace",
                "place",
                "city",
                "neighbourhood",
                "neighborhood",
                "area");
        words(STAY, "phosphor/bed", "room", "suite", "bed", "hotel", "stay", "guest");
        words(STAY, "phosphor/buildings", "property", "listing", "apartment", "flat", "building", "estate");
        words(STAY, "phosphor/house-line", "house", "home", "cottage", "villa");
        words(STAY, "phosphor/couch", "lounge", "living", "interior", "sofa");
        words(STAY, "phosphor/armchair", "reception", "lobby", "waiting");
        words(
                PEOPLE,
                "phosphor/user",
                "portrait",
                "person",
                "people",
                "member",
                "team",
                "staff",
                "author",
                "barista",
                "roaster",
                "attorney",
                "lawyer",
                "partner",
                "agent",
                "speaker",
                "teacher",
                "artist",
                "host",
                "founder",
                "head",
                "testimonial",
                "review",
                "avatar",
                "profile",
                "bio");
        words(PEOPLE, "phosphor/users-three", "regulars", "customers", "community", "crowd", "group", "families");
        words(WORK, "phosphor/scales", "law", "legal", "practice", "justice", "court", "litigation");
        words(WORK, "phosphor/gavel", "case", "trial", "ruling", "judge");
        words(WORK, "phosphor/briefcase", "service", "career", "job", "client", "meeting", "boardroom", "business");
        words(WORK, "phosphor/handshake", "partnership", "wholesale", "deal", "merger");
        words(WORK, "phosphor/rocket-launch", "launch", "startup", "release", "changelog");
        words(WORK, "phosphor/laptop", "software", "app", "saas", "platform", "product tour", "dashboard", "feature");
        words(WORK, "phosphor/code", "api", "developer", "integration", "code");
        words(WORK, "phosphor/cloud", "cloud", "hosting", "sync");
        words(WORK, "phosphor/shield-check", "security", "compliance", "privacy", "trust");
        words(WORK, "phosphor/chart-line-up", "plan", "pricing", "growth", "report", "analytics", "case study");
        words(SHOP, "phosphor/t-shirt", "shirt", "tee", "clothing", "apparel", "fashion", "linen");
        words(SHOP, "phosphor/dress", "dress", "skirt");
        words(SHOP, "phosphor/sneaker", "shoe", "sneaker", "boot", "trainer");
        words(SHOP, "phosphor/watch", "watch", "jewellery", "jewelry");
        words(SHOP, "phosphor/diamond", "ring", "diamond", "luxury");
        words(SHOP, "phosphor/gift", "gift", "present", "voucher", "gift card");
        words(SHOP, "phosphor/package", "whole bean", "drip bag", "bag of", "parcel", "shipping", "delivery", "box");
        words(SHOP, "phosphor/truck", "truck", "courier", "logistics");
        words(
                SHOP,
                "phosphor/shopping-bag",
                "shop",
                "product",
                "retail",
                "collection",
                "sale",
                "order",
                "brand",
                "stoneware",
                "board",
                "bedding",
                "dinner set");
        words(SHOP, "phosphor/tag", "price", "offer", "promotion", "deal", "campaign", "coupon");
        words(
                STORY,
                "phosphor/calendar-dots",
                "event",
                "workshop",
                "festival",
                "meetup",
                "session",
                "schedule",
                "championship",
                "open day",
                "week",
                "tasting");
        words(STORY, "phosphor/ticket", "ticket", "concert", "show", "performance", "admission");
        words(STORY, "phosphor/music-notes", "music", "live", "jazz", "band", "playlist");
        words(STORY, "phosphor/newspaper", "news", "press", "newsletter", "announcement", "journal");
        words(STORY, "phosphor/book-open", "article", "blog", "post", "story", "guide", "learn", "course", "faq");
        words(STORY, "phosphor/graduation-cap", "education", "training", "academy", "school", "student");
        words(STORY, "phosphor/camera", "photo", "gallery", "image", "picture", "shoot");
        words(STORY, "phosphor/paint-brush", "design", "studio", "paint", "craft");
        words(STORY, "phosphor/barbell", "gym", "fitness", "training", "strength", "workout");
        words(STORY, "phosphor/bicycle", "bike", "cycling", "ride", "tour");
        words(STORY, "phosphor/plant", "plant", "sustainability", "sustainable", "green", "compost", "eco");
        words(STORY, "phosphor/flower-tulip", "flower", "florist", "spring", "bouquet");
        words(STORY, "phosphor/mountains", "mountain", "retreat", "hike", "outdoor", "travel", "adventure");
        words(STORY, "phosphor/quotes", "quote", "testimonial quote");
        words(STORY, "phosphor/star", "logo", "favicon", "brand mark", "award");
        words(STORY, "phosphor/storefront", "window", "counter", "front", "shopfront", "storefront");
        words(STORY, "phosphor/building-office", "head office", "headquarters", "company", "firm", "about");
    }

    private static final Subject FALLBACK = new Subject("phosphor/storefront", STORY);

    private Subjects() {}

    private static void words(List<String> companions, String icon, String... keywords) {
        Subject subject = new Subject(icon, companions);
        for (String keyword : keywords) {
            BY_WORD.putIfAbsent(keyword, subject);
        }
    }

    /**
     * The subject for the first text that names one, checking the texts in the order given; a keyword matches whole
     * words or their plural, so "bean" finds "beans" but "bar" does not find "barista".
     */
    static Subject of(List<String> texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String words = " " + normalise(text) + " ";
            Subject best = null;
            int bestAt = -1;
            for (Map.Entry<String, Subject> entry : BY_WORD.entrySet()) {
                // The last named thing is what the item is: "Breakfast Croissant" is a croissant.
                int at = lastWord(words, entry.getKey());
                if (at > bestAt) {
                    best = entry.getValue();
                    bestAt = at;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return FALLBACK;
    }

    /** Where the keyword last stands as a whole word (or its plural) in the padded words, or -1. */
    private static int lastWord(String words, String keyword) {
        String needle = " " + keyword;
        for (int at = words.lastIndexOf(needle); at >= 0; at = words.lastIndexOf(needle, at - 1)) {
            int end = at + needle.length();
            if (words.startsWith(" ", end)
                    || words.startsWith("s ", end)
                    || words.startsWith("es ", end)
                    || words.startsWith("-", end)) {
                return at;
            }
            if (at == 0) {
                break;
            }
        }
        return -1;
    }

    /** Every icon a subject can use, for checking that all of them load. */
    static List<String> allIcons() {
        List<String> icons = new ArrayList<>();
        BY_WORD.values().forEach(subject -> {
            icons.add(subject.icon());
            icons.addAll(subject.companions());
        });
        icons.add(FALLBACK.icon());
        return icons.stream().distinct().toList();
    }

    /** Lower case, camelCase split ("teamMember" → "team member"), punctuation as spaces. */
    static String normalise(String text) {
        String split = text.replaceAll("([a-z])([A-Z])", "$1 $2");
        String plain = Normalizer.normalize(split, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}\\-]+", " ").strip();
    }
}
