package com.sitewright.content.ui;

import com.sitewright.base.ui.Navigate;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.UUID;
import java.util.function.Supplier;

/** The content view's ways to the project's other screens: header buttons (Preview, the next step, stands out). */
final class ProjectLinks {

    private ProjectLinks() {}

    /** {@code projectId} is read on each click: the view learns its project after the buttons are made. */
    static Button[] buttons(Supplier<UUID> projectId) {
        var preview = link("Preview", VaadinIcon.EYE, ProjectPage.PREVIEW, projectId);
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Button[] {
            link("Content model", VaadinIcon.SITEMAP, ProjectPage.MODEL, projectId),
            link("Assets", VaadinIcon.PICTURE, ProjectPage.ASSETS, projectId),
            link("Source", VaadinIcon.CODE, ProjectPage.SOURCE, projectId),
            link("Delivery API", VaadinIcon.CONNECT, ProjectPage.DELIVERY, projectId),
            link("CMS", VaadinIcon.CLOUD, ProjectPage.CMS, projectId),
            link("Deployments", VaadinIcon.CLOUD_UPLOAD, ProjectPage.DEPLOYMENTS, projectId),
            preview
        };
    }

    /** Opens the project's preview at the item's page. */
    static void openPreview(Component from, UUID projectId, UUID itemId) {
        Navigate.to(from, ProjectRoutes.previewOfItem(projectId, itemId));
    }

    private static Button link(String text, VaadinIcon icon, ProjectPage page, Supplier<UUID> projectId) {
        return new Button(
                text, icon.create(), click -> Navigate.to(click.getSource(), ProjectRoutes.of(projectId.get(), page)));
    }
}
