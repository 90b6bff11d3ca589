package com.sitewright.release.quality.ui;

import com.sitewright.release.quality.QualityReport;
import com.sitewright.release.quality.QualityResults;
import com.sitewright.release.quality.QualityResults.DeadLink;
import com.sitewright.release.quality.QualityResults.LighthousePage;
import com.sitewright.release.quality.QualityResults.Status;
import com.sitewright.release.quality.QualityResults.Violation;
import com.sitewright.release.quality.QualityResults.ViolationPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A preview's quality checks on its page: while they run, what they are doing; then the verdict, the
 * Lighthouse scores, the accessibility violations with their pages and the dead links with where they are.
 * {@code recheck} (null for viewers) runs them again.
 */
public final class QualityPanel extends Composite<Details> {

    private static final int SHOWN_ROWS = 50;

    private final Span summary = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Div body = new Div();
    private final Runnable recheck;
    private @Nullable QualityReport shown;

    public QualityPanel(Runnable recheck) {
        this.recheck = recheck;
        Details details = getContent();
        details.addClassName("quality-panel");
        progress.setIndeterminate(true);
        progress.addClassName("quality-progress");
        var heading = new Div(VaadinIcon.CHECK_SQUARE_O.create(), summary);
        heading.addClassName("quality-summary");
        details.setSummary(heading);
        body.addClassName("quality-body");
        details.add(progress, body);
        details.setVisible(false);
    }

    /** Shows the report; the same report again changes nothing, so polling does not redraw. */
    public void show(QualityReport report) {
        if (report.state() == QualityReport.State.OFF) {
            hide();
            return;
        }
        if (Objects.equals(report, shown)) {
            return;
        }
        shown = report;
        Details details = getContent();
        details.setVisible(true);
        details.getElement().setAttribute("data-verdict", report.verdict().id());
        details.getElement().setAttribute("data-state", report.state().id());
        summary.setText(summaryOf(report));
        progress.setVisible(report.state().inProgress());
        body.removeAll();
        if (report.state() == QualityReport.State.WAITING) {
            body.add(note("The checks run once the preview is built."));
            return;
        }
        if (!report.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.addClassName("quality-problems");
            report.problems().forEach(problem -> problems.add(new ListItem(problem)));
            body.add(problems);
        }
        body.add(lighthouse(report), accessibility(report), links(report));
        if (recheck != null && report.state() == QualityReport.State.DONE) {
            Button again = new Button("Run checks again", VaadinIcon.REFRESH.create(), click -> recheck.run());
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            again.addClassName("quality-recheck");
            body.add(again);
        }
    }

    public void hide() {
        shown = null;
        getContent().setVisible(false);
    }

    static String summaryOf(QualityReport report) {
        return switch (report.state()) {
            case WAITING, OFF -> "Quality checks: waiting for the build";
            case QUEUED -> "Quality checks: queued";
            case RUNNING ->
                "Quality checks: " + (report.progress() == null ? "running" : report.progress())
                        + (report.problems().isEmpty()
                                ? ""
                                : " · " + count(report.problems().size(), "problem") + " so far");
            case DONE ->
                switch (report.verdict()) {
                    case PASSED -> "Quality checks passed";
                    case FAILED ->
                        "Quality checks failed: " + count(report.problems().size(), "problem");
                    case INCOMPLETE, PENDING -> "Quality checks incomplete: some could not check the site";
                };
        };
    }

    private Component lighthouse(QualityReport report) {
        Div section = section(
                "Lighthouse", report.lighthouse().status(), report.lighthouse().note());
        List<LighthousePage> pages = report.lighthouse().pages();
        if (!pages.isEmpty()) {
            int min = report.thresholds().minLighthouseScore();
            NativeTable table = new NativeTable();
            table.addClassName("quality-scores");
            table.add(new NativeTableHeader(new NativeTableRow(
                    header("Page"),
                    header("Performance"),
                    header("Accessibility"),
                    header("Best practices"),
                    header("SEO"))));
            NativeTableBody rows = new NativeTableBody();
            for (LighthousePage page : pages) {
                rows.add(new NativeTableRow(
                        new NativeTableCell(page.kind() + " " + page.url()
                                + (page.error() == null ? "" : " (" + page.error() + ")")),
                        performance(page, min),
                        score(page.accessibility(), min),
                        score(page.bestPractices(), min),
                        score(page.seo(), min)));
            }
            table.add(rows);
            section.add(table);
        }
        return section;
    }

