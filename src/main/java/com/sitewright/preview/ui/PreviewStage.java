package com.sitewright.preview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The body of the preview page: one of the empty state, the streaming build log, the site in its
 * device frame, or a message. The log panel and the frame are kept, not rebuilt, so the log keeps its
 * place and the site does not reload when the page refreshes around it.
 */
final class PreviewStage extends Composite<Div> {

    /** What the stage shows; the page switches it when the shown preview's state calls for it. */
    enum Mode {
        NOTHING,
        EMPTY,
        BUILDING,
        SITE,
        STOPPED,
        FAILED,
        EXPIRED,
        UNREACHABLE
    }

    private final BuildLogPanel log = new BuildLogPanel();
    private final DeviceFrame frame = new DeviceFrame();
    private final Div notice = new Div();
    private final Span noticeText = new Span();
    private final Div message = new Div();
    private final Runnable onStart;
    private final Runnable onOpen;
    private Mode mode = Mode.NOTHING;

    /**
     * {@code onStart} is the Preview action, offered in the empty and expired states (null for viewers);
     * {@code onOpen} shows a stopped preview, which starts its server again.
     */
    PreviewStage(Runnable onStart, Runnable onOpen) {
        this.onStart = onStart;
        this.onOpen = onOpen;
        Div stage = getContent();
        stage.addClassName("preview-stage");
        notice.addClassName("stage-notice");
        notice.getElement().setAttribute("role", "status");
        notice.add(new Icon(VaadinIcon.INFO_CIRCLE), noticeText);
        message.addClassName("stage-message");
        stage.add(notice, message, log, frame);
        showOnly();
    }

    Mode mode() {
        return mode;
    }

    /** Another preview is about to be shown: whatever comes next starts afresh. */
    void reset() {
        mode = Mode.NOTHING;
        log.reset();
    }

    BuildLogPanel log() {
        return log;
    }

    DeviceFrame frame() {
        return frame;
    }

    void showEmpty() {
        mode = Mode.EMPTY;
        message.removeAll();
        var empty = new Div();
        empty.addClassNames("empty-state", "preview-empty");
        var icon = new Div(VaadinIcon.PLAY_CIRCLE_O.create());
        icon.addClassName("empty-icon");
        empty.add(
                icon,
                new Span("No previews yet"),
                new Paragraph(
                        "Preview builds the latest commit of the generated "
                                + "Next.js site with its real content and runs it privately, right here. Check it on desktop, tablet "
                                + "and mobile, share it for feedback, then approve it: the very build you looked at goes live."));
        if (onStart != null) {
            empty.add(startButton("Build the first preview"));
        }
        message.add(empty);
        showOnly(message);
    }

    void showBuilding() {
        mode = Mode.BUILDING;
        showOnly(log);
    }

    /** The site in its frame; {@code stoppedReason} non-null says why its server is not running now. */
    void showSite(String src, String stoppedReason) {
        if (mode != Mode.SITE) {
            mode = Mode.SITE;
            frame.load(src);
        }
        showOnly(frame);
        setStopped(stoppedReason);
    }

    /** For a preview already shown: only the note about its server changes, the page in the frame stays. */
    void setStopped(String stoppedReason) {
        notice.setVisible(stoppedReason != null);
        noticeText.setText(stoppedReason == null ? "" : stoppedReason);
    }

    void reload(String src) {
        frame.load(src);
    }

    void showFailed(String error) {
        mode = Mode.FAILED;
        message.removeAll();
        var card = new Div();
        card.addClassNames("card", "failure-card");
        var heading = new H2("The build failed");
        var text = new Pre(
                error == null || error.isBlank()
                        ? "The build stopped without saying why; the log below has its output."
                        : error);
        text.addClassName("failure-message");
        card.add(heading, text);
        if (onStart != null) {
            card.add(
                    new Paragraph("Fix the cause, then build a new preview of the latest commit."),
                    startButton("Try again"));
        }
        message.add(card);
        showOnly(message, log);
    }

    /** A preview stopped from this page: its frame stays empty until asked for, or it would start again at once. */
    void showStopped(String note) {
        mode = Mode.STOPPED;
        message.removeAll();
        var box = messageBox(VaadinIcon.STOP, "This preview is stopped", note);
        var open = new Button("Open preview", VaadinIcon.PLAY.create(), click -> onOpen.run());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("open-stopped");
        box.add(open);
        message.add(box);
        showOnly(message);
    }

    void showExpired() {
        mode = Mode.EXPIRED;
        showMessage(
                VaadinIcon.CLOCK,
                "This preview has expired",
                "Its build was removed to save space, as older previews are once newer ones are ready. "
                        + "Build a new preview to see the site again.");
    }

    /** A built preview whose address is not open (for example right after a restart that could not reopen it). */
    void showUnreachable() {
        mode = Mode.UNREACHABLE;
        showMessage(
                VaadinIcon.PLUG,
                "This preview has no address right now",
                "The studio could not reopen its address. Build a new preview to see the site.");
    }

    private void showMessage(VaadinIcon iconName, String title, String text) {
        message.removeAll();
        var box = messageBox(iconName, title, text);
        if (onStart != null) {
            box.add(startButton("Preview"));
        }
        message.add(box);
        showOnly(message);
    }

    private static Div messageBox(VaadinIcon iconName, String title, String text) {
        var box = new Div();
        box.addClassNames("empty-state", "preview-message");
        var icon = new Div(iconName.create());
        icon.addClassName("empty-icon");
        box.add(icon, new Span(title), new Paragraph(text));
        return box;
    }

    private Button startButton(String text) {
        var start = new Button(text, VaadinIcon.PLAY.create(), click -> onStart.run());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("stage-start");
        return start;
    }

    private void showOnly(Component... shown) {
        var visible = java.util.Set.of(shown);
        for (Component part : new Component[] {message, log, frame}) {
            part.setVisible(visible.contains(part));
        }
        if (!visible.contains(frame)) {
            notice.setVisible(false);
            frame.clear();
        }
        getContent().getElement().setAttribute("data-mode", mode.name().toLowerCase(java.util.Locale.ROOT));
    }
}
