package com.sitewright.modeling.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.modeling.ModelChangeLine;
import com.sitewright.modeling.ModelSavePlan;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/**
 * The impact of saving, before anything changes: each change with the items it touches, the values a type change
 * cannot carry over, and what keeps the model from being saved. Changes that take data need an explicit tick.
 */
final class SaveDialog extends Dialog {

    SaveDialog(ModelSavePlan plan, Consumer<Boolean> onSave, Runnable onReload) {
        setHeaderTitle("Save model changes");
        addClassName("save-dialog");
        setWidth("44rem");
        var body = new Div();
        body.addClassName("save-dialog-body");
        if (plan.stale()) {
            var stale = new Div(
                    VaadinIcon.WARNING.create(),
                    new Span("Someone saved the model (version "
                            + plan.currentVersion()
                            + ") since you started editing. Reload to see their change; your changes here "
                            + "cannot be saved over it."));
            stale.addClassNames("save-notice", "save-notice-stale");
            body.add(stale);
        }
        if (plan.blocked()) {
            var problems = new UnorderedList();
            plan.errors().forEach(error -> problems.add(new ListItem(error)));
            var blocked = new Div(new Span("Fix these first:"), problems);
            blocked.addClassNames("save-notice", "save-notice-error");
            body.add(blocked);
        }
        var changes = new UnorderedList();
        changes.addClassName("save-changes");
        for (ModelChangeLine line : plan.changes()) {
            var item = new ListItem(new Span(line.text()));
            if (line.destructive()) {
                item.addClassName("destructive");
            }
            if (!line.examples().isEmpty()) {
                var examples = new Div();
                examples.addClassName("save-examples");
                line.examples().forEach(example -> {
                    var row = new Div(new Span(example.title()), new Span(example.value()));
                    row.addClassName("save-example");
                    examples.add(row);
                });
                if (line.failing() > line.examples().size()) {
                    examples.add(new Span("and "
                            + Formats.count(line.failing() - line.examples().size()) + " more"));
                }
                item.add(examples);
            }
            changes.add(item);
        }
        body.add(
                new Paragraph(
                        plan.changes().size() == 1
                                ? "This change:"
                                : "These " + plan.changes().size() + " changes:"),
                changes);

        var save = new Button("Save", VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("confirm-save");
        save.setEnabled(!plan.blocked() && !plan.stale());
        Checkbox confirm = new Checkbox();
        if (plan.needsConfirmation()) {
            long losing = plan.changes().stream()
                    .filter(ModelChangeLine::destructive)
                    .mapToLong(ModelChangeLine::affectedItems)
                    .sum();
            confirm.setLabel("Yes, remove that data (" + Formats.count(losing) + (losing == 1 ? " item)" : " items)"));
            confirm.addClassName("confirm-data-loss");
            save.setEnabled(false);
            confirm.addValueChangeListener(
                    event -> save.setEnabled(event.getValue() && !plan.blocked() && !plan.stale()));
            save.addThemeVariants(ButtonVariant.LUMO_ERROR);
            body.add(confirm);
        }
        save.addClickListener(click -> {
            close();
            onSave.accept(plan.needsConfirmation() && confirm.getValue());
        });
        add(body);
        var cancel = new Button("Keep editing", click -> close());
        getFooter().add(cancel);
        if (plan.stale()) {
            var reload = new Button("Reload", VaadinIcon.REFRESH.create(), click -> {
                close();
                onReload.run();
            });
            getFooter().add(reload);
        }
        getFooter().add(save);
    }
}
