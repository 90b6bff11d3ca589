package com.sitewright.release.deploy.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.release.deploy.DeploymentInfo;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The card above the deployments that says which one is live, where, and since when; hidden while none is. */
final class LiveSummary extends Composite<Div> {

    LiveSummary() {
        getContent().addClassNames("card", "live-summary");
    }

    /** {@code number} is the live deployment's number in the list. */
    void show(DeploymentInfo live, int number) {
        Div summary = getContent();
        summary.removeAll();
        summary.setVisible(true);
        var dot = new Span();
        dot.addClassName("live-dot");
        var title = new Span("Live");
        title.addClassName("live-summary-title");
        String address = live.url() == null ? "" : live.url();
        var url = new Anchor(address, address);
        url.setTarget(AnchorTarget.BLANK);
        url.addClassName("live-summary-url");
        var meta = new Span("Deployment #" + number + " · build " + live.buildId() + " · commit " + live.shortCommit()
                + " · since " + Formats.dateTime(live.liveAt()));
        meta.addClassName("live-summary-meta");
        summary.add(new Div(dot, title, url), meta);
    }

    void hide() {
        getContent().removeAll();
        getContent().setVisible(false);
    }
}
