package com.sitewright.generation.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.WhileAttached;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationProgressFeed;
import com.sitewright.generation.GenerationService;
import com.sitewright.generation.RunState;
import com.sitewright.project.ui.UsageLabels;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;

/**
 * Live progress of a project's latest generation run: step, items written of the total, elapsed time.
 * Reads the stored state on attach (so a reload shows where the run is), then follows the job's events;
 * a once-a-second poll keeps the clock moving and catches runs executed by another studio instance.
 */
@NamedInterface("progress-card")
public final class GenerationProgressCard extends Composite<Div> {

    private final UUID projectId;
    private final GenerationService generation;
    private final Consumer<GenerationProgress> onFinished;

    private final Span step = new Span();
    private final Span counts = new Span();
    private final Span elapsed = new Span();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span error = new Span();
    private final Span engine = new Span();
    private final Span usage = new Span();
    private static final int POLL_MILLIS = 1000;

    private final WhileAttached.Polling poller;
    private boolean finishedReported;

    public GenerationProgressCard(
            UUID projectId,
            String engineLabel,
            GenerationService generation,
            GenerationProgressFeed feed,
            Consumer<GenerationProgress> onFinished) {
        this.projectId = projectId;
        this.generation = generation;
        this.onFinished = onFinished;
        // Progress is pushed; polling catches what a missed push or another studio instance reported.
        this.poller = WhileAttached.poll(
                this, POLL_MILLIS, () -> generation.latest(projectId).ifPresent(this::show));
        poller.setActive(true);
        WhileAttached.subscribe(this, ui -> feed.subscribe(projectId, progress -> ui.access(() -> show(progress))));
        addAttachListener(event -> generation.latest(projectId).ifPresent(this::show));
        Div card = getContent();
        card.addClassName("progress-card");
        step.addClassName("progress-step");
        counts.addClassName("progress-counts");
        elapsed.addClassName("progress-elapsed");
        error.addClassName("progress-error");
        error.setVisible(false);
        engine.addClassName("progress-engine");
        engine.setText(engineLabel);
        usage.addClassName("progress-usage");
        var meta = new Div(counts, engine, usage, elapsed);
        meta.addClassName("progress-meta");
        card.add(step, bar, meta, error);
    }

    private void show(GenerationProgress progress) {
        step.setText(
                progress.state() == RunState.FAILED
                        ? "Generation failed"
                        : progress.state() == RunState.STOPPED
                                ? "Stopped early"
                                : progress.state() == RunState.QUEUED
                                        ? "Queued: waiting for a worker"
                                        : progress.step().label());
        bar.setValue(Math.clamp(progress.fraction(), 0, 1));
        bar.removeThemeVariants(ProgressBarVariant.LUMO_SUCCESS, ProgressBarVariant.LUMO_ERROR);
        if (progress.state() == RunState.SUCCEEDED) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        } else if (progress.state() == RunState.FAILED) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        if ("images".equals(progress.kind())) {
            counts.setText(
                    progress.imagesTotal() == 0
                            ? ""
                            : Formats.count(progress.imagesDone()) + " / " + Formats.count(progress.imagesTotal())
                                    + " images");
        } else {
            counts.setText(
                    progress.itemsTotal() == 0
                            ? ""
                            : Formats.count(progress.itemsDone()) + " / " + Formats.count(progress.itemsTotal())
                                    + " items");
        }
        elapsed.setText(Formats.duration(progress.elapsed()));
        usage.setText(UsageLabels.of(progress.usage()));
        error.setText(progress.error() == null ? "" : progress.error());
        error.setVisible(progress.state() == RunState.FAILED || progress.state() == RunState.STOPPED);
        getContent().getElement().setAttribute("data-state", progress.state().id());
        if (progress.state().isFinished() && !finishedReported) {
            finishedReported = true;
            poller.setActive(false);
            onFinished.accept(progress);
        }
    }
}