    private Component accessibility(QualityReport report) {
        QualityResults.Axe axe = report.axe();
        Div section = section("Accessibility (axe-core)", axe.status(), axe.note());
        if (axe.status() == Status.DONE) {
            section.add(note(count(axe.pages().size(), "page") + " checked"
                    + (axe.failedPages().isEmpty()
                            ? ""
                            : "; " + axe.failedPages().size() + " could not be loaded: "
                                    + String.join("; ", axe.failedPages()))));
            if (axe.violations().isEmpty()) {
                section.add(note("No violations."));
            }
            UnorderedList list = new UnorderedList();
            for (Violation violation : axe.violations()) {
                ListItem item = new ListItem();
                item.addClassName("quality-violation");
                item.getElement()
                        .setAttribute("data-impact", Objects.requireNonNullElse(violation.impact(), "unknown"));
                Span title = new Span(violation.impact() + ": " + violation.help() + " (" + violation.rule() + ")");
                title.addClassName("quality-violation-title");
                item.add(title);
                if (violation.helpUrl() != null && violation.helpUrl().startsWith("https://")) {
                    Anchor help = new Anchor(violation.helpUrl(), "How to fix");
                    help.setTarget(AnchorTarget.BLANK);
                    help.getElement().setAttribute("rel", "noopener noreferrer");
                    item.add(new Span(" · "), help);
                }
                item.add(new Div(new Span("On "
                        + violation.pages().stream()
                                .limit(SHOWN_ROWS)
                                .map(QualityPanel::pageText)
                                .collect(Collectors.joining(", ")))));
                list.add(item);
            }
            section.add(list);
        }
        return section;
    }

    private Component links(QualityReport report) {
        QualityResults.Crawl crawl = report.crawl();
        Div section = section("Internal links", crawl.status(), crawl.note());
        if (crawl.status() == Status.DONE) {
            section.add(note(count(crawl.pages(), "page") + " read, " + count(crawl.links(), "link") + " followed, "
                    + count(crawl.deadLinks().size(), "dead link")));
            UnorderedList list = new UnorderedList();
            for (DeadLink dead : crawl.deadLinks().stream().limit(SHOWN_ROWS).toList()) {
                ListItem item = new ListItem(dead.url() + " — "
                        + (dead.status() > 0 ? "answers " + dead.status() : dead.reason())
                        + ", linked from " + String.join(", ", dead.foundOn())
                        + (dead.occurrences() > dead.foundOn().size()
                                ? " and " + (dead.occurrences() - dead.foundOn().size()) + " more pages"
                                : ""));
                item.addClassName("quality-dead-link");
                list.add(item);
            }
            section.add(list);
            if (crawl.deadLinks().size() > SHOWN_ROWS) {
                section.add(note((crawl.deadLinks().size() - SHOWN_ROWS) + " more in the API's checks."));
            }
        }
        return section;
    }

    private static Div section(String title, Status status, String note) {
        Div section = new Div(new H4(title));
        section.addClassName("quality-section");
        section.getElement().setAttribute("data-status", status.id());
        switch (status) {
            case PENDING -> section.add(note("Not checked yet."));
            case SKIPPED -> section.add(note("Not run: " + note));
            case NOT_CHECKED -> {
                Div couldNot = note("Could not check: " + note);
                couldNot.addClassName("quality-not-checked");
                section.add(couldNot);
            }
            case DONE -> {
                if (note != null) {
                    section.add(note(note));
                }
            }
        }
        return section;
    }

    private static String pageText(ViolationPage page) {
        return page.url() + " (" + count(page.elements(), "element")
                + (page.example() == null ? "" : ", e.g. " + page.example()) + ")";
    }

    private static NativeTableHeaderCell header(String text) {
        return new NativeTableHeaderCell(text);
    }

    private static NativeTableCell score(Integer score, int min) {
        NativeTableCell cell = new NativeTableCell(score == null ? "–" : String.valueOf(score));
        if (score != null) {
            cell.getElement().setAttribute("data-pass", String.valueOf(score >= min));
        }
        return cell;
    }

    /** The score, and under it the timings that cost points, so a low score says what to look at. */
    private static NativeTableCell performance(LighthousePage page, int min) {
        NativeTableCell cell = score(page.performance(), min);
        String slowest = page.metrics() == null ? "" : page.metrics().slowest();
        if (!slowest.isEmpty()) {
            Span why = new Span(slowest);
            why.addClassName("quality-metrics");
            cell.add(why);
        }
        return cell;
    }

    private static Div note(String text) {
        Div note = new Div(text);
        note.addClassName("quality-note");
        return note;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
