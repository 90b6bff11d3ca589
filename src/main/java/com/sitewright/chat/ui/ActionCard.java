package com.sitewright.chat.ui;

import com.sitewright.base.ui.StatusBadge;
import com.sitewright.chat.ActionState;
import com.sitewright.chat.ChatEntry;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An action the chat proposes: what it will do, and Approve / Cancel while it waits. After that it
 * shows how it ended. The buttons call back to the view, which calls the service.
 */
final class ActionCard extends Composite<Div> {

    private final Span title = new Span();
    private final Div badge = new Div();
    private final Paragraph summary = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final Div buttons = new Div();
    private final Button approve = new Button("Approve", VaadinIcon.CHECK.create());
    private final Button cancel = new Button("Cancel");
    private final Button open = new Button();
    private String link;

    ActionCard(Runnable onApprove, Runnable onCancel, Consumer<String> navigate) {
        Div card = getContent();
        card.addClassName("action-card");
        title.addClassName("action-title");
        badge.addClassName("action-state");
        summary.addClassName("action-summary");
        result.addClassName("action-result");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.addClassName("approve-action");
        approve.setDisableOnClick(true);
        approve.addClickListener(click -> onApprove.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancel.addClassName("cancel-action");
        cancel.setDisableOnClick(true);
        cancel.addClickListener(click -> onCancel.run());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setIcon(VaadinIcon.ARROW_RIGHT.create());
        open.addClassName("action-link");
        open.addClickListener(click -> navigate.accept(link));
        buttons.addClassName("action-buttons");
        buttons.add(approve, cancel, open);
        var head = new Div(title, badge);
        head.addClassName("action-head");
        card.add(head, summary, result, buttons);
    }

    void show(ChatEntry entry) {
        ActionState state = entry.state() == null ? ActionState.PENDING : entry.state();
        title.setText("Proposed action · " + entry.tool().replace('_', ' '));
        summary.setText(entry.text());
        badge.removeAll();
        badge.add(new StatusBadge(label(state)));
        getContent().getElement().setAttribute("data-state", state.name().toLowerCase(Locale.ROOT));
        result.setText(entry.result() == null ? "" : entry.result());
        result.setVisible(entry.result() != null);
        result.getElement().getClassList().set("action-result-failed", state == ActionState.FAILED);
        boolean pending = state == ActionState.PENDING;
        approve.setVisible(pending);
        cancel.setVisible(pending);
        approve.setEnabled(pending);
        cancel.setEnabled(pending);
        link = entry.link();
        open.setVisible(link != null);
        open.setText(linkLabel(link));
    }

    /** Re-enables the buttons after a click that the service refused. */
    void release() {
        approve.setEnabled(true);
        cancel.setEnabled(true);
    }

    private static String label(ActionState state) {
        return switch (state) {
            case PENDING -> "waiting";
            case RUNNING -> "running";
            case DONE -> "done";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
        };
    }

    static String linkLabel(String route) {
        if (route == null) {
            return "";
        }
        if (route.endsWith("/preview")) {
            return "Open preview";
        }
        if (route.endsWith("/deployments")) {
            return "Open deployments";
        }
        if (route.endsWith("/cms")) {
            return "Open CMS page";
        }
        if (route.startsWith("chat/")) {
            return "Open the new project";
        }
        return "Open content";
    }
}
