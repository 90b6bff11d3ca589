package com.sitewright.content.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.content.bulk.BulkAction;
import com.sitewright.content.bulk.BulkProgress;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * What to do with the selected items: publish, unpublish, set a field, delete; and, when a whole page is ticked,
 * the offer to act on every item the filter matches. While a large change runs it shows its progress instead.
 */
final class BulkBar extends Composite<Div> {

    interface Actions {
        void act(BulkAction action);

        void selectAllMatching();

        void clearSelection();
    }

    private final Span count = new Span();
    private final Button allMatching = new Button();
    private final Div buttons = new Div();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Div progress = new Div(progressText, bar);

    BulkBar(Actions actions) {
        Div root = getContent();
        root.addClassName("bulk-bar");
        count.addClassName("bulk-count");
        allMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        allMatching.addClassName("select-all-matching");
        allMatching.addClickListener(click -> actions.selectAllMatching());
        buttons.addClassName("bulk-buttons");
        buttons.add(
                button("Publish", VaadinIcon.UPLOAD_ALT, BulkAction.PUBLISH, actions, ButtonVariant.LUMO_PRIMARY),
                button("Unpublish", VaadinIcon.DOWNLOAD_ALT, BulkAction.UNPUBLISH, actions),
                button("Set field…", VaadinIcon.EDIT, BulkAction.SET, actions),
                button("Delete", VaadinIcon.TRASH, BulkAction.DELETE, actions, ButtonVariant.LUMO_ERROR));
        var clear = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> actions.clearSelection());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setAriaLabel("Clear the selection");
        clear.setTooltipText("Clear the selection");
        buttons.add(clear);
        progress.addClassName("bulk-progress");
        progress.setVisible(false);
        root.add(count, allMatching, buttons, progress);
        root.setVisible(false);
    }

    /** {@code selected} items ticked; {@code matching} the filter's total, offered when more than the ticked ones. */
    void showSelection(long selected, long matching, boolean allSelected) {
        getContent().setVisible(selected > 0 || allSelected);
        count.setText(
                allSelected
                        ? "All " + Formats.count(matching) + " matching items selected"
                        : Formats.count(selected) + " selected");
        allMatching.setText("Select all " + Formats.count(matching) + " matching");
        allMatching.setVisible(!allSelected && matching > selected && selected > 0);
        getContent().getElement().setAttribute("data-count", String.valueOf(allSelected ? matching : selected));
    }

    void showProgress(BulkProgress running) {
        getContent().setVisible(true);
        buttons.setVisible(false);
        allMatching.setVisible(false);
        progress.setVisible(true);
        bar.setValue(running.fraction());
        progressText.setText(running.action().label() + ": " + Formats.count(running.done()) + " of "
                + Formats.count(running.total()) + " items");
        getContent().getElement().setAttribute("data-state", running.state().id());
    }

    void hideProgress() {
        buttons.setVisible(true);
        progress.setVisible(false);
        getContent().getElement().removeAttribute("data-state");
    }

    private static Button button(
            String text, VaadinIcon icon, BulkAction action, Actions actions, ButtonVariant... variants) {
        var button = new Button(text, icon.create(), click -> actions.act(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addThemeVariants(variants);
        button.addClassName("bulk-" + action.id());
        return button;
    }
}
