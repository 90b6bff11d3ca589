package com.sitewright.cms.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.push.PushCounts;
import com.sitewright.cms.push.PushPhase;
import com.sitewright.cms.push.PushView;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The latest push: while it runs, its phase, a bar, the count so far, the percent and the time left; once it ends, its
 * report (what was created, updated, left, deleted, published and what failed) with Retry failed.
 */
final class PushProgress extends Composite<Div> {

    private final Span title = new Span();
    private final Div badge = new Div();
    private final Span phase = new Span();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span figures = new Span();
    private final Span eta = new Span();
    private final Div counts = new Div();
    private final Span error = new Span();
    private final Button retry = new Button("Retry failed", VaadinIcon.REFRESH.create());
    private PushView shown;

    PushProgress(Consumer<PushView> onRetry) {
        Div card = getContent();
        card.addClassName("cms-push-progress");
        title.addClassName("cms-progress-title");
        phase.addClassName("cms-progress-phase");
        figures.addClassName("cms-progress-figures");
        eta.addClassName("cms-progress-eta");
        counts.addClassName("cms-report-counts");
        error.addClassName("cms-progress-error");
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.addClassName("retry-failed");
        retry.addClickListener(click -> onRetry.accept(shown));
        var head = new Div(title, badge);
        head.addClassName("cms-progress-head");
        var meta = new Div(figures, eta);
        meta.addClassName("cms-progress-meta");
        card.add(head, phase, bar, meta, counts, error, retry);
        card.setVisible(false);
    }

    void show(PushView push, boolean canRetry) {
        shown = push;
        Div card = getContent();
        card.setVisible(push != null);
        if (push == null) {
            return;
        }
        boolean running = !push.state().isFinished();
        card.getElement().setAttribute("data-state", push.state().id());
        title.setText((push.dryRun() ? "Dry run" : push.retryOf() != null ? "Retry" : "Push") + " to "
                + providerName(push.provider()) + (running ? "" : " · " + Formats.dateTime(push.createdAt())));
        badge.removeAll();
        badge.add(new StatusBadge(push.state().id()));
        phase.setVisible(running);
        bar.setVisible(running);
        eta.setVisible(running);
        counts.setVisible(!running && !push.dryRun());
        PushView.Progress progress = push.progress();
        if (running) {
            phase.setText(phaseLabel(push.phase(), push.dryRun()));
            bar.setIndeterminate(progress.total() == 0);
            bar.setValue(progress.total() == 0 ? 0 : Math.min(1, (double) progress.done() / progress.total()));
            figures.setText(
                    progress.total() == 0
                            ? "Planning…"
                            : Formats.count(progress.done()) + " of " + Formats.count(progress.total()) + " · "
                                    + progress.percent() + "%");
            eta.setText(progress.etaSeconds() == null ? "" : eta(progress.etaSeconds()));
        } else {
            figures.setText(summary(push));
            showCounts(push.counts());
        }
        error.setText(push.error() == null ? "" : push.error());
        error.setVisible(push.error() != null);
        retry.setVisible(canRetry && retryable(push));
    }

    /** Whole seconds, then whole minutes: an estimate reads better rounded. */
    static String eta(long seconds) {
        if (seconds < 60) {
            return "about " + Math.max(1, seconds) + " s left";
        }
        long minutes = Math.round(seconds / 60.0);
        return "about " + minutes + " min left";
    }

    static String providerName(String id) {
        return CmsProvider.of(id).map(ConnectionForm::providerName).orElse(id);
    }

    static boolean retryable(PushView push) {
        return push.state().isFinished() && !push.dryRun() && (push.counts().failed() > 0 || push.error() != null);
    }

    private void showCounts(PushCounts pushed) {
        counts.removeAll();
        counts.add(
                count("Created", pushed.created(), "created"),
                count("Updated", pushed.updated(), "updated"),
                count("Unchanged", pushed.unchanged(), "unchanged"),
                count("Deleted", pushed.deleted(), "deleted"),
                count("Published", pushed.published(), "published"),
                count("Failed", pushed.failed(), "failed"));
    }

    private static Div count(String label, int value, String key) {
        var number = new Span(Formats.count(value));
        number.addClassName("cms-report-number");
        var name = new Span(label);
        name.addClassName("cms-report-label");
        var cell = new Div(number, name);
        cell.addClassName("cms-report-count");
        cell.getElement().setAttribute("data-count", key);
        if (key.equals("failed") && value > 0) {
            cell.addClassName("cms-report-failed");
        }
        return cell;
    }

    private static String summary(PushView push) {
        String took = push.startedAt() == null || push.finishedAt() == null
                ? ""
                : " in " + Formats.duration(Duration.between(push.startedAt(), push.finishedAt()));
        if (push.dryRun()) {
            return "Planned" + took + ": nothing was written.";
        }
        return Formats.count(push.progress().done()) + " of "
                + Formats.count(push.progress().total()) + " handled" + took + " · " + Formats.count(push.requests())
                + " requests to the CMS";
    }

    static String phaseLabel(PushPhase phase, boolean dryRun) {
        if (phase == null) {
            return "Waiting to start";
        }
        return switch (phase) {
            case WAITING -> "Waiting to start";
            case PLANNING -> dryRun ? "Comparing the studio with the CMS" : "Planning";
            case TYPES -> "Writing content types";
            case ASSETS -> "Uploading images";
            case ITEMS -> "Writing items";
            case DELETING -> "Deleting what was removed in the studio";
            case DONE -> "Finishing";
        };
    }
}
