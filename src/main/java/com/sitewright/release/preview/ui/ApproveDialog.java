package com.sitewright.release.preview.ui;

import com.sitewright.base.ui.Confirmation;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Asks before a preview is approved for production, in the words {@link Approval} chose. */
final class ApproveDialog {

    private ApproveDialog() {}

    /** Opens the question; {@code onApprove} runs only when it is confirmed. */
    static void open(Approval approval, Runnable onApprove) {
        Confirmation confirmation = Confirmation.ask(approval.header(), approval.confirmText());
        if (approval.warning()) {
            // Below the thresholds, or not known to be above them: say what is wrong before anything ships.
            confirmation.message(failures(approval)).destructive();
        } else {
            confirmation.message(approval.message());
        }
        confirmation.open(onApprove);
    }

    private static VerticalLayout failures(Approval approval) {
        var text = new VerticalLayout();
        text.setPadding(false);
        text.addClassName("approve-check-failures");
        if (approval.checksRunning() != null) {
            text.add(new Paragraph(approval.checksRunning()));
        }
        if (!approval.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            approval.problems().forEach(problem -> problems.add(new ListItem(problem)));
            text.add(problems);
        }
        text.add(new Paragraph(approval.message()));
        return text;
    }
}
