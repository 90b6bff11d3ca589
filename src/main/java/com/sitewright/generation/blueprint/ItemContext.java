package com.sitewright.generation.blueprint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Everything a value source may use while one item is generated: the item's seeded random, its
 * title, the values filled so far, the plan (for reference ranges) and the industry vocabulary.
 * One instance per item; not shared between threads.
 *
 * <p>This class holds the item and its random; the work is done by one class per concern, which the methods
 * below the randomness hand on to so that value sources read {@code ctx.richText(2, 3)}: {@link ItemCopy}
 * (templates and rich text), {@link ItemContact} (people, places, links), {@link ItemNumbers} (prices and
 * measurements), {@link ItemDates} and {@link ItemReferences}.
 */
final class ItemContext {

    private final Random random;
    private final Supplier<Faker> faker;
    private final Blueprint blueprint;
    private final GenerationPlan plan;
    private final UUID projectId;
    private final SiteProfile site;
    private final Title title;
    private final String slug;
    private final int index;
    private SiteLinks links;
    private Map<String, Object> data = new LinkedHashMap<>();
    private Map<String, String> bindings = Map.of();

    ItemContext(
            Random random,
            Supplier<Faker> faker,
            Blueprint blueprint,
            GenerationPlan plan,
            UUID projectId,
            SiteProfile site,
            Title title,
            String slug,
            int index) {
        this.random = random;
        this.faker = faker;
        this.blueprint = blueprint;
        this.plan = plan;
        this.projectId = projectId;
        this.site = site;
        this.title = title;
        this.slug = slug;
        this.index = index;
    }

    // ---- the item -------------------------------------------------------------------------------

    String title() {
        return title.text();
    }

    String part(int i) {
        return title.part(i);
    }

    /** A part of the title that is a record of a resource file, such as the wine a wine's title names. */
    <T> T part(int i, Class<T> type) {
        return title.part(i, type);
    }

    String slug() {
        return slug;
    }

    int index() {
        return index;
    }

    UUID projectId() {
        return projectId;
    }

    Intent intent() {
        return plan.intent();
    }

    SiteProfile site() {
        return site;
    }

    /** A Faker drawing from this item's random, so its output is as reproducible as the rest. */
    Faker faker() {
        return faker.get();
    }

    void bind(String name, String value) {
        if (bindings.isEmpty()) {
            bindings = new HashMap<>();
        }
        bindings.put(name, value);
    }

    /** A value fixed with {@link #bind}, or null. */
    String bound(String name) {
        return bindings.get(name);
    }

    Object value(String fieldKey) {
        return data.get(fieldKey);
    }

    Map<String, Object> data() {
        return data;
    }

    /** Runs the filler against a fresh map (an inline block) and restores the item's own map afterwards. */
    Map<String, Object> nested(Consumer<Map<String, Object>> filler) {
        Map<String, Object> outer = data;
        Map<String, Object> inner = new LinkedHashMap<>();
        data = inner;
        try {
            filler.accept(inner);
        } finally {
            data = outer;
        }
        return inner;
    }

    Blueprint blueprint() {
        return blueprint;
    }

