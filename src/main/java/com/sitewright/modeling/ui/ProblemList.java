package com.sitewright.modeling.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** What keeps the draft from being saved, above the designer; hidden when nothing does. */
final class ProblemList extends Composite<Div> {

    /** Enough to act on; a long list would push the designer off the screen. */
    static final int SHOWN = 8;

    ProblemList() {
        getContent().addClassName("designer-problems");
    }

    void show(List<String> problems) {
        Div box = getContent();
        box.removeAll();
        box.setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        problems.stream().limit(SHOWN).forEach(problem -> list.add(new ListItem(problem)));
        if (problems.size() > SHOWN) {
            list.add(new ListItem("and " + (problems.size() - SHOWN) + " more"));
        }
        box.add(new Span(VaadinIcon.WARNING.create(), new Span(" Fix before saving:")), list);
    }
}
