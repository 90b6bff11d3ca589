package com.sitewright.cms.ui;

import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.cms.connection.CmsConnectionView;
import com.sitewright.cms.push.PushRequest;
import com.sitewright.cms.push.PushView;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;

/**
 * The CMS page's Push card: Dry run and Push, the latest push's progress or report, and the plan of the last dry run.
 * It asks before a push that could delete in the CMS and reports the request; the page starts it.
 */
final class PushCard extends Composite<Div> {

    private final Consumer<PushRequest> onStart;
    private final Button dryRun = new Button("Dry run", VaadinIcon.SEARCH.create());
    private final Button push = new Button("Push", VaadinIcon.UPLOAD.create());
    private final Div notConnected = new Div();
    private final PushProgress progress;
    private final PlanPanel plan = new PlanPanel();
    private CmsConnectionView connection;

    /** {@code onStart} starts a dry run or a push; {@code onRetry} retries what an earlier push could not write. */
    PushCard(Consumer<PushRequest> onStart, Consumer<PushView> onRetry) {
        this.onStart = onStart;
        this.progress = new PushProgress(onRetry);
        dryRun.addClassName("dry-run");
        dryRun.addClickListener(click -> onStart.accept(new PushRequest(true, false, false)));
        push.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        push.addClassName("push");
        push.addClickListener(click -> confirmPush());
        var about = new Paragraph("A dry run compares the studio with the CMS and writes nothing. A push writes the "
                + "content types, images and items, publishes what is published here, and sends only what changed "
                + "since the last push.");
        about.addClassName("cms-secondary");
        var buttons = new Div(dryRun, push);
        buttons.addClassName("cms-buttons");
        var head = new Div(new H2("Push"), buttons);
        head.addClassName("cms-card-head");
        notConnected.addClassNames("empty-state", "cms-not-connected");
        notConnected.add(
                new Span("Not connected yet"),
                new Paragraph("Save the connection above, test it, then run a "
                        + "dry run to see what the push would write."));
        Div card = getContent();
        card.addClassNames("card", "cms-push");
        card.add(head, about, notConnected, progress, plan);
    }

    /** The project's connection, null when there is none: without one there is nothing to push to. */
    void setConnection(CmsConnectionView connection) {
        this.connection = connection;
        notConnected.setVisible(connection == null);
        plan.setVisible(connection != null);
    }

    /**
     * Shows the project's recent pushes (newest first): the latest one's progress and the last plan. A running push
     * holds back another; {@code canEdit} false (viewers) hides the buttons and Retry.
     */
    void show(List<PushView> recent, boolean canEdit) {
        PushView latest = recent.isEmpty() ? null : recent.getFirst();
        boolean running = latest != null && !latest.state().isFinished();
        progress.show(latest, canEdit);
        plan.show(recent.stream().filter(p -> p.plan() != null).findFirst().orElse(null));
        dryRun.setEnabled(connection != null && !running);
        push.setEnabled(connection != null && !running);
        dryRun.setVisible(canEdit);
        push.setVisible(canEdit);
    }

    /** Asks first when the plan deletes: deleting in the CMS what was removed here is opt-in. */
    private void confirmPush() {
        int deletions = plan.deletions();
        if (deletions == 0) {
            onStart.accept(new PushRequest(false, false, plan.confirmTypeChanges()));
            return;
        }
        var alsoDelete = new Checkbox("Also delete " + Formats.count(deletions)
                + (deletions == 1 ? " entry" : " entries") + " removed in the studio");
        alsoDelete.addClassName("confirm-deletes");
        Confirmation.ask(
                        "Push to "
                                + (connection == null ? "the CMS" : PushProgress.providerName(connection.provider()))
                                + "?",
                        "Push")
                .with(
                        new Paragraph("The plan has entries that were removed in the studio but are still in the CMS. "
                                + "Left unticked, they stay there."),
                        alsoDelete)
                .open(() -> onStart.accept(new PushRequest(false, alsoDelete.getValue(), plan.confirmTypeChanges())));
    }
}
