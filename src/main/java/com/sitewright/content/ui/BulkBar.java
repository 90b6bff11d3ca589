package com.sitewright.content.ui;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.WhileAttached;
import com.sitewright.content.bulk.BulkAction;
import com.sitewright.content.bulk.BulkProgress;
import com.sitewright.content.bulk.BulkRequest;
import com.sitewright.content.bulk.BulkResult;
import com.sitewright.content.bulk.BulkSelection;
import com.sitewright.model.ContentTypeDefinition;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What to do with the selected items: publish, unpublish, set a field, delete; and, when a whole page is ticked,
 * the offer to act on every item the filter matches. Each change is confirmed with its count first. While a large
 * change runs as a job the bar follows it and shows its progress instead.
 */
final class BulkBar extends Composite<Div> {

    private final Span count = new Span();
    private final Button allMatching = new Button();
    private final Div buttons = new Div();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Div progress = new Div(progressText, bar);
    private final WhileAttached.Polling poller = WhileAttached.poll(this, 500, this::follow);
    private Consumer<BulkAction> onAct = action -> {};
    private Runnable onSelectAllMatching = () -> {};
    private Runnable onClearSelection = () -> {};
    private ToLongFunction<BulkSelection> counter;
    private Function<BulkRequest, BulkResult> starter;
    private Function<UUID, BulkProgress> progressReader;
    private Runnable onCompleted = () -> {};
    private Runnable onStopped = () -> {};
    /** The change running as a job, while there is one. */
    private UUID running;

    BulkBar() {
        Div root = getContent();
        root.addClassName("bulk-bar");
        count.addClassName("bulk-count");
        allMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        allMatching.addClassName("select-all-matching");
        allMatching.addClickListener(click -> onSelectAllMatching.run());
        buttons.addClassName("bulk-buttons");
        buttons.add(
                button("Publish", VaadinIcon.UPLOAD_ALT, BulkAction.PUBLISH, ButtonVariant.LUMO_PRIMARY),
                button("Unpublish", VaadinIcon.DOWNLOAD_ALT, BulkAction.UNPUBLISH),
                button("Set field…", VaadinIcon.EDIT, BulkAction.SET),
                button("Delete", VaadinIcon.TRASH, BulkAction.DELETE, ButtonVariant.LUMO_ERROR));
        var clear = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> onClearSelection.run());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setAriaLabel("Clear the selection");
        clear.setTooltipText("Clear the selection");
        buttons.add(clear);
        progress.addClassName("bulk-progress");
        progress.setVisible(false);
        root.add(count, allMatching, buttons, progress);
        root.setVisible(false);
    }

    /** A button was pressed; the view calls {@link #confirm} with the selection. */
    void onAct(Consumer<BulkAction> listener) {
        onAct = listener;
    }

    void onSelectAllMatching(Runnable listener) {
        onSelectAllMatching = listener;
    }

    void onClearSelection(Runnable listener) {
        onClearSelection = listener;
    }

    /**
     * How a selection is counted, a change started (done at once, or queued as a job; it throws what the bulk
     * service throws), and a job's progress read.
     */
    void runWith(
            ToLongFunction<BulkSelection> counter,
            Function<BulkRequest, BulkResult> starter,
            Function<UUID, BulkProgress> progressReader) {
        this.counter = counter;
        this.starter = starter;
        this.progressReader = progressReader;
    }

    /** A change completed; its outcome has been reported. */
    void onCompleted(Runnable listener) {
        onCompleted = listener;
    }

    /** A change running as a job stopped on an error, which has been reported. */
    void onStopped(Runnable listener) {
        onStopped = listener;
    }

    /**
     * {@code selected} items ticked; {@code matching} the filter's total, offered when more than the ticked ones.
     * While a change runs the bar keeps showing its progress.
     */
    void showSelection(long selected, long matching, boolean allSelected) {
        if (running != null) {
            return;
        }
        getContent().setVisible(selected > 0 || allSelected);
        count.setText(
                allSelected
                        ? "All " + Formats.count(matching) + " matching items selected"
                        : Formats.count(selected) + " selected");
        allMatching.setText("Select all " + Formats.count(matching) + " matching");
        allMatching.setVisible(!allSelected && matching > selected && selected > 0);
        getContent().getElement().setAttribute("data-count", String.valueOf(allSelected ? matching : selected));
    }

    /**
     * Asks before changing the selection's items, with their count, and starts the change once confirmed. A field to
     * set needs the one type the items share ({@code only}, null when they are of several).
     */
    void confirm(BulkAction action, BulkSelection selection, ContentTypeDefinition only) {
        long count = counter.applyAsLong(selection);
        if (action == BulkAction.SET) {
            if (only == null) {
                Notifications.error("Choose one content type to set a field on its items.");
                return;
            }
            new SetFieldDialog(only, count, (field, value) -> start(new BulkRequest(action, selection, field, value)))
                    .open();
            return;
        }
        Confirmation.ask(
                        action.label() + " " + Formats.count(count) + (count == 1 ? " item?" : " items?"),
                        action.label() + " " + Formats.count(count))
                .message(
                        switch (action) {
                            case PUBLISH -> "Production sites show their current versions from now on.";
                            case UNPUBLISH -> "They leave production sites and stay here as drafts.";
                            case DELETE ->
                                "They are removed from the studio and from production for good, and every reference to them is removed.";
                            case SET -> "";
                        })
                .destructive(action == BulkAction.DELETE)
                .open(() -> start(new BulkRequest(action, selection, null, null)));
    }

    private void start(BulkRequest request) {
        BulkResult result;
        try {
            result = starter.apply(request);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
            return;
        }
        if (result.queued()) {
            BulkProgress started = result.operation().orElseThrow();
            running = started.id();
            showProgress(started);
            poller.setActive(true);
        } else {
            completed(request.action(), result.affected());
        }
    }

    /** Reports a change that completed, at once or as a job. */
    private void completed(BulkAction action, int affected) {
        Notifications.success(capitalised(action.pastTense()) + " " + Formats.count(affected)
                + (affected == 1 ? " item." : " items."));
        onCompleted.run();
    }

    private void follow() {
        if (running == null) {
            return;
        }
        BulkProgress state = progressReader.apply(running);
        showProgress(state);
        if (state.state().isFinished()) {
            running = null;
            poller.setActive(false);
            hideProgress();
            if (state.error() != null) {
                Notifications.error(state.action().label() + " stopped after " + Formats.count(state.done())
                        + " items: " + state.error());
                onStopped.run();
            } else {
                completed(state.action(), state.affected());
            }
        }
    }

    private void showProgress(BulkProgress shown) {
        getContent().setVisible(true);
        buttons.setVisible(false);
        allMatching.setVisible(false);
        progress.setVisible(true);
        bar.setValue(shown.fraction());
        progressText.setText(shown.action().label() + ": " + Formats.count(shown.done()) + " of "
                + Formats.count(shown.total()) + " items");
        getContent().getElement().setAttribute("data-state", shown.state().id());
    }

    private void hideProgress() {
        buttons.setVisible(true);
        progress.setVisible(false);
        getContent().getElement().removeAttribute("data-state");
    }

    private Button button(String text, VaadinIcon icon, BulkAction action, ButtonVariant... variants) {
        var button = new Button(text, icon.create(), click -> onAct.accept(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addThemeVariants(variants);
        button.addClassName("bulk-" + action.id());
        return button;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
