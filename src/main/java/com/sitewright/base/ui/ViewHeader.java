package com.sitewright.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

/** A view's title row: title, an optional subtitle, and actions on the right. */
public final class ViewHeader extends Composite<Header> {

    private final H1 heading;
    private final Span subtitle = new Span();
    private final Div actions = new Div();

    public ViewHeader(String title, Component... actionComponents) {
        heading = new H1(title);
        subtitle.addClassName("view-subtitle");
        subtitle.setVisible(false);
        actions.addClassName("view-actions");
        actions.add(actionComponents);
        getContent().addClassName("view-header");
        getContent().add(new Div(heading, subtitle), actions);
    }

    public void setTitle(String text) {
        heading.setText(text);
    }

    public void setSubtitle(String text) {
        subtitle.setText(text);
        subtitle.setVisible(text != null && !text.isBlank());
    }

    public void addActions(Component... components) {
        actions.add(components);
    }
}
