package com.sitewright.modeling.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.modeling.ModelVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The model's saved versions, newest first, each with who saved it, when, and its changes line by line. */
final class HistoryDialog extends Dialog {

    HistoryDialog(List<ModelVersion> versions) {
        setHeaderTitle("Model history");
        addClassName("history-dialog");
        setWidth("42rem");
        var body = new Div();
        body.addClassName("history-body");
        if (versions.isEmpty()) {
            body.add(new Paragraph("No changes saved yet: the model is as it was generated."));
        }
        for (ModelVersion version : versions) {
            var title = new Span("Version " + version.number());
            title.addClassName("history-version");
            var meta = new Span((version.author() == null ? "someone" : version.author()) + " · "
                    + Formats.dateTime(version.savedAt()));
            meta.addClassName("history-meta");
            var lines = new UnorderedList();
            version.changes().forEach(line -> lines.add(new ListItem(line)));
            var entry = new Div(new Div(title, meta), lines);
            entry.addClassName("history-entry");
            body.add(entry);
        }
        var generated = new Div(new Span("Version 0"), new Span("as generated"));
        generated.addClassNames("history-entry", "history-origin");
        body.add(generated);
        add(body);
        getFooter().add(new Button("Close", click -> close()));
    }
}
