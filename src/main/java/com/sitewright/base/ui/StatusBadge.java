package com.sitewright.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A small coloured label for a status word such as "ready", "generating" or "draft". */
public final class StatusBadge extends Span {

    public StatusBadge(String status) {
        super(status);
        String word = status.toLowerCase(Locale.ROOT);
        addClassNames("status-badge", "status-" + word);
        getElement().setAttribute("data-status", word);
    }
}
