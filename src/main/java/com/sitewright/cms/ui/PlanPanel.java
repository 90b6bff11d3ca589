package com.sitewright.cms.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.cms.push.PlanCounts;
import com.sitewright.cms.push.PushPlan;
import com.sitewright.cms.push.PushView;
import com.sitewright.cms.push.TypeChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * What a push writes, as its dry run planned it: counts per kind, what the CMS cannot express, the types it refuses,
 * and the types it holds with other fields, which are updated only once "update these types" is ticked.
 */
final class PlanPanel extends Composite<Div> {

    private final Div body = new Div();
    private final Checkbox updateTypes = new Checkbox("Update these types in the CMS");
    private int deletions;
    /** The push and state shown, so a refresh with nothing new keeps what the user ticked. */
    private String shownKey;

    PlanPanel() {
        Div panel = getContent();
        panel.addClassName("cms-plan");
        updateTypes.addClassName("confirm-type-changes");
        panel.add(body);
        show(null);
    }

    /** The plan of this push, or the empty state when no push has planned anything yet. */
    void show(PushView push) {
        String key = push == null ? "" : push.id() + "/" + push.state().id();
        if (key.equals(shownKey)) {
            return;
        }
        shownKey = key;
        body.removeAll();
        PushPlan plan = push == null ? null : push.plan();
        deletions = plan == null
                ? 0
                : plan.types().delete() + plan.assets().delete() + plan.items().delete();
        getContent().getElement().setAttribute("data-plan", String.valueOf(plan != null));
        if (plan == null) {
            var empty = new Div(
                    new Span("No plan yet"),
                    new Paragraph(
                            "Run a dry run: it lists what a push would "
                                    + "create, change, leave as it is or delete, and what the CMS cannot express. It writes nothing."));
            empty.addClassNames("empty-state", "cms-plan-empty");
            body.add(empty);
            return;
        }
        var title = new H3(push.dryRun() ? "Plan of the dry run" : "Plan of the last push");
        var when = new Span(Formats.dateTime(push.createdAt()));
        when.addClassName("cms-secondary");
        var head = new Div(title, when);
        head.addClassName("cms-plan-head");
        body.add(head, counts(plan));
        if (deletions > 0) {
            var note = new Paragraph(Formats.count(deletions) + (deletions == 1 ? " entry was" : " entries were")
                    + " removed in the studio and are still in the CMS: Push asks whether to delete them there too.");
            note.addClassName("cms-plan-deletions");
            body.add(note);
        }
        if (!plan.typeChanges().isEmpty()) {
            body.add(typeChanges(plan.typeChanges()));
        }
        if (!plan.refused().isEmpty()) {
            body.add(list("Types the CMS refuses (their items are not written)", plan.refused(), "cms-plan-refused"));
        }
        if (!plan.notes().isEmpty()) {
            body.add(list("What the CMS cannot express as the studio does", plan.notes(), "cms-plan-notes"));
        }
    }

    boolean confirmTypeChanges() {
        return updateTypes.isVisible() && updateTypes.getValue();
    }

    /** Types, images and items the plan deletes from the CMS (only when confirmed). */
    int deletions() {
        return deletions;
    }

    private Component typeChanges(List<TypeChange> changes) {
        var items = new UnorderedList();
        for (TypeChange change : changes) {
            var name = new Span(change.type());
            name.addClassName("cms-type-name");
            var differences = new UnorderedList(
                    change.differences().stream().map(ListItem::new).toArray(ListItem[]::new));
            items.add(new ListItem(name, differences));
        }
        updateTypes.setValue(false);
        var box = new Div(
                new H3("Types the CMS holds with other fields"),
                new Paragraph(
                        "A push stops before " + "writing unless these types are updated to the studio's fields."),
                items,
                updateTypes);
        box.addClassNames("cms-plan-section", "cms-type-changes");
        return box;
    }

    private static Component list(String title, List<String> lines, String className) {
        var list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        var box = new Div(new H3(title), list);
        box.addClassNames("cms-plan-section", className);
        return box;
    }

    private static Component counts(PushPlan plan) {
        var table = new Div();
        table.addClassName("cms-plan-counts");
        table.add(
                cell("", "cms-count-head"),
                cell("New", "cms-count-head"),
                cell("Changed", "cms-count-head"),
                cell("Unchanged", "cms-count-head"),
                cell("To delete", "cms-count-head"));
        row(table, "Content types", "types", plan.types());
        row(table, "Images", "assets", plan.assets());
        row(table, "Items", "items", plan.items());
        return table;
    }

    private static void row(Div table, String label, String kind, PlanCounts counts) {
        table.add(
                cell(label, "cms-count-label"),
                number(counts.create(), kind, "create"),
                number(counts.update(), kind, "update"),
                number(counts.unchanged(), kind, "unchanged"),
                number(counts.delete(), kind, "delete"));
    }

    private static Span number(int value, String kind, String action) {
        var span = cell(Formats.count(value), "cms-count");
        span.getElement().setAttribute("data-count", kind + "-" + action);
        if (value == 0) {
            span.addClassName("cms-count-zero");
        }
        return span;
    }

    private static Span cell(String text, String className) {
        var span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
