package com.sitewright.cms.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The studio's rich text (simple HTML) as Contentful's rich-text document and as Sanity's Portable Text: paragraphs,
 * headings h2–h4, bulleted and numbered lists, links, bold and italic. Anything else keeps its text, as a paragraph.
 * Keys in Portable Text are numbered in document order, so the same HTML always gives the same value (and hash).
 */
final class RichTextDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");

    private RichTextDocuments() {}

    /** A run of text with its marks; {@code link} is the address it links to, or null. */
    private record Run(String text, boolean bold, boolean italic, String link) {}

    /** A block: its style ({@code normal}, {@code h2}…), its list kind ({@code bullet}/{@code number}) or null, its runs. */
    private record Block(String style, String list, List<Run> runs) {}

    private static List<Block> blocks(String html) {
        List<Block> blocks = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return blocks;
        }
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    blocks.add(new Block(
                            "normal", null, List.of(new Run(text.text().strip(), false, false, null))));
                }
            } else if (node instanceof Element element) {
                String tag = element.tagName();
                if (tag.equals("ul") || tag.equals("ol")) {
                    for (Element item : element.children()) {
                        blocks.add(new Block("normal", tag.equals("ul") ? "bullet" : "number", runs(item)));
                    }
                } else {
                    List<Run> runs = runs(element);
                    if (!runs.isEmpty() || tag.equals("p")) {
                        blocks.add(new Block(HEADINGS.contains(tag) ? tag : "normal", null, runs));
                    }
                }
            }
        }
        return blocks;
    }

    private static List<Run> runs(Element element) {
        List<Run> runs = new ArrayList<>();
        collect(element, false, false, null, runs);
        return runs;
    }

    private static void collect(Node node, boolean bold, boolean italic, String link, List<Run> runs) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.text().isEmpty()) {
                    runs.add(new Run(text.text(), bold, italic, link));
                }
            } else if (child instanceof Element element) {
                switch (element.tagName()) {
                    case "strong", "b" -> collect(element, true, italic, link, runs);
                    case "em", "i" -> collect(element, bold, true, link, runs);
                    case "a" ->
                        collect(element, bold, italic, element.hasAttr("href") ? element.attr("href") : link, runs);
                    case "br" -> runs.add(new Run("\n", bold, italic, link));
                    default -> collect(element, bold, italic, link, runs);
                }
            }
        }
    }

    /** A Contentful rich-text document: block nodes under the document, text and hyperlinks in them. */
    static ObjectNode contentful(String html) {
        ObjectNode document = node("document");
        ArrayNode content = document.putArray("content");
        ObjectNode list = null;
        for (Block block : blocks(html)) {
            if (block.list() == null) {
                list = null;
                ObjectNode paragraph = node(
                        block.style().equals("normal")
                                ? "paragraph"
                                : "heading-" + block.style().substring(1));
                paragraph.set("content", inlines(block.runs()));
                content.add(paragraph);
                continue;
            }
            String kind = block.list().equals("bullet") ? "unordered-list" : "ordered-list";
            if (list == null || !list.path("nodeType").asString().equals(kind)) {
                list = node(kind);
                list.putArray("content");
                content.add(list);
            }
            ObjectNode paragraph = node("paragraph");
            paragraph.set("content", inlines(block.runs()));
            ObjectNode item = node("list-item");
            item.putArray("content").add(paragraph);
            ((ArrayNode) list.path("content")).add(item);
        }
        return document;
    }

    private static ArrayNode inlines(List<Run> runs) {
        ArrayNode inlines = JSON.createArrayNode();
        for (Run run : runs) {
            ObjectNode text = JSON.createObjectNode();
            text.put("nodeType", "text");
            text.put("value", run.text());
            ArrayNode marks = text.putArray("marks");
            if (run.bold()) {
                marks.addObject().put("type", "bold");
            }
            if (run.italic()) {
                marks.addObject().put("type", "italic");
            }
            text.putObject("data");
            if (run.link() == null) {
                inlines.add(text);
            } else {
                ObjectNode hyperlink = JSON.createObjectNode();
                hyperlink.put("nodeType", "hyperlink");
                hyperlink.putObject("data").put("uri", run.link());
                hyperlink.putArray("content").add(text);
                inlines.add(hyperlink);
            }
        }
        if (inlines.isEmpty()) {
            // Contentful's paragraphs hold at least one text node.
            ObjectNode empty = inlines.addObject();
            empty.put("nodeType", "text");
            empty.put("value", "");
            empty.putArray("marks");
            empty.putObject("data");
        }
        return inlines;
    }

    private static ObjectNode node(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("nodeType", type);
        node.putObject("data");
        return node;
    }

    /** Sanity Portable Text: one {@code block} per paragraph, heading or list item, spans with marks and link annotations. */
    static ArrayNode portableText(String html) {
        ArrayNode out = JSON.createArrayNode();
        int blockNumber = 0;
        for (Block block : blocks(html)) {
            String prefix = "b" + blockNumber++;
            ObjectNode node = out.addObject();
            node.put("_type", "block");
            node.put("_key", prefix);
            node.put("style", block.style());
            if (block.list() != null) {
                node.put("listItem", block.list());
                node.put("level", 1);
            }
            ArrayNode markDefs = node.putArray("markDefs");
            ArrayNode children = node.putArray("children");
            int spanNumber = 0;
            int linkNumber = 0;
            for (Run run : block.runs()) {
                ObjectNode span = children.addObject();
                span.put("_type", "span");
                span.put("_key", prefix + "s" + spanNumber++);
                span.put("text", run.text());
                ArrayNode marks = span.putArray("marks");
                if (run.bold()) {
                    marks.add("strong");
                }
                if (run.italic()) {
                    marks.add("em");
                }
                if (run.link() != null) {
                    String key = prefix + "l" + linkNumber++;
                    markDefs.addObject().put("_key", key).put("_type", "link").put("href", run.link());
                    marks.add(key);
                }
            }
            if (children.isEmpty()) {
                children.addObject()
                        .put("_type", "span")
                        .put("_key", prefix + "s0")
                        .put("text", "")
                        .putArray("marks");
            }
        }
        return out;
    }
}
