package com.sitewright.modeling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagram draws a box per type in rows by kind and a curve per reference target, with names escaped. */
class ModelDiagramTest {

    @Test
    void boxesByKindAndOneCurvePerTarget() {
        List<ContentTypeDefinition> types = List.of(
                new ContentTypeDefinition(
                        "homePage",
                        "Home <b>page</b>",
                        ContentKind.PAGE,
                        null,
                        List.of(new FieldDefinition(
                                "sections", null, FieldType.BLOCKS, true, false, null, List.of("hero")))),
                new ContentTypeDefinition(
                        "hero",
                        "Hero",
                        ContentKind.COMPONENT,
                        null,
                        List.of(new FieldDefinition(
                                "link",
                                null,
                                FieldType.REFERENCE,
                                false,
                                false,
                                null,
                                List.of("homePage", "missing")))));

        String svg = ModelDiagram.svg(types);

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("Home &lt;b&gt;page&lt;/b&gt;").doesNotContain("<b>");
        assertThat(svg.split("<title>", -1)).as("one curve per existing target").hasSize(3);
        assertThat(svg).contains("homePage.sections → hero").contains("hero.link → homePage");
        assertThat(ModelDiagram.layout(types).get("homePage").y())
                .isLessThan(ModelDiagram.layout(types).get("hero").y());
    }
}
