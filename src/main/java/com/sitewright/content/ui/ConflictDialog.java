package com.sitewright.content.ui;

import com.sitewright.content.ContentItemRow;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.Objects;

/**
 * Someone saved the item while it was being edited: both versions side by side, field by field where they differ,
 * and the choice between theirs, mine over theirs, or going on editing. Nothing is overwritten without that choice.
 */
final class ConflictDialog extends Dialog {

    private static final int MAX_SHOWN = 160;

    ConflictDialog(
            ContentTypeDefinition type,
            Map<String, Object> mine,
            ContentItemRow theirs,
            Runnable useTheirs,
            Runnable saveMine) {
        setHeaderTitle("Someone else saved this item");
        addClassName("conflict-dialog");
        setWidth("48rem");
        add(new Paragraph("Version " + theirs.version() + " was saved while you were editing. Where the two differ:"));
        var table = new Div();
        table.addClassName("conflict-table");
        table.add(
                cell("Field", "conflict-head"),
                cell("Yours", "conflict-head"),
                cell("Saved (v" + theirs.version() + ")", "conflict-head"));
        int differing = 0;
        for (FieldDefinition field : type.fields()) {
            Object yours = mine.get(field.key());
            Object saved = theirs.data().get(field.key());
            if (!Objects.equals(String.valueOf(yours), String.valueOf(saved))) {
                differing++;
                table.add(
                        cell(field.label(), "conflict-field"),
                        cell(shown(yours), "conflict-mine"),
                        cell(shown(saved), "conflict-theirs"));
            }
        }
        if (differing == 0) {
            add(new Paragraph(
                    "Your values are the same as the saved ones; saving yours changes nothing but the version."));
        } else {
            add(table);
        }
        var keepEditing = new Button("Keep editing", click -> close());
        var theirsButton = new Button("Use the saved version", click -> {
            close();
            useTheirs.run();
        });
        theirsButton.addClassName("use-theirs");
        var mineButton = new Button("Save mine over it", click -> {
            close();
            saveMine.run();
        });
        mineButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mineButton.addClassName("save-mine");
        getFooter().add(keepEditing, theirsButton, mineButton);
    }

    private static Span cell(String text, String className) {
        var cell = new Span(text);
        cell.addClassName(className);
        return cell;
    }

    private static String shown(Object value) {
        if (value == null) {
            return "—";
        }
        String text = String.valueOf(value);
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
    }
}
