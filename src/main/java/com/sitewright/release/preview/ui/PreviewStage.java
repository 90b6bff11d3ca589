package com.sitewright.release.preview.ui;

import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewService;
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
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The body of the preview page: one of the empty state, the streaming build log, the site in its
 * device frame, or a message. The log panel and the frame are kept, not rebuilt, so the log keeps its
 * place and the site does not reload when the page refreshes around it.
 */
final class PreviewStage extends Composite<Div> {

    /** What the stage shows; it switches when the shown preview's state calls for it. */
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
    private final Consumer<String> onLink;
    private Mode mode = Mode.NOTHING;

    /**
     * {@code onStart} is the Preview action, offered in the empty and expired states (null for viewers);
     * {@code onOpen} shows a stopped preview, which starts its server again; {@code onLink} hears the address the
     * frame loaded (null when there is no preview), for opening it in a new tab.
     */
    PreviewStage(Runnable onStart, Runnable onOpen, Consumer<String> onLink) {
        this.onStart = onStart;
        this.onOpen = onOpen;
        this.onLink = onLink;
        Div stage = getContent();
        stage.addClassName("preview-stage");
        notice.addClassName("stage-notice");
        notice.getElement().setAttribute("role", "status");
        notice.add(new Icon(VaadinIcon.INFO_CIRCLE), noticeText);
        message.addClassName("stage-message");
        stage.add(notice, message, log, frame);
        showOnly();
    }

    /** Whether the site is in its frame: then a refresh leaves the frame's page as it is. */
    boolean showsSite() {
        return mode == Mode.SITE;
    }

    /**
     * Shows the model's preview as the model decides. {@code link} gives a fresh address of the site, asked for only
     * when the frame is to load it; {@code log} reads the build log from an offset.
     */
    void render(
            PreviewModel model,
            Instant now,
            Supplier<Optional<String>> link,
            LongFunction<PreviewService.LogChunk> log) {
        switch (model.body(showsSite())) {
            case EMPTY -> {
                showEmpty();
                onLink.accept(null);
            }
            case BUILDING -> {
                showBuilding();
                showLog(model, now, log);
            }
            case SITE -> link.get().ifPresentOrElse(src -> showSite(src, model.stoppedNote()), this::showUnreachable);
            case SITE_NOTE -> setStopped(model.stoppedNote());
            case STOPPED_HERE -> showStopped(model.stoppedNote());
            case FAILED -> {
                if (mode != Mode.FAILED) {
                    showFailed(model.shown().map(PreviewInfo::error).orElse(null));
                }
                showLog(model, now, log);
            }
            case EXPIRED -> showExpired();
            case UNCHANGED -> {
                // A poll while a stop is on its way must not put the site's frame back: its first request would
                // start the server again.
            }
        }
    }

    private void showLog(PreviewModel model, Instant now, LongFunction<PreviewService.LogChunk> read) {
        this.log.setHeading(model.logHeading(now));
        this.log.follow(read, model.logReads());
    }

    /** Another preview is about to be shown: whatever comes next starts afresh. */
    void reset() {
        mode = Mode.NOTHING;
        log.reset();
    }

    DeviceFrame frame() {
        return frame;
    }

    private void showEmpty() {
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

    private void showBuilding() {
        mode = Mode.BUILDING;
        showOnly(log);
    }

    /** The site in its frame; {@code stoppedReason} non-null says why its server is not running now. */
    private void showSite(String src, String stoppedReason) {
        if (mode != Mode.SITE) {
            mode = Mode.SITE;
            frame.load(src);
        }
        showOnly(frame);
        setStopped(stoppedReason);
        onLink.accept(src);
    }

    /** For a preview already shown: only the note about its server changes, the page in the frame stays. */
    private void setStopped(String stoppedReason) {
        notice.setVisible(stoppedReason != null);
        noticeText.setText(stoppedReason == null ? "" : stoppedReason);
    }

    void reload(String src) {
        frame.load(src);
        onLink.accept(src);
    }

    private void showFailed(String error) {
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
    private void showStopped(String note) {
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

    /**
     * Takes the site's frame away, then runs {@code stop} once the browser has let go of it: a last request of the
     * site's own (a link prefetch) would otherwise start the server again at once.
     */
    void stopSite(Runnable stop) {
        showStopped("Stopping its server…");
        getElement().executeJs("return null").then(removed -> stop.run());
    }

    private void showExpired() {
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
        var visible = Set.of(shown);
        for (Component part : new Component[] {message, log, frame}) {
            part.setVisible(visible.contains(part));
        }
        if (!visible.contains(frame)) {
            notice.setVisible(false);
            frame.clear();
        }
        getContent().getElement().setAttribute("data-mode", mode.name().toLowerCase(Locale.ROOT));
    }
}