    // ---- randomness -----------------------------------------------------------------------------

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int low, int high) {
        return low >= high ? low : low + random.nextInt(high - low + 1);
    }

    double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String pick(String listName) {
        return pick(blueprint.vocabulary().list(listName));
    }

    List<String> pickDistinct(String listName, int count) {
        return pickDistinct(blueprint.vocabulary().list(listName), count);
    }

    <T> List<T> pickDistinct(List<T> values, int count) {
        int wanted = Math.min(count, values.size());
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < wanted) {
            chosen.add(random.nextInt(values.size()));
        }
        List<T> result = new ArrayList<>(wanted);
        for (int i : chosen) {
            result.add(values.get(i));
        }
        return result;
    }

    /** The item's seeded random, for the classes that draw from it directly. */
    Random random() {
        return random;
    }

    int count(String typeKey) {
        return plan.count(typeKey);
    }

    /** The paths the site will have, for links that must not be dead. */
    SiteLinks links() {
        if (links == null) {
            links = SiteLinks.of(blueprint, plan, projectId);
        }
        return links;
    }

    // ---- copy: ItemCopy -------------------------------------------------------------------------

    /** A template filled in: see {@link ItemCopy#fill} for the placeholders. */
    String fill(String template) {
        return ItemCopy.fill(this, template);
    }

    String sentence() {
        return ItemCopy.sentence(this);
    }

    String paragraph(int sentences) {
        return ItemCopy.paragraph(this, sentences);
    }

    /** HTML limited to p, h2, h3, ul, li, strong and em; no sentence or heading repeats within one text. */
    String richText(int minSections, int maxSections) {
        return richText(minSections, maxSections, null);
    }

    /** As {@link #richText(int, int)}, opening with the given lead paragraph when there is one. */
    String richText(int minSections, int maxSections, String lead) {
        return richText(minSections, maxSections, lead, "heading", "sentence", "bullet");
    }

    /** Rich text written from the given vocabulary lists instead of the site-wide ones. */
    String richText(
            int minSections, int maxSections, String lead, String headingList, String sentenceList, String bulletList) {
        return ItemCopy.richText(this, minSections, maxSections, lead, headingList, sentenceList, bulletList);
    }

    // ---- people, places, contact: ItemContact ---------------------------------------------------

    String personName() {
        return ItemContact.personName(this);
    }

    String companyName() {
        return ItemContact.companyName(this);
    }

    String phone() {
        return ItemContact.phone(this);
    }

    String postalCode() {
        return ItemContact.postalCode(this);
    }

    String streetAddress() {
        return ItemContact.streetAddress(this);
    }

    String fullAddress() {
        return ItemContact.fullAddress(this);
    }

    String email(String localPart) {
        return ItemContact.email(this, localPart);
    }

    String personalEmail(String personName) {
        return ItemContact.personalEmail(this, personName);
    }

    String siteUrl(String path) {
        return ItemContact.siteUrl(this, path);
    }

    String sitePath() {
        return ItemContact.sitePath(this);
    }

    String linkTo(String path) {
        return ItemContact.linkTo(this, path);
    }

    // ---- numbers and dates: ItemNumbers, ItemDates ----------------------------------------------

    double price(double low, double high, double step) {
        return ItemNumbers.price(this, low, high, step);
    }

    double retailPrice(int low, int high) {
        return ItemNumbers.retailPrice(this, low, high);
    }

    double[] nearby() {
        return ItemNumbers.nearby(this);
    }

    double decimal(double low, double high, int decimals) {
        return ItemNumbers.decimal(this, low, high, decimals);
    }

    LocalDate localDate(LocalDate from, LocalDate to) {
        return ItemDates.localDate(this, from, to);
    }

    String date(LocalDate from, LocalDate to) {
        return ItemDates.date(this, from, to);
    }

    String date(int fromYear, int toYear) {
        return ItemDates.date(this, fromYear, toYear);
    }

    String dateTime(LocalDate from, LocalDate to) {
        return ItemDates.dateTime(this, from, to);
    }

    String dateTime(int fromYear, int toYear) {
        return ItemDates.dateTime(this, fromYear, toYear);
    }

    // ---- references: ItemReferences -------------------------------------------------------------

    String ref(List<String> types) {
        return ItemReferences.ref(this, types);
    }

    String ref(String type) {
        return ItemReferences.ref(this, List.of(type));
    }

    String refAt(String type, int index) {
        return ItemReferences.refAt(this, type, index);
    }

    List<String> refs(List<String> types, int min, int max) {
        return ItemReferences.refs(this, types, min, max);
    }

    List<String> refs(String type, int min, int max) {
        return ItemReferences.refs(this, List.of(type), min, max);
    }
}
