package com.sitewright.release.preview.ui;

import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.quality.QualityReport;
import java.util.List;

/**
 * What approving a preview asks before it deploys. {@code warning}: the preview is not known to pass its quality
 * checks, so the question says what is wrong ({@code checksRunning} when they still run, and {@code problems}) and
 * its button is marked as one not to press by habit.
 */
record Approval(
        String header,
        String confirmText,
        boolean warning,
        String checksRunning,
        List<String> problems,
        String message) {

    /**
     * The question for preview #{@code number}, given its quality checks as they are now: anything short of a
     * finished pass (unless checks are switched off) says what is wrong before anything ships.
     */
    static Approval of(PreviewInfo preview, int number, QualityReport report) {
        String build = "The very build you are looking at (commit " + preview.shortCommit() + ", build "
                + preview.buildId() + ") goes live at the project's production address, and all of the project's "
                + "content is published. The current live site stays up until the new one answers.";
        if (!report.needsConfirmation()) {
            return new Approval(
                    "Deploy preview #" + number + " to production?",
                    "Approve & deploy",
                    false,
                    null,
                    List.of(),
                    build + (report.state() == QualityReport.State.DONE ? " It passed its quality checks." : ""));
        }
        String header = switch (report.verdict()) {
            case FAILED -> "Preview #" + number + " is below the quality thresholds";
            case INCOMPLETE -> "Preview #" + number + " could not be checked completely";
            default -> "Preview #" + number + " has not been checked yet";
        };
        String running = report.state().inProgress() || report.state() == QualityReport.State.WAITING
                ? "Its quality checks are still running"
                        + (report.progress() == null ? "." : " (" + report.progress() + ").")
                : null;
        return new Approval(header, "Deploy anyway", true, running, report.problems(), build + " Deploy it anyway?");
    }
}
