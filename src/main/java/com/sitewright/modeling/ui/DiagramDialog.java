package com.sitewright.modeling.ui;

import com.sitewright.model.ContentTypeDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The draft's types and the references between them, drawn by {@link ModelDiagram}, with a legend. */
final class DiagramDialog extends Dialog {

    DiagramDialog(List<ContentTypeDefinition> types) {
        setHeaderTitle("Types and their references");
        addClassName("diagram-dialog");
        String svg = ModelDiagram.svg(types);
        // A data URL keeps the picture with the draft it shows: nothing to serve, nothing left behind.
        var image = new Image(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                "Diagram of the content types and the references between them");
        image.addClassName("model-diagram");
        var legend = new Div(
                new Span("— reference"), new Span("— references"), new Span("— blocks"), new Span("dashed: optional"));
        legend.addClassName("diagram-legend");
        add(legend, new Div(image));
        setWidth("90vw");
        getFooter().add(new Button("Close", click -> close()));
    }
}
