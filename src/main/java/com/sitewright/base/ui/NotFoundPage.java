package com.sitewright.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The one "not found" page, for unknown addresses and for what is not the user's to see alike. */
abstract class NotFoundPage extends VerticalLayout {

    NotFoundPage() {
        addClassName("error-view");
        add(
                new H1("Not found"),
                new Paragraph("This page does not exist, or it is not yours to see."),
                new Button("Go to your projects", click -> getUI().ifPresent(ui -> ui.navigate(""))));
    }
}
