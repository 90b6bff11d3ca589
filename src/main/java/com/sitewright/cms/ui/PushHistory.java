package com.sitewright.cms.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.cms.push.PushCounts;
import com.sitewright.cms.push.PushFailure;
import com.sitewright.cms.push.PushView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The project's last pushes, newest first, with their counts; a row with failures opens to list them by item title
 * and reason, and offers Retry failed.
 */
final class PushHistory extends Composite<Div> {

    /** Failures listed in a row's details; the rest are counted. */
    private static final int FAILURES_SHOWN = 50;

    private final Grid<PushView> grid = new Grid<>();
    private final Div empty = new Div();
    private final Function<List<PushFailure>, Map<String, String>> titles;
    private final Consumer<PushView> onRetry;
    private boolean canRetry;

    /**
     * @param titles the studio titles of the failed items (by ID), looked up once per opened row
     */
    PushHistory(Function<List<PushFailure>, Map<String, String>> titles, Consumer<PushView> onRetry) {
        this.titles = titles;
        this.onRetry = onRetry;
        Div card = getContent();
        card.addClassName("cms-history");
        grid.addClassName("cms-history-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(push -> Formats.dateTime(push.createdAt()))
                .setHeader("Started")
                .setFlexGrow(0)
                .setWidth("170px");
        grid.addColumn(PushHistory::what).setHeader("What").setFlexGrow(0).setWidth("90px");
        grid.addColumn(new ComponentRenderer<>(PushHistory::state))
                .setHeader("State")
                .setFlexGrow(0)
                .setWidth("124px");
        grid.addColumn(PushHistory::result).setHeader("Result").setFlexGrow(1);
        grid.addColumn(push -> Formats.count(push.requests()))
                .setHeader("Requests")
                .setFlexGrow(0)
                .setWidth("100px");
        grid.addColumn(PushHistory::took).setHeader("Took").setFlexGrow(0).setWidth("90px");
        grid.addColumn(new ComponentRenderer<>(this::retryButton))
                .setHeader("")
                .setFlexGrow(0)
                .setWidth("140px");
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addItemClickListener(event -> {
            if (hasDetails(event.getItem())) {
                grid.setDetailsVisible(event.getItem(), !grid.isDetailsVisible(event.getItem()));
            }
        });
        empty.addClassName("cms-history-empty");
        empty.setText("No pushes yet.");
        card.add(new H2("Last pushes"), empty, grid);
    }

    void show(List<PushView> pushes, boolean canRetry) {
        this.canRetry = canRetry;
        grid.setItems(pushes);
        grid.setVisible(!pushes.isEmpty());
        empty.setVisible(pushes.isEmpty());
    }

    private static String what(PushView push) {
        return push.dryRun() ? "Dry run" : push.retryOf() != null ? "Retry" : "Push";
    }

    private static Component state(PushView push) {
        var cell = new Span(new StatusBadge(push.state().id()));
        cell.addClassName("cms-history-state");
        if (hasDetails(push)) {
            cell.add(VaadinIcon.INFO_CIRCLE.create());
        }
        return cell;
    }

    private static String result(PushView push) {
        if (!push.state().isFinished()) {
            return push.progress().percent() + "% · " + PushProgress.phaseLabel(push.phase(), push.dryRun());
        }
        if (push.dryRun()) {
            if (push.plan() == null) {
                return push.error() == null ? "No plan" : firstLine(push.error());
            }
            int writes = push.plan().types().create()
                    + push.plan().types().update()
                    + push.plan().assets().create()
                    + push.plan().assets().update()
                    + push.plan().items().create()
                    + push.plan().items().update();
            return Formats.count(writes) + " to write, "
                    + Formats.count(push.plan().items().unchanged()
                            + push.plan().assets().unchanged()
                            + push.plan().types().unchanged())
                    + " unchanged";
        }
        PushCounts counts = push.counts();
        List<String> parts = new ArrayList<>();
        parts.add(Formats.count(counts.created()) + " created");
        parts.add(Formats.count(counts.updated()) + " updated");
        parts.add(Formats.count(counts.unchanged()) + " unchanged");
        if (counts.deleted() > 0) {
            parts.add(Formats.count(counts.deleted()) + " deleted");
        }
        parts.add(Formats.count(counts.published()) + " published");
        if (counts.failed() > 0) {
            parts.add(Formats.count(counts.failed()) + " failed");
        }
        return String.join(" · ", parts);
    }

    private static String took(PushView push) {
        return push.startedAt() == null || push.finishedAt() == null
                ? ""
                : Formats.duration(Duration.between(push.startedAt(), push.finishedAt()));
    }

    private static boolean hasDetails(PushView push) {
        return !push.failures().isEmpty() || push.error() != null;
    }

    private Component retryButton(PushView push) {
        if (!canRetry || !PushProgress.retryable(push)) {
            return new Span();
        }
        var button = new Button("Retry failed", VaadinIcon.REFRESH.create(), click -> onRetry.accept(push));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("retry-push");
        return button;
    }

    private Component details(PushView push) {
        var box = new Div();
        box.addClassName("cms-failures");
        if (push.error() != null) {
            var error = new Span(push.error());
            error.addClassName("cms-failures-error");
            box.add(error);
        }
        if (push.failures().isEmpty()) {
            return box;
        }
        List<PushFailure> shown = push.failures().stream().limit(FAILURES_SHOWN).toList();
        Map<String, String> names = titles.apply(shown);
        var list = new UnorderedList();
        for (PushFailure failure : shown) {
            var name = new Span(names.getOrDefault(failure.itemId(), failure.itemId()));
            name.addClassName("cms-failure-name");
            var kind = new Span(failure.kind());
            kind.addClassName("cms-failure-kind");
            var reason = new Span(failure.reason());
            reason.addClassName("cms-failure-reason");
            list.add(new ListItem(kind, name, reason));
        }
        box.add(list);
        if (push.failures().size() > shown.size()) {
            box.add(new Span("and " + Formats.count(push.failures().size() - shown.size()) + " more"));
        }
        return box;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }
}
