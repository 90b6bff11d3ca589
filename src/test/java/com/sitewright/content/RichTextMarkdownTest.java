package com.sitewright.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stored rich text (HTML) edited as Markdown: what generated items hold survives the trip, nothing unsafe gets in. */
class RichTextMarkdownTest {

    @Test
    void generatedRichTextRoundTripsThroughMarkdown() {
        String html = "<p>Our <strong>house</strong> blend is <em>bright</em>.</p><h2>On the menu</h2>"
                + "<ul><li>Flat white</li><li>Cortado</li></ul><p>Visit <a href=\"https://example.com/visit\">us</a>.</p>";

        String markdown = RichTextMarkdown.toMarkdown(html);

        assertThat(markdown).isEqualTo("""
                Our **house** blend is *bright*.

                ## On the menu

                - Flat white
                - Cortado

                Visit [us](https://example.com/visit).""");
        assertThat(RichTextMarkdown.toHtml(markdown))
                .isEqualTo(html.replace("</p><h2>", "</p>\n<h2>")
                        .replace("</h2><ul>", "</h2>\n<ul>")
                        .replace("<ul><li>", "<ul>\n<li>")
                        .replace("</li><li>", "</li>\n<li>")
                        .replace("</li></ul>", "</li>\n</ul>")
                        .replace("</ul><p>", "</ul>\n<p>"));
    }

    @Test
    void scriptsHandlersAndDangerousLinksNeverReachTheStoredHtml() {
        String html = RichTextMarkdown.toHtml(
                "<script>alert(1)</script>\n\n[click](javascript:alert(1)) " + "<img src=x onerror=alert(1)>");

        // Typed markup stays visible text (escaped); no tag, handler or script link is made of it.
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("javascript:")
                .contains("&lt;script&gt;")
                .contains("<a>click</a>");
        assertThat(RichTextMarkdown.toMarkdown("<p onclick=\"x()\">Hi<script>bad()</script></p>"))
                .isEqualTo("Hi");
    }

    @Test
    void textThatLooksLikeMarkdownStaysText() {
        String markdown = RichTextMarkdown.toMarkdown("<p>2 * 3 = 6 and [not a link]</p>");
        assertThat(RichTextMarkdown.toHtml(markdown)).isEqualTo("<p>2 * 3 = 6 and [not a link]</p>");
        assertThat(RichTextMarkdown.toHtml("  ")).isEmpty();
        assertThat(RichTextMarkdown.toMarkdown(null)).isEmpty();
    }
}
