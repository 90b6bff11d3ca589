package com.sitewright.generation.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/** An item's copy: templates filled from the vocabulary, sentences, paragraphs and rich text. */
final class ItemCopy {

    private ItemCopy() {}

    /**
     * Resolves a template. Placeholders: {@code {list}} a vocabulary pick (distinct within one template),
     * {@code {a|b}} an inline choice, {@code {0}} a title part, {@code {=field}} a value filled earlier,
     * {@code {#2-9}} a number, {@code {a drink}} a pick with "a" or "an", and {@code siteName, subject, aSubject, city, country, title, first, year,
     * currencySymbol}; names bound with {@link ItemContext#bind} win over vocabulary lists.
     */
    static String fill(ItemContext ctx, String template) {
        String text = expand(ctx, template, 0);
        if (text.indexOf("..") >= 0) {
            text = text.replace("..", "."); // a site name ending in "Co." before a full stop
        }
        return capitalize(text);
    }

    private static String expand(ItemContext ctx, String template, int depth) {
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
            String value = resolve(ctx, template.substring(i + 1, end), used);
            used.add(value);
            out.append(expand(ctx, value, depth + 1));
            i = end + 1;
        }
        return out.toString();
    }

    private static String resolve(ItemContext ctx, String name, List<String> used) {
        switch (name) {
            case "siteName":
                return ctx.intent().siteName();
            case "subject":
                return ctx.intent().subject();
            case "aSubject":
                return Text.withArticle(ctx.intent().subject());
            case "city":
                return ctx.site().city();
            case "country":
                return ctx.site().country();
            case "title":
                return ctx.title();
            case "first":
                return ctx.title().split(" ")[0];
            case "year":
                return String.valueOf(ctx.site().foundedYear());
            case "currencySymbol":
                return switch (ctx.site().currency()) {
                    case "GBP" -> "£";
                    case "USD" -> "$";
                    default -> "€";
                };
            default:
                break;
        }
        if (name.startsWith("a ")) {
            return Text.withArticle(resolve(ctx, name.substring(2), used));
        }
        char first = name.charAt(0);
        if (name.indexOf('|') >= 0) {
            return ctx.pick(List.of(name.split("\\|")));
        }
        if (first == '=') {
            Object value = ctx.value(name.substring(1));
            return value == null ? "" : String.valueOf(value);
        }
        if (first == '#') {
            String[] range = name.substring(1).split("-");
            return String.valueOf(ctx.between(Integer.parseInt(range[0]), Integer.parseInt(range[1])));
        }
        if (Character.isDigit(first)) {
            return ctx.part(first - '0');
        }
        String bound = ctx.bound(name);
        if (bound != null) {
            return bound;
        }
        List<String> list = ctx.blueprint().vocabulary().list(name);
        String value = ctx.pick(list);
        for (int attempt = 0; attempt < 4 && used.contains(value) && list.size() > 1; attempt++) {
            value = ctx.pick(list);
        }
        return value;
    }

    static String sentence(ItemContext ctx) {
        return fill(ctx, ctx.pick("sentence"));
    }

    static String paragraph(ItemContext ctx, int sentences) {
        List<String> templates = ctx.pickDistinct("sentence", sentences);
        StringBuilder out = new StringBuilder();
        for (String template : templates) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(fill(ctx, template));
        }
        return out.toString();
    }

    /**
     * HTML limited to p, h2, h3, ul, li, strong and em, written from the given vocabulary lists and opening with the
     * lead paragraph when there is one; no sentence or heading repeats within one text.
     */
    static String richText(
            ItemContext ctx,
            int minSections,
            int maxSections,
            String lead,
            String headingList,
            String sentenceList,
            String bulletList) {
        StringBuilder html = new StringBuilder(1024);
        if (lead != null) {
            html.append("<p>").append(Text.html(lead)).append("</p>");
        }
        int sections = ctx.between(minSections, maxSections);
        List<String> headings = ctx.pickDistinct(headingList, sections * 2 + 1);
        List<String> sentences = ctx.pickDistinct(sentenceList, sections * 6);
        int[] next = {0};
        IntFunction<String> sentencesText = n -> {
            StringBuilder p = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (!p.isEmpty()) {
                    p.append(' ');
                }
                p.append(fill(ctx, sentences.get(next[0]++ % sentences.size())));
            }
            return Text.html(p.toString());
        };
        for (int s = 0; s < sections; s++) {
            if (s > 0 || lead != null || ctx.chance(0.4)) {
                html.append("<h2>")
                        .append(Text.html(fill(ctx, headings.get(2 * s % headings.size()))))
                        .append("</h2>");
            }
            html.append("<p>");
            if (ctx.chance(0.3)) {
                html.append("<strong>").append(sentencesText.apply(1)).append("</strong> ");
            }
            html.append(sentencesText.apply(ctx.between(2, 3))).append("</p>");
            if (ctx.chance(0.35)) {
                html.append("<ul>");
                for (String bullet : ctx.pickDistinct(bulletList, ctx.between(3, 5))) {
                    html.append("<li>").append(Text.html(fill(ctx, bullet))).append("</li>");
                }
                html.append("</ul>");
            }
            if (ctx.chance(0.2)) {
                html.append("<h3>")
                        .append(Text.html(fill(ctx, headings.get((2 * s + 1) % headings.size()))))
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

    private static String capitalize(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
