package com.sitewright.release.preview.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;

/** The progress of the deployment started from the preview page, and the live site once it is up. */
final class DeploymentBanner extends Composite<Div> {

    private final Div icon = new Div();
    private final Span title = new Span();
    private final Span detail = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Anchor live = new Anchor();
    private final Anchor history = new Anchor();

    DeploymentBanner() {
        Div banner = getContent();
        banner.addClassName("deployment-banner");
        banner.getElement().setAttribute("role", "status");
        icon.addClassName("deployment-banner-icon");
        title.addClassName("deployment-banner-title");
        detail.addClassName("deployment-banner-detail");
        progress.setIndeterminate(true);
        progress.addClassName("deployment-banner-progress");
        var text = new Div(title, detail, progress);
        text.addClassName("deployment-banner-text");

        live.setText("Open live site");
        live.setTarget(AnchorTarget.BLANK);
        live.getElement().setAttribute("rel", "noopener");
        live.addClassNames("open-live-site", "button-link", "button-link-primary");
        live.add(new Icon(VaadinIcon.EXTERNAL_LINK));
        history.setText("Deployments");
        history.addClassNames("deployments-link", "button-link");
        var actions = new Div(live, history);
        actions.addClassName("deployment-banner-actions");
        banner.add(icon, text, actions);
        banner.setVisible(false);
    }

    void show(PreviewPromotion.Promotion promotion, String deploymentsHref) {
        Div banner = getContent();
        banner.setVisible(true);
        banner.getElement().setAttribute("data-stage", promotion.stage().name().toLowerCase(Locale.ROOT));
        history.setHref(deploymentsHref);
        progress.setVisible(promotion.stage().inProgress());
        live.setVisible(promotion.stage() == PreviewPromotion.Stage.LIVE && promotion.url() != null);
        icon.removeAll();
        switch (promotion.stage()) {
            case QUEUED -> {
                icon.add(VaadinIcon.HOURGLASS.create());
                title.setText("Deployment queued");
                detail.setText("Build " + promotion.buildId() + " goes to production as soon as a worker is free.");
            }
            case DEPLOYING -> {
                icon.add(VaadinIcon.UPLOAD.create());
                title.setText("Deploying to production");
                detail.setText("Publishing the content and starting build " + promotion.buildId()
                        + "; the current site stays up until the new one answers.");
            }
            case LIVE -> {
                icon.add(VaadinIcon.CHECK_CIRCLE.create());
                title.setText("Live in production");
                live.setHref(promotion.url());
                detail.setText(promotion.url());
            }
            case FAILED -> {
                icon.add(VaadinIcon.WARNING.create());
                title.setText("The deployment failed");
                detail.setText(firstLine(promotion.error()) + " The previous live site, if any, is still up.");
            }
            case REPLACED -> {
                icon.add(VaadinIcon.ARCHIVE.create());
                title.setText("Replaced by a later deployment");
                detail.setText("Build " + promotion.buildId() + " is no longer live.");
            }
        }
    }

    void hide() {
        getContent().setVisible(false);
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "No reason was given.";
        }
        String line = text.lines().findFirst().orElse(text).strip();
        return line.endsWith(".") ? line : line + ".";
    }
}
