package com.sitewright.release.preview.ui;

import com.sitewright.release.preview.PreviewService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.Element;
import java.util.function.LongFunction;

/**
 * A build's output as it is written: a heading with the elapsed time, then the log in a dark,
 * monospace panel that follows new lines unless the reader has scrolled up to read.
 */
final class BuildLogPanel extends Composite<Div> {

    private final Span title = new Span();
    private final Span detail = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Div scroller = new Div();
    private final Pre log = new Pre();
    private long offset;

    BuildLogPanel() {
        Div panel = getContent();
        panel.addClassName("build-log-panel");
        title.addClassName("build-log-title");
        detail.addClassName("build-log-detail");
        var heading = new Div(title, detail);
        heading.addClassName("build-log-heading");
        progress.setIndeterminate(true);
        progress.addClassName("build-log-progress");
        log.addClassName("build-log");
        log.getElement().setAttribute("aria-live", "off");
        scroller.addClassName("build-log-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("aria-label", "Build log");
        scroller.add(log);
        panel.add(heading, progress, scroller);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Follow the end of the log until the reader scrolls away from it, and again once they come back.
        // Size changes (new lines, or the page around the panel settling) keep a follower at the end.
        scroller.getElement().executeJs("""
                if (this.__followsEnd) { return; }
                this.__followsEnd = true;
                this.__follow = true;
                this.addEventListener('scroll', () => {
                  this.__follow = this.scrollHeight - this.scrollTop - this.clientHeight < 48;
                });
                const toEnd = () => { if (this.__follow) { this.scrollTop = this.scrollHeight; } };
                const sizes = new ResizeObserver(toEnd);
                sizes.observe(this);
                sizes.observe(this.firstElementChild);""");
    }

    /** Starts over with an empty log, e.g. for another preview. */
    void reset() {
        log.getElement().removeAllChildren();
        offset = 0;
        scroller.getElement().executeJs("this.__follow = true; this.scrollTop = 0");
    }

    void setHeading(LogHeading heading) {
        title.setText(heading.title());
        detail.setText(heading.detail());
        progress.setVisible(heading.running());
        getContent().getElement().setAttribute("data-running", heading.running());
    }

    /**
     * Appends what the build wrote since the last look, reading at most {@code reads} parts; {@code read} returns
     * the part of the log that starts at an offset.
     */
    void follow(LongFunction<PreviewService.LogChunk> read, int reads) {
        for (int i = 0; i < reads; i++) {
            PreviewService.LogChunk chunk = read.apply(offset);
            if (chunk.nextOffset() <= offset) {
                return;
            }
            append(chunk.text(), chunk.nextOffset());
        }
    }

    /** Where the next part of the log starts, in bytes. */
    long offset() {
        return offset;
    }

    void append(String text, long nextOffset) {
        offset = nextOffset;
        if (text.isEmpty()) {
            return;
        }
        log.getElement().appendChild(Element.createText(text));
    }
}
