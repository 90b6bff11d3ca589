package com.sitewright.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Rich text is stored as simple HTML, which generated sites render; people edit it as Markdown. This turns the
 * stored HTML into Markdown for the editor and the editor's Markdown back into HTML, keeping only the tags rich
 * text may hold (so nothing typed or pasted can carry a script to a site).
 */
public final class RichTextMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).build();
    private static final Safelist ALLOWED =
            Safelist.basic().addTags("h2", "h3", "h4").removeEnforcedAttribute("a", "rel");

    private RichTextMarkdown() {}

    /** Safe HTML for the Markdown; blank Markdown gives an empty string. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, "", ALLOWED, new Document.OutputSettings().prettyPrint(false))
                .strip();
    }

    /** Markdown for stored HTML: paragraphs, headings, lists, emphasis, links, quotes and line breaks. */
    public static String toMarkdown(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(Jsoup.clean(html, "", ALLOWED));
        StringBuilder out = new StringBuilder();
        for (Node node : document.body().childNodes()) {
            block(node, out);
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void block(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            if (!text.isBlank()) {
                out.append(escape(text.text().strip())).append("\n\n");
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.tagName()) {
            case "h1", "h2" -> out.append("## ").append(inline(element)).append("\n\n");
            case "h3" -> out.append("### ").append(inline(element)).append("\n\n");
            case "h4", "h5", "h6" -> out.append("#### ").append(inline(element)).append("\n\n");
            case "ul", "ol" -> {
                int number = 1;
                for (Element item : element.children()) {
                    out.append(element.tagName().equals("ol") ? number++ + ". " : "- ")
                            .append(inline(item).strip())
                            .append('\n');
                }
                out.append('\n');
            }
            case "blockquote" ->
                out.append("> ")
                        .append(inline(element).strip().replace("\n", "\n> "))
                        .append("\n\n");
            case "pre" ->
                out.append("```\n").append(element.wholeText().strip()).append("\n```\n\n");
            default -> out.append(inline(element).strip()).append("\n\n");
        }
    }

    private static String inline(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(escape(text.text()));
            } else if (child instanceof Element inner) {
                String content = inline(inner);
                out.append(
                        switch (inner.tagName()) {
                            case "strong", "b" -> "**" + content + "**";
                            case "em", "i" -> "*" + content + "*";
                            case "code" -> "`" + inner.text() + "`";
                            case "a" -> "[" + content + "](" + inner.attr("href") + ")";
                            case "br" -> "  \n";
                            default -> content;
                        });
            }
        }
        return out.toString();
    }

    /** Characters that would start Markdown formatting are escaped, so text stays text. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]])", "\\\\$1");
    }
}
