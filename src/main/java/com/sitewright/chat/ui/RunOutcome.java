package com.sitewright.chat.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.RunState;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.project.ProjectSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/**
 * How the generation ended, under its progress card: what was made, the site's look and where to go next; or why
 * the run stopped. Empty while the run goes on.
 */
final class RunOutcome extends Composite<Div> {

    private final Consumer<String> navigate;

    RunOutcome(Consumer<String> navigate) {
        this.navigate = navigate;
        getContent().addClassName("done-actions");
    }

    /** A run that succeeded, or stopped early at its budget: the project is ready with what it wrote. */
    void ready(GenerationProgress progress, ProjectSummary project, SiteLook look) {
        String stopped = progress.state() == RunState.STOPPED && progress.error() != null ? " " + progress.error() : "";
        var summary = MessageBubble.fromStudio("Ready: " + Formats.count(project.contentTypes())
                + " content types and " + Formats.count(project.contentItems()) + " items, generated in "
                + Formats.duration(progress.elapsed()) + "."
                + stopped);
        summary.getElement().appendChild(new StatusBadge(project.status().id()).getElement());
        var open = new Button(
                "Open content",
                VaadinIcon.TABLE.create(),
                click -> navigate.accept(ProjectRoutes.link(project.id(), ProjectPage.CONTENT)));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("open-content");
        var preview = new Button(
                "Preview the site",
                VaadinIcon.EYE.create(),
                click -> navigate.accept(ProjectRoutes.link(project.id(), ProjectPage.PREVIEW)));
        preview.addClassName("open-preview");
        var actions = new Div(open, preview);
        actions.addClassName("done-buttons");
        getContent().removeAll();
        getContent().add(summary, look, actions);
    }

    void failed(String error) {
        getContent().removeAll();
        getContent()
                .add(
                        MessageBubble.fromStudio(
                                "The run stopped: " + error
                                        + " What was generated is kept; you can ask for more in this chat or delete the project from the projects list."));
    }
}
