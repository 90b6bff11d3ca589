package com.sitewright.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** The content view's ways to the project's other screens: header buttons (Preview, the next step, stands out). */
final class ProjectLinks {

    private ProjectLinks() {}

    /** {@code projectId} is read on each click: the view learns its project after the buttons are made. */
    static Button[] buttons(Supplier<UUID> projectId) {
        var preview = link("Preview", VaadinIcon.EYE, "preview", projectId);
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Button[] {
            link("Content model", VaadinIcon.SITEMAP, "model", projectId),
            link("Assets", VaadinIcon.PICTURE, "assets", projectId),
            link("Source", VaadinIcon.CODE, "source", projectId),
            link("Delivery API", VaadinIcon.CONNECT, "delivery", projectId),
            link("CMS", VaadinIcon.CLOUD, "cms", projectId),
            link("Deployments", VaadinIcon.CLOUD_UPLOAD, "deployments", projectId),
            preview
        };
    }

    /** Opens the project's preview at the item's page. */
    static void openPreview(Component from, UUID projectId, UUID itemId) {
        from.getUI()
                .ifPresent(ui -> ui.navigate(
                        "projects/" + projectId + "/preview",
                        QueryParameters.simple(Map.of("item", itemId.toString()))));
    }

    private static Button link(String text, VaadinIcon icon, String screen, Supplier<UUID> projectId) {
        return new Button(
                text,
                icon.create(),
                click -> click.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.navigate("projects/" + projectId.get() + "/" + screen)));
    }
}
