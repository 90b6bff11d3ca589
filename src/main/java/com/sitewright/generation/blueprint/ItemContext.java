package com.sitewright.generation.blueprint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Everything a value source may use while one item is generated: the item's seeded random, its
 * title, the values filled so far, the plan (for reference ranges) and the industry vocabulary.
 * One instance per item; not shared between threads.
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

    // ---- copy -----------------------------------------------------------------------------------

    /**
     * Resolves a template. Placeholders: {@code {list}} a vocabulary pick (distinct within one template),
     * {@code {a|b}} an inline choice, {@code {0}} a title part, {@code {=field}} a value filled earlier,
     * {@code {#2-9}} a number, {@code {a drink}} a pick with "a" or "an", and {@code siteName, subject, aSubject, city, country, title, first, year,
     * currencySymbol}; names bound with {@link #bind} win over vocabulary lists.
     */
    String fill(String template) {
        String text = expand(template, 0);
        if (text.indexOf("..") >= 0) {
            text = text.replace("..", "."); // a site name ending in "Co." before a full stop
        }
        return capitalize(text);
    }

    private String expand(String template, int depth) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        if (depth > 3) {
            throw new IllegalStateException("Template nests too deeply: " + template);
        }
        StringBuilder out = new StringBuilder(template.length() + 40);
        List<String> used = new ArrayList<>(4);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new IllegalStateException("Unclosed placeholder in template: " + template);
            }
            String value = resolve(template.substring(i + 1, end), used);
            used.add(value);
            out.append(expand(value, depth + 1));
            i = end + 1;
        }
        return out.toString();
    }

    private String resolve(String name, List<String> used) {
        switch (name) {
            case "siteName":
                return intent().siteName();
            case "subject":
                return intent().subject();
            case "aSubject":
                return Text.withArticle(intent().subject());
            case "city":
                return site.city();
            case "country":
                return site.country();
            case "title":
                return title.text();
            case "first":
                return title.text().split(" ")[0];
            case "year":
                return String.valueOf(site.foundedYear());
            case "currencySymbol":
                return switch (site.currency()) {
                    case "GBP" -> "£";
                    case "USD" -> "$";
                    default -> "€";
                };
            default:
                break;
        }
        if (name.startsWith("a ")) {
            return Text.withArticle(resolve(name.substring(2), used));
        }
        char first = name.charAt(0);
        if (name.indexOf('|') >= 0) {
            return pick(List.of(name.split("\\|")));
        }
        if (first == '=') {
            Object value = data.get(name.substring(1));
            return value == null ? "" : String.valueOf(value);
        }
        if (first == '#') {
            String[] range = name.substring(1).split("-");
            return String.valueOf(between(Integer.parseInt(range[0]), Integer.parseInt(range[1])));
        }
        if (Character.isDigit(first)) {
            return title.part(first - '0');
        }
        String bound = bindings.get(name);
        if (bound != null) {
            return bound;
        }
        List<String> list = blueprint.vocabulary().list(name);
        String value = pick(list);
        for (int attempt = 0; attempt < 4 && used.contains(value) && list.size() > 1; attempt++) {
            value = pick(list);
        }
        return value;
    }

    String sentence() {
        return fill(pick("sentence"));
    }

    String paragraph(int sentences) {
        List<String> templates = pickDistinct("sentence", sentences);
        StringBuilder out = new StringBuilder();
        for (String template : templates) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(fill(template));
        }
        return out.toString();
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
        StringBuilder html = new StringBuilder(1024);
        if (lead != null) {
            html.append("<p>").append(Text.html(lead)).append("</p>");
        }
        int sections = between(minSections, maxSections);
        List<String> headings = pickDistinct(headingList, sections * 2 + 1);
        List<String> sentences = pickDistinct(sentenceList, sections * 6);
        int[] next = {0};
        IntFunction<String> sentencesText = n -> {
            StringBuilder p = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (!p.isEmpty()) {
                    p.append(' ');
                }
                p.append(fill(sentences.get(next[0]++ % sentences.size())));
            }
            return Text.html(p.toString());
        };
        for (int s = 0; s < sections; s++) {
            if (s > 0 || lead != null || chance(0.4)) {
                html.append("<h2>")
                        .append(Text.html(fill(headings.get(2 * s % headings.size()))))
                        .append("</h2>");
            }
            html.append("<p>");
            if (chance(0.3)) {
                html.append("<strong>").append(sentencesText.apply(1)).append("</strong> ");
            }
            html.append(sentencesText.apply(between(2, 3))).append("</p>");
            if (chance(0.35)) {
                html.append("<ul>");
                for (String bullet : pickDistinct(bulletList, between(3, 5))) {
                    html.append("<li>").append(Text.html(fill(bullet))).append("</li>");
                }
                html.append("</ul>");
            }
            if (chance(0.2)) {
                html.append("<h3>")
                        .append(Text.html(fill(headings.get((2 * s + 1) % headings.size()))))
                        .append("</h3><p><em>")
                        .append(sentencesText.apply(1))
                        .append("</em></p>");
            }
        }
        return html.toString();
    }

    /** A paragraph of given text wrapped as rich text. */
    static String paragraphs(String... paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            html.append("<p>").append(Text.html(p)).append("</p>");
        }
        return html.toString();
    }

    // ---- people, places, contact ----------------------------------------------------------------

    String personName() {
        return pick("firstName") + " " + pick("lastName");
    }

    String companyName() {
        return faker().company().name();
    }

    String phone() {
        return site.market().phone(random);
    }

    String postalCode() {
        return site.market().postalCode(random);
    }

    String streetAddress() {
        return between(2, 480) + " " + pick("street");
    }

    String fullAddress() {
        return streetAddress() + ", " + postalCode() + " " + site.city();
    }

    String email(String localPart) {
        return localPart + "@" + site.domain();
    }

    String personalEmail(String personName) {
        return Slugs.slugify(personName).replace('-', '.') + "@" + site.domain();
    }

    String siteUrl(String path) {
        return "https://www." + site.domain() + (path.startsWith("/") ? path : "/" + path);
    }

    /** A path of a page on the site, as navigation and buttons link to: one the site will have. */
    String sitePath() {
        List<String> menu = blueprint.vocabulary().nav().stream()
                .map(Vocabulary.NavLink::path)
                .filter(path -> links().resolve(path).isPresent())
                .toList();
        return pick(menu.isEmpty() ? links().paths() : menu);
    }

    /** The path when the site will have it, otherwise another page of the site: a button never leads nowhere. */
    String linkTo(String path) {
        return links().resolve(path).isPresent() ? path : sitePath();
    }

    /** The paths the site will have, for links that must not be dead. */
    SiteLinks links() {
        if (links == null) {
            links = SiteLinks.of(blueprint, plan, projectId);
        }
        return links;
    }

    // ---- numbers and dates ----------------------------------------------------------------------

    /** A price rounded to a step such as 0.10 or 0.50. */
    double price(double low, double high, double step) {
        double raw = between(low, high);
        double rounded = Math.round(raw / step) * step;
        rounded = Math.max(low, Math.min(high, rounded));
        return Math.round(rounded * 100) / 100.0;
    }

    /** A shop price ending in .00, .50, .95 or .99. */
    double retailPrice(int low, int high) {
        int whole = between(low, high - 1);
        double[] cents = {0.0, 0.5, 0.95, 0.99};
        return Math.round((whole + cents[random.nextInt(cents.length)]) * 100) / 100.0;
    }

    /** A point within a few kilometres of the city centre: {latitude, longitude}. */
    double[] nearby() {
        double[] centre = site.coordinates();
        return new double[] {
            decimal(centre[0] - 0.04, centre[0] + 0.04, 5), decimal(centre[1] - 0.06, centre[1] + 0.06, 5)
        };
    }

    double decimal(double low, double high, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(between(low, high) * scale) / scale;
    }

    LocalDate localDate(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return LocalDate.ofEpochDay(from.toEpochDay() + (long) (random.nextDouble() * (days + 1)));
    }

    String date(LocalDate from, LocalDate to) {
        return localDate(from, to).toString();
    }

    /**
     * Year ranges describe the past (publication, review, release dates), so they end at a fixed
     * "content as of" day rather than today: the copy stays deterministic and never dated ahead.
     */
    static final LocalDate CONTENT_AS_OF = LocalDate.of(2026, 10, 31);

    String date(int fromYear, int toYear) {
        return date(LocalDate.of(fromYear, 1, 1), yearEnd(toYear));
    }

    private static LocalDate yearEnd(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(CONTENT_AS_OF) ? CONTENT_AS_OF : end;
    }

    /** An ISO-8601 instant on a quarter hour during opening hours, e.g. 2026-03-14T09:30:00Z. */
    String dateTime(LocalDate from, LocalDate to) {
        return dateTimeOn(localDate(from, to), between(8, 20), 15 * between(0, 3));
    }

    static String dateTimeOn(LocalDate day, int hour, int minute) {
        return day + "T" + (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute + ":00Z";
    }

    static String plusMinutes(String instant, int minutes) {
        return Instant.parse(instant).plusSeconds(60L * minutes).toString();
    }

    String dateTime(int fromYear, int toYear) {
        return dateTime(LocalDate.of(fromYear, 1, 1), yearEnd(toYear));
    }

    // ---- references -----------------------------------------------------------------------------

    /** Id of a random existing item of one of the types, weighted by how many each type has. */
    String ref(List<String> types) {
        int total = 0;
        for (String type : types) {
            total += plan.count(type);
        }
        if (total == 0) {
            return null;
        }
        int n = random.nextInt(total);
        for (String type : types) {
            int count = plan.count(type);
            if (n < count) {
                return OfflineGenerator.itemId(projectId, type, n).toString();
            }
            n -= count;
        }
        throw new IllegalStateException("unreachable");
    }

    String ref(String type) {
        return ref(List.of(type));
    }

    /** The item at a known index (fixed-list types such as categories), or a random one if the plan has fewer. */
    String refAt(String type, int index) {
        return index < plan.count(type)
                ? OfflineGenerator.itemId(projectId, type, index).toString()
                : ref(type);
    }

    /** Between min and max distinct ids of existing items of the types (fewer if fewer exist). */
    List<String> refs(List<String> types, int min, int max) {
        int total = 0;
        for (String type : types) {
            total += plan.count(type);
        }
        int wanted = Math.min(between(min, max), total);
        Set<Integer> chosen = new LinkedHashSet<>();
        if (wanted * 2 > total) {
            int start = random.nextInt(Math.max(total, 1));
            for (int i = 0; i < wanted; i++) {
                chosen.add((start + i) % total);
            }
        } else {
            while (chosen.size() < wanted) {
                chosen.add(random.nextInt(total));
            }
        }
        List<String> ids = new ArrayList<>(wanted);
        for (int n : chosen) {
            for (String type : types) {
                int count = plan.count(type);
                if (n < count) {
                    ids.add(OfflineGenerator.itemId(projectId, type, n).toString());
                    break;
                }
                n -= count;
            }
        }
        return ids;
    }

    List<String> refs(String type, int min, int max) {
        return refs(List.of(type), min, max);
    }

    int count(String typeKey) {
        return plan.count(typeKey);
    }

    private static String capitalize(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
